/**
 * The page rules that read only the page itself (`everyPage`: no internal id in visible text, no
 * label beside a number that disagrees with it, no placeholder text, no empty section, no heading
 * left dangling, no unanswered question, no internal link that goes nowhere) hold on every page of
 * the site that is not a review, in English, German and French, as the server sends it. The review
 * pages run every page rule in src/web/reviews/languages.test.ts and in `privacydefend check`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite } from '../../test/support/site.ts';
import { PAGE_TYPES } from '../../test/support/page-types.ts';
import { appSummaries, checkSitePage } from '../checks/index.ts';
import { rules } from '../checks/registry.ts';
import type { Store } from '../store/index.ts';
import type { WebApp } from './app.tsx';
import type { SiteData } from './site-data.ts';
import { LOCALES } from '../i18n/index.ts';

let store: Store;
let site: SiteData;
let app: WebApp;
before(async () => ({ store, site, app } = await bundledSite()));
after(() => store.close());

const local = (locale: string, path: string) => (locale === 'en' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`);

test('the every-page rules are the ones that read nothing but the page', () => {
  const ids = rules.filter((r) => r.scope === 'page' && r.everyPage === true).map((r) => r.id);
  assert.deepEqual(ids.sort(), [
    'page-dangling-intro',
    'page-empty-section',
    'page-faq-unanswered',
    'page-internal-id',
    'page-internal-links',
    'page-label-number',
    'page-placeholder-text',
    'page-repeated',
  ]);
});

for (const locale of LOCALES) {
  test(`every page type that is not a review passes the every-page rules (${locale})`, async () => {
    const snap = await site.snapshot();
    const ctx = { taxonomy: snap.catalog.taxonomy, apps: appSummaries(snap.apps), categories: snap.catalog.categories.map((c) => c.id) };
    const problems: string[] = [];
    for (const type of PAGE_TYPES) {
      const path = local(locale, type.path);
      const res = await app.request(path);
      assert.equal(res.status, type.status, path);
      for (const f of checkSitePage({ ...ctx, path, html: await res.text() })) problems.push(`${f.path}: [${f.rule}] ${f.message}`);
    }
    assert.deepEqual(problems, []);
  });
}

test('a planted defect on a page that is not a review is found', async () => {
  const { taxonomy } = (await site.snapshot()).catalog;
  const html =
    '<html><body><main><h1>Messaging</h1><table><tr><td>sms-fallback</td><td>Not enough evidence (1.6/10)</td></tr></table><a href="/nowhere">x</a></main></body></html>';
  const found = checkSitePage({ path: '/categories/messaging', html, taxonomy, apps: [], categories: ['messaging'] }).map((f) => f.rule);
  assert.ok(found.includes('page-internal-id'), found.join(', '));
  assert.ok(found.includes('page-label-number'), found.join(', '));
  assert.ok(found.includes('page-internal-links'), found.join(', '));
});
