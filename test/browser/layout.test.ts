/**
 * What a reader notices, on every page type at 320, 390 and 1280 px, in the
 * light and the dark colour scheme: the document never scrolls sideways, no
 * text is clipped, at full width nothing sits in a sideways scroll box, no
 * "undefined", "NaN" or "[object Object]" is shown (nor in live-search
 * results), and axe-core finds no WCAG 2.2 AA violation in either scheme.
 * Every view is saved to artifacts/screenshots/<page>-<width>-<scheme>.png.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, browserSkipReason, browserSite, openVisit, SCREENSHOT_DIR, saveScreenshot } from './browser.ts';

const skip = browserSkipReason();

const PAGE_TYPES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'apps', path: '/apps', status: 200 },
  { name: 'review', path: '/apps/telegram', status: 200 },
  { name: 'review-unscored', path: '/apps/notion', status: 200 },
  { name: 'review-fr', path: '/fr/apps/telegram', status: 200 },
  { name: 'review-de', path: '/de/apps/imessage', status: 200 },
  { name: 'category', path: '/categories/messaging', status: 200 },
  { name: 'compare-two', path: '/compare/signal-vs-whatsapp', status: 200 },
  { name: 'compare-four', path: '/compare?apps=signal,whatsapp,telegram,imessage', status: 200 },
  { name: 'search', path: '/search?q=signl', status: 200 },
  { name: 'methodology', path: '/methodology', status: 200 },
  { name: 'about', path: '/about', status: 200 },
  { name: 'api', path: '/api', status: 200 },
  { name: 'downloads', path: '/downloads/', status: 200 },
  { name: 'not-found', path: '/apps/no-such-app', status: 404 },
  // German and French run longer than English: the page types where a long word breaks a layout first
  { name: 'apps-de', path: '/de/apps', status: 200 },
  { name: 'category-fr', path: '/fr/categories/messaging', status: 200 },
  { name: 'category-de', path: '/de/categories/password-managers', status: 200 },
  { name: 'compare-four-de', path: '/de/compare?apps=signal,whatsapp,telegram,imessage', status: 200 },
  { name: 'compare-four-fr', path: '/fr/compare?apps=signal,whatsapp,telegram,imessage', status: 200 },
  { name: 'methodology-de', path: '/de/methodology', status: 200 },
  { name: 'methodology-fr', path: '/fr/methodology', status: 200 },
] as const;

const WIDTHS = [320, 390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const WIDE = 1280;

/** Words a reader should never see: a value the code failed to fill in. */
export const BROKEN_TEXT = /\bundefined\b|\bNaN\b|\[object Object\]/;

/**
 * Everything on the page a reader would notice as broken layout: the
 * document scrolling sideways, clipped boxes, and (when `allowScrollBoxes` is
 * false) boxes that scroll sideways.
 */
async function layoutProblems(page: Page, allowScrollBoxes: boolean): Promise<string[]> {
  // A string, not a function: tsx would wrap inner functions in a helper the page doesn't have.
  return page.evaluate(`(${LAYOUT_CHECK})(${allowScrollBoxes})`);
}

const LAYOUT_CHECK = `function (allowScroll) {
  var problems = [];
  var doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push('the document scrolls sideways by ' + (doc.scrollWidth - doc.clientWidth) + 'px');
  function describe(el) {
    var id = el.id ? '#' + el.id : '';
    var cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    var text = (el.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 60);
    return '<' + el.tagName.toLowerCase() + id + cls + '> "' + text + '"';
  }
  var all = document.body.querySelectorAll('*');
  // Boxes hidden on purpose for screen readers only (1px, clipped): they and their contents are not seen.
  var srOnly = [];
  for (var i = 0; i < all.length; i++) {
    var el = all[i];
    if (srOnly.some(function (r) { return r.contains(el); })) continue;
    var style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (el.closest('.visually-hidden, .skip, svg, script')) continue;
    var box = el.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1 && style.overflowX !== 'visible') { srOnly.push(el); continue; }
    if (box.width === 0 || box.height === 0) continue;
    var wider = el.scrollWidth > el.clientWidth + 1;
    var taller = el.scrollHeight > el.clientHeight + 1;
    if ((style.overflowX === 'hidden' || style.overflowX === 'clip') && wider) problems.push('clipped sideways: ' + describe(el));
    if ((style.overflowY === 'hidden' || style.overflowY === 'clip') && taller && el.tagName !== 'SUMMARY') problems.push('clipped at the bottom: ' + describe(el));
    if (style.textOverflow === 'ellipsis' && wider) problems.push('cut off with an ellipsis: ' + describe(el));
    // A word longer than its box spills over whatever sits beside it (a long French rating word in its tile).
    if (style.display !== 'inline' && style.overflowX === 'visible' && wider && el !== document.body) problems.push('content wider than its box: ' + describe(el));
    if (!allowScroll && (style.overflowX === 'auto' || style.overflowX === 'scroll') && wider) problems.push('in a sideways scroll box: ' + describe(el));
    if (box.right > doc.clientWidth + 1 && style.position !== 'fixed') problems.push('sticks out of the page (' + Math.round(box.right) + 'px): ' + describe(el));
  }
  return Array.from(new Set(problems)).slice(0, 15);
}`;

