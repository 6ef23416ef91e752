/**
 * A reader lands on the site, finds a review and reads it from top to bottom,
 * in a real Chromium. Every test also checks the console, the network and
 * axe-core (browser.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSkipReason, finishVisit, browserSite, openVisit, PHONE } from './browser.ts';

const skip = browserSkipReason();

describe('reading a review in a browser', { skip }, () => {
  const env = browserSite();

  test('a reader goes from the home page to Telegram and meets every section in order', async () => {
    const visit = await openVisit(env.browser, env.site.host);
    const { page } = visit;
    await page.goto(`${env.site.origin}/`);
    await page.getByRole('link', { name: 'All apps', exact: true }).click();
    await page.waitForURL('**/apps');
    await page.getByRole('link', { name: 'Telegram', exact: true }).click();
    await page.waitForURL('**/apps/telegram');
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Is Telegram Safe?');

    const headings = await page.locator('main h2').allInnerTexts();
    const expected = [
      'Short answer',
      'PrivacyDefend Safety Score',
      'What Data Does Telegram Collect?',
      'Telegram Encryption & Security',
      'Does Telegram Share Your Data?',
      "What's Good",
      'Concerns',
      'Safer Alternatives to Telegram',
      'Frequently Asked Questions',
      'Sources',
    ];
    const positions = expected.map((h) => headings.indexOf(h));
    assert.ok(!positions.includes(-1), `missing sections: ${expected.filter((_, i) => positions[i] === -1).join(', ')} (page has: ${headings.join(' | ')})`);
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      `sections out of order: ${headings.join(' | ')}`,
    );

    const section = (name: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
    assert.ok((await section('Short answer').innerText()).length > 80, 'the short answer says something');
    assert.match(await section('PrivacyDefend Safety Score').locator('.score-value').innerText(), /\d+\.\d\s*\/10/);
    assert.equal(await section('PrivacyDefend Safety Score').locator('ul.ratings > li').count(), 4, 'four ratings');
    assert.ok((await section("What's Good").getByRole('listitem').count()) > 0);
    assert.ok((await section('Concerns').getByRole('listitem').count()) > 0);
    assert.ok((await section('Safer Alternatives to Telegram').getByRole('link').count()) > 0);
    assert.ok((await section('Frequently Asked Questions').locator('dt').count()) > 0);
    const sources = section('Sources').locator('ol.sources > li');
    assert.ok((await sources.count()) >= 2, 'the review lists its sources');

    // A citation takes the reader to the source it names.
    const cite = section('Short answer').locator('sup.cite a').first();
    const target = await cite.getAttribute('href');
    await cite.click();
    assert.ok(target && page.url().endsWith(target), `the citation leads to ${target}`);
    assert.ok(await page.locator(`${target} a`).first().isVisible());

    await finishVisit(env.browser, visit);
  });

  test('a safer alternative link leads to that app’s review', async () => {
    const visit = await openVisit(env.browser, env.site.host, { viewport: PHONE });
    const { page } = visit;
    await page.goto(`${env.site.origin}/apps/telegram`);
    const alternative = page.locator('ul.alternatives > li > h3 > a').first();
    const name = await alternative.innerText();
    await alternative.click();
    await page.waitForURL(/\/apps\/(?!telegram)[a-z0-9-]+$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), `Is ${name} Safe?`);
    await finishVisit(env.browser, visit);
  });

  test('the site works with JavaScript disabled', async () => {
    const visit = await openVisit(env.browser, env.site.host, { javaScriptEnabled: false });
    const { page } = visit;
    await page.goto(`${env.site.origin}/`);
    assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), 'Is this app safe?');
    await page.getByRole('link', { name: 'Signal', exact: true }).click();
    await page.waitForURL('**/apps/signal');
    assert.match(await page.locator('.score-value').innerText(), /\/10/);
    // The score explanation is shown in full, without script.
    assert.ok(await page.locator('table.explain').first().isVisible(), 'the explanation is visible');
    await page.getByRole('link', { name: 'PrivacyDefend', exact: true }).click();
    await page.waitForURL(`${env.site.origin}/`);
    await finishVisit(env.browser, visit);
  });

  test('an unknown app shows a helpful 404 page with a way back', async () => {
    const visit = await openVisit(env.browser, env.site.host);
    const { page } = visit;
    const response = await page.goto(`${env.site.origin}/apps/no-such-app`);
    assert.equal(response?.status(), 404);
    assert.ok((await page.getByRole('heading', { level: 1 }).innerText()).length > 0);
    // Chromium reports the 404 document itself as a console error; that is the page working.
    visit.consoleErrors = visit.consoleErrors.filter((e) => !e.includes('status of 404') || !e.endsWith(`(${env.site.origin}/apps/no-such-app)`));
    await page.getByRole('link', { name: 'PrivacyDefend', exact: true }).click();
    await page.waitForURL(`${env.site.origin}/`);
    await finishVisit(env.browser, visit);
  });
});
