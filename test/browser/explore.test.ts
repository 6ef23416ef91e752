/**
 * A reader searches, compares and filters in a real Chromium, with and
 * without JavaScript. Every test also checks the console, the network and
 * axe-core (browser.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSkipReason, finishVisit, browserSite, openVisit, PHONE } from './browser.ts';

const skip = browserSkipReason();

describe('searching, comparing and filtering in a browser', { skip }, () => {
  const env = browserSite();

  for (const javaScriptEnabled of [true, false]) {
    test(`a misspelt search ("signl") still leads to Signal's review (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const visit = await openVisit(env.browser, env.site.host, { javaScriptEnabled, viewport: PHONE });
      const { page } = visit;
      await page.goto(`${env.site.origin}/`);
      const box = page.getByRole('searchbox').first();
      await box.fill('signl');
      await box.press('Enter');
      await page.waitForURL(/\/search\?q=signl/);
      await page.getByRole('link', { name: 'Signal', exact: true }).first().click();
      await page.waitForURL('**/apps/signal');
      assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Is Signal Safe?');
      await finishVisit(env.browser, visit);
    });
  }

  test('a reader compares Telegram with a safer alternative from its review', async () => {
    const visit = await openVisit(env.browser, env.site.host);
    const { page } = visit;
    await page.goto(`${env.site.origin}/apps/telegram`);
    const first = page.locator('ul.alternatives > li').first();
    const alternative = await first.locator('a[href^="/apps/"]').first().innerText();
    await first.locator('a.compare-link').click();
    await page.waitForURL(/\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+$/);
    const h1 = await page.getByRole('heading', { level: 1 }).innerText();
    assert.ok(h1.includes('Telegram') && h1.includes(alternative), `the comparison names both apps: "${h1}"`);
    assert.ok((await page.locator('table.compare').count()) > 1, 'the comparison has tables per dimension');
    assert.match(await page.locator('#overall-verdict').innerText(), /Safety Score/);
    await finishVisit(env.browser, visit);
  });

  test('a reader picks two apps on the compare page without JavaScript', async () => {
    const visit = await openVisit(env.browser, env.site.host, { javaScriptEnabled: false });
    const { page } = visit;
    await page.goto(`${env.site.origin}/compare`);
    await page.getByLabel('App 1').selectOption('signal');
    await page.getByLabel('App 2').selectOption('telegram');
    await page.locator('form.compare-form [type=submit]').click();
    await page.waitForURL(/\/compare/);
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Signal.*Telegram|Telegram.*Signal/);
    await finishVisit(env.browser, visit);
  });

  test('filtering a category to end-to-end encrypted apps narrows the ranking', async () => {
    const visit = await openVisit(env.browser, env.site.host, { javaScriptEnabled: false });
    const { page } = visit;
    await page.goto(`${env.site.origin}/`);
    await page.getByRole('link', { name: 'Messaging', exact: true }).first().click();
    await page.waitForURL('**/categories/messaging');
    const before = await page.locator('table.ranking tbody tr').count();
    await page.getByLabel('End-to-end encrypted by default').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/has=e2ee/);
    const rows = await page.locator('table.ranking tbody tr').count();
    assert.ok(rows > 0 && rows < before, `the filter keeps ${rows} of ${before} apps`);
    assert.match(await page.locator('#result-count').innerText(), new RegExp(`^${rows} of ${before}`));
    const names = await page.locator('table.ranking tbody th a').allInnerTexts();
    assert.ok(names.includes('Signal'), 'Signal is end-to-end encrypted by default');
    assert.ok(await page.getByLabel('End-to-end encrypted by default').isChecked(), 'the form remembers the filter');
    await finishVisit(env.browser, visit);
  });
});
