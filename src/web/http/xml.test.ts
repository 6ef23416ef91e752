import { test } from 'node:test';
import assert from 'node:assert/strict';
import { xmlText } from './xml.ts';
import { atomFeed } from '../changes/feed.ts';
import { revisionChange } from '../../narrative/revisions.ts';
import type { RevisionRow } from '../../store/index.ts';

/** Characters an XML 1.0 parser refuses. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

test('xmlText escapes markup and replaces characters XML cannot carry', () => {
  assert.equal(xmlText('AT&T <b>"x"\'y\''), 'AT&amp;T &lt;b&gt;&quot;x&quot;&apos;y&apos;');
  assert.equal(xmlText('nul\u0000esc\u001bff\uFFFF lone\uD800'), 'nul\uFFFDesc\uFFFDff\uFFFD lone\uFFFD');
  assert.equal(xmlText('tab\tnewline\n😀'), 'tab\tnewline\n😀');
});

test('a feed entry whose stored author, note and name hold control characters is still well-formed XML', () => {
  const row: RevisionRow = {
    slug: 'x',
    name: 'Evil\u0000App</title><script>',
    category: 'messaging',
    facts: {},
    score: 5,
    label: 'Fair',
    coverage: 1,
    rubricVersion: '1.0.0',
    reviewedAt: '2026-12-01',
    revision: 1,
    createdAt: '2026-12-01T00:00:00.000Z',
    author: 'ed\u001b[31mitor',
    note: 'note\u0008\uFFFE',
    hash: 'h',
    formatVersion: 1,
  };
  const xml = atomFeed('https://example.org', [{ ...revisionChange(row, undefined), movement: 'first rating' }], '2026-12-01T00:00:00Z');
  assert.doesNotMatch(xml, NOT_XML);
  assert.match(xml, /<title>Evil\uFFFDApp&lt;\/title&gt;&lt;script&gt;: first rating<\/title>/);
  assert.match(xml, /<name>ed\uFFFD\[31mitor<\/name>/);
});
