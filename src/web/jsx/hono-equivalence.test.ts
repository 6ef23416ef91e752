/**
 * The real views give the same bytes through the views' JSX runtime
 * (jsx/jsx-runtime.js) as through hono/jsx, which they were written for: the
 * app is loaded twice, once as it is and once with every .tsx file's JSX
 * taken from hono/jsx (test/support/hono-jsx-hooks.mjs), and both answer
 * every URL of the static export of the bundled site and the editor's pages.
 */
import assert from 'node:assert/strict';
import { register } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { Html } from '#jsx/jsx-runtime';
import { exportPaths } from '../../export/export-site.ts';
import { assetsFor } from '../assets/stylesheet.ts';

register('../../../test/support/hono-jsx-hooks.mjs', import.meta.url);

type SiteModule = typeof import('../../../test/support/site.ts');
type EditorModule = typeof import('../edit/test-editor.ts');
type LayoutModule = typeof import('../views/layout.tsx');
/** A module of this repository as the app is when its views render through hono/jsx. */
const viaHono = async <T>(path: string): Promise<T> => (await import(new URL(`${path}?hono`, import.meta.url).href)) as T;

/** Fails with where two texts first differ, not with both whole (a page is tens of kilobytes). */
function assertSameText(ours: string, hono: string, what: string): void {
  if (ours === hono) return;
  let i = 0;
  while (i < ours.length && ours[i] === hono[i]) i++;
  assert.fail(`${what}: differs at ${i}: ours …${ours.slice(Math.max(0, i - 80), i + 80)}… hono …${hono.slice(Math.max(0, i - 80), i + 80)}…`);
}

/** Each store's data version is a random UUID (in the search index, the downloads), whatever renders. */
const withoutVersions = (text: string) => text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'UUID');

describe('the views through this runtime and through hono/jsx', () => {
  it('are loaded twice: the hono copy really renders through hono/jsx', async () => {
    const ours = await import('../views/layout.tsx');
    const hono = await viaHono<LayoutModule>('../views/layout.tsx');
    assert.notEqual(hono.LanguageSwitcher, ours.LanguageSwitcher);
    assert.ok(ours.LanguageSwitcher({ path: '/', locale: 'en' }) instanceof Html);
    const node = hono.LanguageSwitcher({ path: '/', locale: 'en' }) as unknown;
    assert.ok(!(node instanceof Html) && typeof node === 'object' && node !== null && 'tag' in node, 'a hono JSXNode');
    assert.equal(String(node), String(ours.LanguageSwitcher({ path: '/', locale: 'en' })));
  });

  describe('the public site', () => {
    let ours: Awaited<ReturnType<SiteModule['bundledSite']>>;
    let hono: Awaited<ReturnType<SiteModule['bundledSite']>>;
    before(async () => {
      ours = await (await import('../../../test/support/site.ts')).bundledSite();
      hono = await (await viaHono<SiteModule>('../../../test/support/site.ts')).bundledSite();
    });
    after(async () => {
      await ours.store.close();
      await hono.store.close();
    });

    it('answers every URL of the export, and pages that are not in it, with the same bytes', async () => {
      const snapshot = await ours.site.snapshot();
      const paths = [
        ...exportPaths(snapshot, assetsFor(snapshot).stylesheetPath),
        '/no-such-page',
        '/fr/apps/no-such-app',
        '/search?q=chat',
        '/de/search?q=signal&category=messaging',
        '/search?q=%3Cscript%3E',
        '/apps/signal/history',
        '/de/apps/signal/history',
        '/compare?a=signal&b=whatsapp',
        '/compare?a=signal',
        '/apps?sort=name',
        '/categories/messaging?sort=score',
        '/badges/signal.svg',
      ];
      let html = 0;
      for (const path of paths) {
        const [a, b] = await Promise.all([ours.app.request(path), hono.app.request(path)]);
        assert.equal(a.status, b.status, path);
        const [ta, tb] = await Promise.all([a.text(), b.text()]);
        if (ta !== tb) assertSameText(withoutVersions(ta), withoutVersions(tb), path);
        if ((a.headers.get('content-type') ?? '').includes('html')) html++;
      }
      assert.ok(html > 1000, `${html} HTML pages compared`);
    });
  });

  describe('the editor', () => {
    let ours: Awaited<ReturnType<EditorModule['testEditor']>>;
    let hono: Awaited<ReturnType<EditorModule['testEditor']>>;
    before(async () => {
      ours = await (await import('../edit/test-editor.ts')).testEditor();
      hono = await (await viaHono<EditorModule>('../edit/test-editor.ts')).testEditor();
      for (const t of [ours, hono]) {
        await t.user('ada@example.org', 'admin');
        await t.user('con@example.org', 'contributor');
      }
    });
    after(async () => {
      await ours.store.close();
      await hono.store.close();
    });

    /** What differs between two runs whatever renders them: the CSRF tokens, the session and the clock. */
    const steady = (html: string) =>
      html
        .replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value="…"')
        .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, 'T')
        .replace(/\b\d\d:\d\d(:\d\d)?\b/g, 'hh:mm');

    it('answers the same pages, signed out and signed in, in every language, with the same bytes', async () => {
      const pages = (slug: string, draft: string) => [
        '/edit',
        '/edit/login',
        '/edit/setup',
        `/edit/corrections/new?app=${slug}&section=encryption`,
        '/edit/corrections/thanks?app=signal',
        '/edit/corrections',
        '/edit/users',
        '/edit/audit',
        `/edit/apps/${slug}/history`,
        draft,
        `${draft}/preview`,
        '/edit/drafts/999999',
        '/edit?kind=unknown',
      ];
      const signedOut = [ours.client(), hono.client()] as const;
      const admin = [ours.client(), hono.client()] as const;
      const contributor = [ours.client(), hono.client()] as const;
      for (const pair of [admin, contributor]) {
        const email = pair === admin ? 'ada@example.org' : 'con@example.org';
        for (const c of pair) assert.equal((await c.login(email)).status, 303);
      }
      // a draft of signal's review each, by the contributor
      const drafts: string[] = [];
      for (const c of contributor) {
        const res = await c.post('/edit/drafts/new', { app: 'signal', _csrf: await c.csrfFrom('/edit') });
        drafts.push(res.headers.get('location') ?? assert.fail('no draft made'));
      }
      assert.equal(drafts[0], drafts[1]);
      let compared = 0;
      for (const [a, b] of [signedOut, admin, contributor])
        for (const locale of ['', '/de', '/fr'])
          for (const path of pages('signal', drafts[0] ?? '')) {
            const url = `${locale}${path}`;
            const [ra, rb] = await Promise.all([a.get(url), b.get(url)]);
            assert.equal(ra.status, rb.status, url);
            const [ta, tb] = await Promise.all([ra.text(), rb.text()]);
            assertSameText(steady(ta), steady(tb), url);
            compared++;
          }
      assert.ok(compared > 100);
    });
  });
});
