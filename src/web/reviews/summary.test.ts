import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite } from '../../../test/support/site.ts';
import type { Store } from '../../store/index.ts';
import type { createApp } from '../app.tsx';

let store: Store;
let app: ReturnType<typeof createApp>;
before(async () => ({ store, app } = await bundledSite()));
after(() => store.close());
const html = async (url: string) => (await app.request(url)).text();

describe('the top of a review page', () => {
  test('a summary panel gives the answer, the score and the four ratings, each with its sub-score and a link that lands on the page', async () => {
    const page = await html('/apps/telegram');
    const summary = page.slice(page.indexOf('<div class="summary">'), page.indexOf('<nav class="toc"'));
    assert.match(summary, /Short answer/);
    assert.match(summary, /<span class="number">\d+\.\d<\/span>/);
    const tiles = [...summary.matchAll(/<li class="rating tone-[a-z]+"><a href="#([^"]+)" class="rating-link">([\s\S]*?)<\/a><\/li>/g)];
    assert.equal(tiles.length, 4);
    for (const [, target, body] of tiles) {
      assert.match(body ?? '', /class="rating-score">(\d+\.\d\/10|no sub-score)</);
      assert.ok(page.includes(`id="${target}"`), `#${target} exists`);
    }
    assert.match(summary, /class="label-counts"/);
    assert.match(summary, /Top concern:/);
  });

  test('the summary names the protection step most worth doing, linking to all of them', async () => {
    const page = await html('/apps/imessage');
    const summary = page.slice(page.indexOf('<div class="summary">'), page.indexOf('<nav class="toc"'));
    assert.match(summary, /<p class="top-protect"><strong>Most worth doing:<\/strong> Turn on Advanced Data Protection for iMessage/);
    assert.match(summary, /<a href="#protect-heading">All steps \(\d+\)<\/a>/);
    const none = await html('/apps/keepassxc');
    assert.ok(!none.includes('class="top-protect"'), 'no step, no line');
  });

  test("official links and the review's scope come from the data: website, privacy policies, platforms, reviewer and date", async () => {
    const page = await html('/apps/signal');
    const official = page.slice(page.indexOf('<ul class="official"'), page.indexOf('</ul>', page.indexOf('<ul class="official"')));
    assert.match(official, /<a href="https:\/\/signal.org\/" rel="noopener">Signal(&#39;|')s website<\/a>/);
    assert.match(official, /<a href="https:\/\/signal.org\/legal\/#privacy-policy" rel="noopener">Privacy policy<\/a>/);
    assert.match(official, /Reviewed for iOS, Android, Windows, macOS, Linux/);
    assert.match(official, /Reviewed by [^,]+, facts checked <time datetime="\d{4}-\d\d-\d\d">/);
    assert.doesNotMatch(official, /Source code/, 'no source-code link the data does not give');
    const keepass = await html('/apps/keepassxc');
    assert.match(keepass, /<a href="https:\/\/github.com\/keepassxreboot\/keepassxc" rel="noopener">Source code<\/a>/);
  });

  test('an unscored rating shows no sub-score rather than a misleading 0.0/10', async () => {
    const page = await html('/apps/notion');
    const scores = [...page.matchAll(/class="rating-score">([^<]+)</g)].map((m) => m[1]);
    assert.deepEqual(scores, ['no sub-score', 'no sub-score', 'no sub-score', 'no sub-score']);
  });

  test('a table of contents links to every section present, and only to those', async () => {
    const page = await html('/apps/telegram');
    const toc = page.slice(page.indexOf('<nav class="toc"'), page.indexOf('</nav>', page.indexOf('<nav class="toc"')));
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? '');
    assert.ok(targets.length >= 8);
    for (const t of targets) assert.ok(page.includes(`id="${t}"`), `#${t}`);
  });

  test('citation numbers stay out of the tab order, so keyboard users reach the alternatives quickly', async () => {
    const page = await html('/apps/telegram');
    const cites = [...page.matchAll(/<a href="#source-\d+"[^>]*>/g)].map((m) => m[0]);
    assert.ok(cites.length > 10);
    for (const c of cites) assert.match(c, /tabindex="-1"/);
    const beforeAlternatives = page.slice(0, page.indexOf('id="alternatives-heading"'));
    const tabStops = [...beforeAlternatives.matchAll(/<(a|button|input|select)\b(?![^>]*tabindex="-1")[^>]*>/g)].length;
    // 75 before citation numbers left the tab order; the header's language switcher (#17) adds three.
    assert.ok(tabStops < 48, `${tabStops} tab stops before the alternatives`);
  });

  test('safer alternatives name both apps on every rating and show where each is better', async () => {
    const page = await html('/apps/telegram');
    const alt = page.slice(page.indexOf('id="alternatives-heading"'), page.indexOf('</section>', page.indexOf('id="alternatives-heading"')));
    assert.match(alt, /<th scope="col">Telegram<\/th><th scope="col">Signal<\/th>/);
    assert.match(alt, /data-label="Telegram"/);
    assert.match(alt, /Where Signal does better/);
    assert.match(alt, /Where Telegram does better/);
  });

  test('a review with one scored revision states its score instead of drawing a one-dot chart', async () => {
    const page = await html('/apps/signal');
    assert.doesNotMatch(page, /<figure class="score-chart">/);
    assert.match(page, /One scored revision so far: \d+\.\d\/10/);
  });

  test('the home page does not list first imports as recent updates', async () => {
    const page = await html('/');
    const recent = page.slice(page.indexOf('id="recent-heading"'));
    assert.doesNotMatch(recent, /\(revision 1[,)]/);
    assert.match(recent, /No review has changed since it was first published/);
  });
});
