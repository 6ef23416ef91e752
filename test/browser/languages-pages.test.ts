/**
 * The pages other than the review in German and French, in a real Chromium:
 * axe-core (WCAG 2.2 AA) finds no violation on each page type in each
 * language, at phone and desktop width, and what the page shows (not only
 * its HTML) carries no English interface text: the visible text of each
 * German and French page is compared with the English page's, line by line.
 * (test/browser/languages.test.ts covers the review pages; the layout checks
 * of German and French pages are in layout.test.ts.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, browserSite, browserSkipReason, DESKTOP, openVisit, PHONE } from './browser.ts';

const skip = browserSkipReason();

const PAGE_TYPES = [
  '/',
  '/apps',
  '/categories/messaging',
  '/compare',
  '/compare/imessage-vs-signal',
  '/compare?apps=signal,whatsapp,telegram,imessage',
  '/search?q=signl',
  '/methodology',
  '/about',
  '/downloads/',
  '/api',
  '/apps/no-such-app',
  // the editor's pages a reader reaches (the correction form and its answer) and signing in
  '/edit/corrections/new?app=signal&section=encryption',
  '/edit/corrections/thanks?app=signal',
  '/edit/login',
];

const local = (locale: string, path: string) => (locale === 'en' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`);

describe('German and French pages other than the review, in Chromium', { skip }, () => {
  const env = browserSite();

  test('axe-core finds no violation on any page type in German or French, at phone and desktop width', async () => {
    const violations: string[] = [];
    for (const locale of ['de', 'fr']) {
      for (const path of PAGE_TYPES) {
        for (const viewport of [PHONE, DESKTOP])
          for (const v of await axeViolations(env.browser, `${env.site.origin}${local(locale, path)}`, { viewport }))
            violations.push(`${local(locale, path)}: ${v}`);
      }
    }
    assert.deepEqual(violations, []);
  });

  test('no line a reader sees on a German or French page is the English page’s line (names, numbers and marked English free text aside)', async () => {
    const visit = await openVisit(env.browser, env.site.host, { viewport: DESKTOP });
    const { page } = visit;
    // the visible lines of <main>, leaving out elements marked as written in another language
    const linesOf = async (url: string, locale: string): Promise<string[]> => {
      await page.goto(url);
      const lines = await page.evaluate(`(function (locale) {
        var main = document.querySelector('main');
        var clone = main.cloneNode(true);
        clone.querySelectorAll('[lang]').forEach(function (el) { if (el.getAttribute('lang') !== locale) el.remove(); });
        clone.querySelectorAll('.visually-hidden').forEach(function (el) { el.remove(); });
        document.body.appendChild(clone);
        var text = clone.innerText;
        clone.remove();
        return text.split('\\n').map(function (l) { return l.replace(/\\s+/g, ' ').trim(); });
      })(${JSON.stringify(locale)})`);
      return lines as string[];
    };
    // names read the same in every language: the apps (and their owners) listed on /apps
    await page.goto(`${env.site.origin}/apps`);
    const names = new Set(
      (await page.evaluate(
        "Array.from(document.querySelectorAll('table.ranking th[scope=row] a')).map(function (a) { return a.innerText.trim(); })",
      )) as string[],
    );
    assert.ok(names.size > 50);
    const nameWords = new Set([...names].flatMap((n) => n.split(' ')));
    const found: string[] = [];
    for (const path of PAGE_TYPES) {
      const english = new Set((await linesOf(`${env.site.origin}${path}`, 'en')).filter((l) => l.length >= 12 && /\p{L}{3,} \p{L}{3,} \p{L}{2,}/u.test(l)));
      for (const locale of ['de', 'fr']) {
        for (const line of await linesOf(`${env.site.origin}${local(locale, path)}`, locale))
          if (english.has(line) && !names.has(line) && !line.split(' ').every((w) => nameWords.has(w)) && ![...names].some((n) => line.startsWith(`${n} (`)))
            found.push(`${local(locale, path)}: "${line}"`);
      }
    }
    await visit.context.close();
    assert.deepEqual(found, []);
  });
  test('results as you type speak the page’s language and link to its pages', async () => {
    const visit = await openVisit(env.browser, env.site.host, { viewport: PHONE });
    const { page } = visit;
    try {
      for (const [locale, words] of [
        ['de', [/\(Messenger, Signal Messenger LLC\) ● 8,\d\/10 Ausgezeichnet/, /1 App passt\./]],
        ['fr', [/\(Messageries, Signal Messenger LLC\) ● 8,\d\/10 Excellent/, /1 application correspond\./]],
      ] as const) {
        await page.goto(`${env.site.origin}/${locale}/about`);
        await page.locator('header [data-search-input]').fill('signal');
        const results = page.locator('header .live-results li');
        await results.first().waitFor();
        const text = (await page.locator('header .live-results').innerText()).replace(/\s+/g, ' ');
        for (const w of words) assert.match(text, w, `${locale}: ${text}`);
        assert.doesNotMatch(text, /app matches|Press Enter/);
        const hrefs = (await page.evaluate(
          "Array.from(document.querySelectorAll('header .live-results a')).map(function (a) { return a.getAttribute('href'); })",
        )) as string[];
        assert.ok(hrefs.length > 0);
        for (const h of hrefs) assert.ok(h.startsWith(`/${locale}/apps/`), h);
      }
      assert.deepEqual(visit.consoleErrors, []);
    } finally {
      await visit.context.close();
    }
  });
});
