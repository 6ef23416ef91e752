/**
 * The German and French site in a real Chromium: axe-core finds no WCAG 2.2
 * AA violation on each language's pages, the language switcher is a plain
 * link to the same page in the other language, and screenshots at phone and
 * desktop width are kept for people to look at.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startSite, type RunningSite } from '../support/site.ts';
import { t } from '../../src/i18n/index.ts';
import { axeViolations, browserSkipReason, DESKTOP, finishVisit, launchChromium, openVisit, PHONE, saveScreenshot } from './browser.ts';

const skip = browserSkipReason();

const PAGES = ['/de', '/fr', '/de/apps/telegram', '/fr/apps/telegram', '/de/apps/imessage', '/fr/apps/notion', '/de/apps', '/fr/methodology', '/de/nope'];

describe('the site in German and French', { skip }, () => {
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

  test('axe-core finds no violation on German and French pages, at phone and desktop width', async () => {
    const violations: string[] = [];
    for (const path of PAGES) {
      for (const viewport of [PHONE, DESKTOP]) violations.push(...(await axeViolations(browser, `${site.origin}${path}`, { viewport })));
    }
    assert.deepEqual(violations, []);
  });

  test('a German reader switches Telegram’s review to French with a link, and the page says which language it is in', async () => {
    const visit = await openVisit(browser, site.host, { viewport: PHONE });
    const { page } = visit;
    await page.goto(`${site.origin}/de/apps/telegram`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'de');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Ist Telegram sicher?');
    await saveScreenshot(page, 'review-de-phone');
    await page.getByRole('link', { name: 'Français', exact: true }).click();
    await page.waitForURL('**/fr/apps/telegram');
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), t('fr', 'ui.review.h1', { name: 'Telegram' }));
    await page.setViewportSize(DESKTOP);
    await saveScreenshot(page, 'review-fr-desktop');
    await page.getByRole('link', { name: 'Toutes les applications', exact: true }).click();
    await page.waitForURL('**/fr/apps');
    await finishVisit(browser, visit);
  });
});
