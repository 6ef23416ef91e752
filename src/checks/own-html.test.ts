/**
 * Our own reader of the site's HTML (own-html.ts) must give parse5's tree,
 * node for node, on every page it reads, and leave to parse5 every page on
 * which the HTML standard's tree construction does more than append nodes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { readOwnHtml } from './own-html.ts';
import { renderReviewPageIn } from '../web/reviews/render-for-checks.tsx';
import { scoreReview } from '../scoring/score.ts';
import { bundled } from './test-fixtures.ts';
import { bundledSite } from '../../test/support/site.ts';
import { PAGE_TYPES } from '../../test/support/page-types.ts';
import { LOCALES } from '../i18n/index.ts';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

test('every bundled review page, in English, German and French, is read into the tree parse5 builds', () => {
  const dataset = bundled();
  const scored = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));
  let read = 0;
  for (const locale of ['en', 'de', 'fr'] as const) {
    const render = renderReviewPageIn(locale);
    for (const app of scored) {
      const { html } = render(app, scored, dataset);
      const own = readOwnHtml(html);
      assert.ok(own, `${locale} /apps/${app.review.slug}: not read (the renderer wrote something own-html.ts leaves to parse5)`);
      assert.deepStrictEqual(own, parse(html), `${locale} /apps/${app.review.slug}`);
      read++;
    }
  }
  assert.equal(read, scored.length * 3);
});

test('every other page type the server sends, in every language, is read into the tree parse5 builds or left to parse5', async () => {
  const { store, app } = await bundledSite();
  try {
    let read = 0;
    for (const locale of LOCALES)
      for (const type of PAGE_TYPES) {
        const path = locale === 'en' ? type.path : type.path === '/' ? `/${locale}` : `/${locale}${type.path}`;
        const html = await (await app.request(path)).text();
        const own = readOwnHtml(html);
        if (!own) continue;
        assert.deepStrictEqual(own, parse(html), path);
        read++;
      }
    // most of them are read (the home page, methodology, about, search, the error pages…); those with forms of filters are not
    assert.ok(read >= PAGE_TYPES.length, `only ${read} pages read`);
  } finally {
    await store.close();
  }
});

test('simple pages are read, with references decoded, into the same tree as parse5', () => {
  const cases = [
    page('<meta charset="utf-8"/><title>A &amp; B &#39;c&#39;</title>', '<main><p>Hi <strong>there</strong>&nbsp;&lt;3 &#x27;x&#x27;</p></main>'),
    page(
      '<script type="application/ld+json">{"a":"<b>&amp;"}</script><style>p>a{color:red}</style>',
      "<p data-x='1' hidden>x</p>\n<ul><li>a<ul><li>b</li></ul></li></ul>",
    ),
    page(
      '',
      '<table><caption>T</caption><thead><tr><th>a</th></tr></thead><tbody><tr><td><p>x</p><table><tbody><tr><td>y</td></tr></tbody></table></td></tr></tbody></table>',
    ),
    page(
      '',
      '<dl><dt>q</dt><dd><div><p>a</p></div></dd></dl><h2>H</h2><form action="/s"><label>L <input name="q" value="a&quot;b"/></label><button type="submit">Go</button></form>',
    ),
    page('', '<P CLASS="Up">Upper <A HREF="/x">case</A></P><br/><hr>'),
  ];
  for (const html of cases) {
    const own = readOwnHtml(html);
    assert.ok(own, html);
    assert.deepStrictEqual(own, parse(html), html);
  }
});

test('pages whose tree the HTML standard builds otherwise than by appending are left to parse5', () => {
  const cases = [
    page('', '<p>a<div>b</div></p>'), // a block closes the paragraph
    page('', '<table><tr><td>x</td></tr></table>'), // an implied tbody
    page('', '<table>x<tbody></tbody></table>'), // foster parenting
    page('', '<ul><li>a<li>b</ul>'), // implied end tags
    page('', '<li>a<div><li>b</li></div></li>'), // an li closes the open li
    page('', '<h2>a<h3>b</h3></h2>'), // a heading closes the open heading
    page('', '<a href="/x">a<a href="/y">b</a></a>'), // nested links
    page('', '<b>a<i>b</b></i>'), // misnested formatting
    page('', '<p>a<!-- note --></p>'), // a comment
    page('', '<p>AT&T &copy; &unknown;</p>'), // references read here does not know
    page('', '<p>&#128512; &#0; &#x80;</p>'), // numbers HTML replaces or flags
    page('', '<p>a\r\nb</p>'), // carriage returns are normalised
    page('', '<div/>x'), // a self-closing non-void element stays open
    page('', '<p id="a" id="b">x</p>'), // a repeated attribute is dropped
    page('', '<p title=unquoted>x</p>'),
    page('', '<template><p>x</p></template>'),
    page('', '<svg viewBox="0 0 1 1"></svg>'),
    page('', '<pre>\nx</pre>'),
    page('<div>x</div>', ''), // a body element in the head
    '<!DOCTYPE html><html><body><p>x</p></body></html>', // an implied head
    '<html><head></head><body></body></html>', // no doctype: quirks mode
    `${page('', '<p>x</p>')}\n`, // text after </html>
    page('', '<p>x</p></body>'), // a stray end tag
    page('', '<p>x'), // an element left open
  ];
  for (const html of cases) {
    assert.equal(readOwnHtml(html), undefined, html);
    assert.ok(parse(html)); // parse5 reads it
  }
});
