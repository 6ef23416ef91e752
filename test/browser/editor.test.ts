/**
 * The editor in a real Chromium, without JavaScript: sign in, edit a fact, see
 * the problem beside its field, fix it, submit, approve as a second editor and
 * see the public page change; a reader's correction through to an accepted draft.
 * (Console errors and third-party requests are checked; axe-core is not run on /edit yet.)
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { importDataset } from '../../src/dataset/import.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { createApp } from '../../src/web/app.tsx';
import { addAccount } from '../../src/web/edit/accounts.ts';
import { SiteData } from '../../src/web/site-data.ts';
import { browserSkipReason, launchChromium, openVisit, type Visit } from './browser.ts';

const skip = browserSkipReason();
const PASSWORD = 'a long browser passphrase';

describe('editing in a browser', { skip }, () => {
  let browser: Browser;
  let store: Store;
  let server: ReturnType<typeof serve>;
  let origin = '';
  let host = '';
  const dir = mkdtempSync(join(tmpdir(), 'privacydefend-editor-'));

  before(async () => {
    store = await openStore({ sqlitePath: join(dir, 'site.db') });
    await store.migrate();
    await importDataset(store, 'data', { author: 'browser test' });
    let handle: (req: Request, env: unknown) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: (req, env) => handle(req, env), port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const port = (server.address() as AddressInfo).port;
    origin = `http://127.0.0.1:${port}`;
    host = `127.0.0.1:${port}`;
    const app = createApp({ site: new SiteData(store, 0), siteUrl: origin });
    handle = (req, env) => app.request(req, undefined, env as Record<string, unknown>);
    for (const email of ['alice@example.org', 'bob@example.org'])
      await addAccount(store, { email, role: 'editor', password: PASSWORD, siteUrl: origin, actor: 'test', ip: 'test' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(email: string): Promise<{ visit: Visit; page: Page }> {
    const visit = await openVisit(browser, host, { javaScriptEnabled: false });
    const { page } = visit;
    await page.goto(`${origin}/edit`);
    await page.waitForURL(/\/edit\/login/);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/edit`);
    return { visit, page };
  }

  function clean(visit: Visit) {
    // A draft saved with problems is answered 400 on purpose (Chromium logs that status); anything else is an error.
    assert.deepEqual(
      visit.consoleErrors.filter((e) => !/status of 400 .*\/edit\/drafts\/\d+\)$/.test(e)),
      [],
    );
    assert.deepEqual(visit.foreignRequests, []);
  }

  test('an editor fixes a fact, sees a problem beside its field, submits; a second editor approves and the public page changes', async () => {
    const { visit, page } = await signIn('alice@example.org');
    await page.getByLabel('App').selectOption('signal');
    await page.getByRole('button', { name: 'Start a draft' }).click();
    await page.waitForURL(/\/edit\/drafts\/\d+$/);
    const draftUrl = page.url();
    await page.getByLabel(/What this change does/).fill('Protocol note from the browser test');
    const sources = page.locator('input[name="encryption.protocol#sources"]');
    const goodSources = await sources.inputValue();
    await sources.fill('not-a-declared-source');
    await page.getByRole('button', { name: 'Save and check' }).click();
    assert.match(await page.locator('[id="problem-encryption.protocol"]').innerText(), /not-a-declared-source/);
    await page.locator('input[name="encryption.protocol#sources"]').fill(goodSources);
    await page.locator('input[name="encryption.protocol#note"]').fill('Checked in the browser test.');
    await page.getByRole('button', { name: 'Save and check' }).click();
    assert.match(await page.locator('[data-problems]').innerText(), /The checks pass/);
    assert.match(await page.locator('[data-score-after]').innerText(), /Score with this draft: \d/);
    await page.getByRole('button', { name: 'Submit for review' }).click();
    assert.equal(await page.locator('[data-status]').innerText(), 'submitted');
    assert.equal(await page.getByRole('button', { name: 'Approve and publish' }).count(), 0, 'the author is offered no approval');
    clean(visit);
    await visit.context.close();

    const second = await signIn('bob@example.org');
    await second.page.goto(draftUrl);
    await second.page.getByRole('button', { name: 'Approve and publish' }).click();
    assert.match(await second.page.getByRole('status').innerText(), /Published as revision \d+ of signal/);
    await second.page.goto(`${origin}/apps/signal`);
    const historyText = (await second.page.locator(`[data-section="history"]`).textContent()) ?? '';
    assert.match(historyText, /Protocol note from the browser test/, historyText.slice(0, 600));
    clean(second.visit);
    await second.visit.context.close();
  });

  test('a reader suggests a correction from a review section; an editor accepts it into a draft', async () => {
    const reader = await openVisit(browser, host, { javaScriptEnabled: false });
    await reader.page.goto(`${origin}/apps/threema`);
    await reader.page.locator('[data-section="encryption"] a', { hasText: 'Suggest a correction' }).click();
    await reader.page.waitForURL(/\/edit\/corrections\/new\?app=threema&section=encryption/);
    await reader.page.getByLabel('What is wrong?').fill('The protocol name should mention the Ibex extension.');
    await reader.page.getByLabel(/A source that shows it/).fill('https://threema.ch/en/blog/posts/ibex');
    await reader.page.getByRole('button', { name: 'Send the correction' }).click();
    await reader.page.waitForURL(/\/edit\/corrections\/thanks/);
    assert.deepEqual(await reader.context.cookies(), [], 'the reader gets no cookie');
    clean(reader);
    await reader.context.close();

    const { visit, page } = await signIn('bob@example.org');
    await page.getByRole('link', { name: /open reader correction/ }).click();
    assert.match(await page.locator('article.correction').first().innerText(), /Ibex extension/);
    await page.getByRole('button', { name: 'Accept: start a draft' }).first().click();
    assert.match(await page.getByRole('status').innerText(), /draft #\d+ of threema is open/);
    clean(visit);
    await visit.context.close();
  });
});
