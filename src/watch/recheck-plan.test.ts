import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reviewWith } from '../../test/support/fixtures.ts';
import { documentAddress, factsCiting, planRechecks, quoteFound } from './recheck-plan.ts';

describe('looking quotes up in a new version', () => {
  it('ignores whitespace, curly quotes and dashes, and lets "..." elide', () => {
    const text = 'We “never”   sell\nyour data – ever. We delete it after 30 days.';
    assert.equal(quoteFound('We "never" sell your data - ever.', text), true);
    assert.equal(quoteFound('We "never" sell ... after 30 days.', text), true);
    assert.equal(quoteFound('We never sell your data.', text), false);
    assert.equal(quoteFound('after 30 days ... We "never"', text), false, 'elided parts must come in order');
  });

  it('matches a source to a document by address, ignoring the fragment, a trailing slash and the scheme', () => {
    assert.equal(documentAddress('https://signal.org/legal/#privacy-policy'), documentAddress('http://signal.org/legal'));
    assert.notEqual(documentAddress('https://signal.org/legal/?lang=de'), documentAddress('https://signal.org/legal/'));
  });

  it('queues the facts citing the document when its text changed, naming quotes that are gone', () => {
    const review = reviewWith((r) => {
      r.documents = [{ id: 'privacy-policy', kind: 'privacy-policy', url: 'https://example.org/chat/privacy' }];
      r.sources.policy = {
        ...r.sources.policy,
        url: 'https://example.org/chat/privacy',
        title: 'Policy',
        kind: 'privacy-policy',
        read: '2026-11-01',
        quote: 'We do not sell data.',
      };
    });
    const document = review.documents?.[0];
    assert.ok(document);
    assert.ok(factsCiting(review, new Set(['policy'])).includes('sharing.sellsData'));
    assert.deepEqual(planRechecks(review, document, undefined, 'We do not sell data.'), [], 'a first version holding the quote needs nothing');
    const [changed] = planRechecks(review, document, 'We do not sell data.', 'We sell data.');
    assert.deepEqual(changed?.missingQuotes, ['policy']);
    assert.ok(changed?.facts.includes('app.accountRequires'));
  });
});