describe('every page type holds its layout at 320, 390 and 1280 px, light and dark', { skip }, () => {
  const env = browserSite();

  for (const type of PAGE_TYPES) {
    test(`${type.name} (${type.path})`, async () => {
      const problems: string[] = [];
      for (const colorScheme of SCHEMES) {
        for (const width of WIDTHS) {
          const visit = await openVisit(env.browser, env.site.host, { viewport: { width, height: 800 }, colorScheme });
          const { page } = visit;
          try {
            const response = await page.goto(`${env.site.origin}${type.path}`);
            assert.equal(response?.status(), type.status);
            const where = `${width}px ${colorScheme}`;
            for (const p of await layoutProblems(page, width < WIDE)) problems.push(`${where}: ${p}`);
            const text = await page.locator('body').innerText();
            const broken = text.match(BROKEN_TEXT);
            if (broken) problems.push(`${where}: shows "${broken[0]}" near "${text.slice(Math.max(0, (broken.index ?? 0) - 40), (broken.index ?? 0) + 20)}"`);
            const errors = visit.consoleErrors.filter((e) => type.status !== 404 || !e.includes('status of 404'));
            if (errors.length > 0) problems.push(`${where}: console errors: ${errors.join('; ')}`);
            if (visit.foreignRequests.length > 0) problems.push(`${where}: requested other hosts: ${visit.foreignRequests.join(', ')}`);
            await saveScreenshot(page, `${type.name}-${width}-${colorScheme}`);
          } finally {
            await visit.context.close();
          }
        }
        for (const width of [390, WIDE]) {
          const violations = await axeViolations(env.browser, `${env.site.origin}${type.path}`, { viewport: { width, height: 800 }, colorScheme });
          for (const v of violations) problems.push(`${width}px ${colorScheme}: axe: ${v}`);
        }
      }
      assert.deepEqual(problems, [], `${type.name}: what a reader would notice`);
    });
  }

  test('printed, a review keeps its points tables and prints every source URL, without the site navigation', async () => {
    const visit = await openVisit(env.browser, env.site.host, { viewport: { width: 800, height: 1000 } });
    const { page } = visit;
    try {
      await page.goto(`${env.site.origin}/apps/whatsapp`);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('table.explain').first().isVisible(), 'the points table prints');
      assert.equal(await page.locator('header.site-header').isVisible(), false, 'the header does not print');
      const printed = await page.evaluate(
        "Array.from(document.querySelectorAll('.sources a[href^=\"http\"]')).map(function (a) { return [a.getAttribute('href'), getComputedStyle(a, '::after').content]; })",
      );
      const links = printed as [string, string][];
      assert.ok(links.length > 3);
      for (const [href, after] of links) assert.ok(after.includes(href), `${href} is printed (${after})`);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.pdf({ path: join(SCREENSHOT_DIR, 'review-print.pdf') }).catch(() => undefined);
    } finally {
      await visit.context.close();
    }
  });

  for (const colorScheme of SCHEMES) {
    test(`live-search results from the header show no unfilled values (${colorScheme})`, async () => {
      const visit = await openVisit(env.browser, env.site.host, { viewport: { width: 390, height: 800 }, colorScheme });
      const { page } = visit;
      try {
        for (const path of ['/', '/apps/whatsapp']) {
          await page.goto(`${env.site.origin}${path}`);
          const box = page.locator('header [data-search-input]');
          await box.fill('messag');
          const results = page.locator('header .live-results li');
          await results.first().waitFor();
          const text = await page.locator('header .live-results').innerText();
          assert.doesNotMatch(text, BROKEN_TEXT, `live results on ${path}: ${text}`);
          assert.ok((await results.count()) > 0, 'some app matches "messag"');
          assert.match(text, /\(Messaging, [^)]+\)/, 'each result names its category and company');
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          await page.screenshot({ path: join(SCREENSHOT_DIR, `live-search${path === '/' ? '' : '-review'}-${colorScheme}.png`) });
        }
        assert.deepEqual(visit.consoleErrors, []);
      } finally {
        await visit.context.close();
      }
    });
  }
});
