/**
 * Every page type at phone and desktop width, saved to artifacts/screenshots/
 * for people to look at, each page held to the same console, network and
 * axe-core checks as the reader journeys.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startSite, type RunningSite } from '../support/site.ts';
import { browserSkipReason, DESKTOP, finishVisit, launchChromium, openVisit, PHONE, saveScreenshot } from './browser.ts';

const skip = browserSkipReason();

const PAGE_TYPES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'review', path: '/apps/whatsapp', status: 200 },
  { name: 'category', path: '/categories/messaging', status: 200 },
  { name: 'search', path: '/search?q=signl', status: 200 },
  { name: 'compare', path: '/compare/signal-vs-whatsapp', status: 200 },
  { name: 'methodology', path: '/methodology', status: 200 },
  { name: 'about', path: '/about', status: 200 },
  { name: 'not-found', path: '/apps/no-such-app', status: 404 },
] as const;

describe('every page type at phone and desktop width', { skip }, () => {
  let site: RunningSite;
  let browser: Browser;
  before(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const type of PAGE_TYPES) {
    test(`${type.name} (${type.path}) reads well on a phone and a desktop`, async () => {
      for (const [width, viewport] of [
        ['phone', PHONE],
        ['desktop', DESKTOP],
      ] as const) {
        const visit = await openVisit(browser, site.host, { viewport });
        const { page } = visit;
        const response = await page.goto(`${site.origin}${type.path}`);
        assert.equal(response?.status(), type.status);
        if (type.status === 404)
          visit.consoleErrors = visit.consoleErrors.filter((e) => !e.includes('status of 404') || !e.endsWith(`(${site.origin}${type.path})`));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${type.name} scrolls sideways by ${overflow}px at ${width} width`);
        await saveScreenshot(page, `${type.name}-${width}`);
        await finishVisit(browser, visit);
      }
    });
  }
});
