/** Where a static copy of the site sends "Suggest a correction": the editing server, an email address, or nowhere. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CorrectionTargetError, correctionTarget, exportCorrectionLinks } from './suggest-link.tsx';
import { testEditor, type TestEditor } from './test-editor.ts';

let t: TestEditor;
let page = '';
before(async () => {
  t = await testEditor();
  page = await (await t.client().get('/apps/signal')).text();
});
after(() => t.close());

const links = (html: string) => [...html.matchAll(/<p class="suggest-correction"><a href="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('correction links in a static export', () => {
  it('reads the target: an origin of the editing server or a mailto address; anything else is refused naming it', () => {
    assert.deepEqual(correctionTarget('https://edit.example.org/'), { server: 'https://edit.example.org' });
    assert.deepEqual(correctionTarget('mailto:fix@example.org'), { mailto: 'fix@example.org' });
    assert.equal(correctionTarget(''), undefined);
    assert.equal(correctionTarget(undefined), undefined);
    assert.throws(() => correctionTarget('https://edit.example.org/path'), CorrectionTargetError);
    assert.throws(() => correctionTarget('javascript:alert(1)'), /not "javascript:alert\(1\)"/);
  });

  it('points every link of a review page at the editing server, keeping the app and section', () => {
    const before = links(page);
    assert.ok(before.length >= 10);
    const out = links(exportCorrectionLinks(page, { server: 'https://edit.example.org' }));
    assert.equal(out.length, before.length);
    assert.ok(
      out.every((h) => /^https:\/\/edit\.example\.org\/edit\/corrections\/new\?app=signal&amp;section=[a-z-]+$/.test(h)),
      out[0],
    );
  });

  it('turns them into prefilled mailto links', () => {
    const out = links(exportCorrectionLinks(page, { mailto: 'fix@example.org' }));
    assert.ok(out.length >= 10);
    assert.match(out[0] ?? '', /^mailto:fix@example\.org\?subject=Correction%20to%20the%20review%20of%20signal%20\([a-z-]+\)&amp;body=/);
  });

  it('on a German or French page, points at the form in that language, or writes the email in it', async () => {
    const german = await (await t.client().get('/de/apps/signal')).text();
    const server = links(exportCorrectionLinks(german, { server: 'https://edit.example.org' }));
    assert.ok(server.length >= 10);
    for (const h of server) assert.match(h, /^https:\/\/edit\.example\.org\/de\/edit\/corrections\/new\?app=signal&amp;section=[a-z-]+$/);
    const french = await (await t.client().get('/fr/apps/signal')).text();
    const mail = links(exportCorrectionLinks(french, { mailto: 'fix@example.org' }));
    assert.match(
      mail[0] ?? '',
      new RegExp(`^mailto:fix@example\\.org\\?subject=${encodeURIComponent('Correction à l’analyse de signal (').replace(/[()]/g, '\\$&')}`),
    );
    assert.equal(links(exportCorrectionLinks(german, undefined)).length, 0);
    assert.ok(!exportCorrectionLinks(german, undefined).includes('/edit/corrections/new'));
  });

  it('leaves them out without a target, and changes nothing else on the page', () => {
    const out = exportCorrectionLinks(page, undefined);
    assert.equal(links(out).length, 0);
    assert.ok(!out.includes('/edit/corrections/new'));
    assert.equal(out, page.replace(/<p class="suggest-correction">[\s\S]*?<\/p>/g, ''));
  });
});
