/**
 * The editor in a real Chromium, without JavaScript: sign in, edit a fact, see
 * the problem beside its field, fix it, submit, approve as a second editor and
 * see the public page change; a reader's correction through to an accepted draft.
 * Console errors and third-party requests are checked, axe-core (WCAG 2.2 AA)
 * runs on every kind of /edit page, and each is photographed at 390 and 1280 px.
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
import { axeViolations, browserSkipReason, DESKTOP, launchChromium, openVisit, PHONE, saveScreenshot, type Visit } from './browser.ts';

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
    await addAccount(store, { email: 'carol@example.org', role: 'admin', password: PASSWORD, siteUrl: origin, actor: 'test', ip: 'test' });
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

  /** Which "Add a row to sources" button belongs to the list `name` (several lists are called sources). */
  async function rowButtonIndex(page: Page, name: string): Promise<number> {
    const values = await page.getByRole('button', { name: 'Add a row to sources' }).evaluateAll((els) => els.map((e) => (e as HTMLButtonElement).value));
    const i = values.indexOf(`add:${name}`);
    assert.ok(i >= 0, `no add-row button for ${name}`);
    return i;
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
    await page.getByRole('button', { name: 'Start a draft', exact: true }).click();
    await page.waitForURL(/\/edit\/drafts\/\d+$/);
    const draftUrl = page.url();
    await page.getByLabel(/What this change does/).fill('Protocol note from the browser test');
    const source = page.locator('input[name="encryption.protocol.sources.0"]');
    const goodSource = await source.inputValue();
    await source.fill('not-a-declared-source');
    await page.getByRole('button', { name: 'Save and check' }).first().click();
    const problem = page.locator('[id^="problem-encryption.protocol"]');
    assert.match(await problem.innerText(), /not-a-declared-source/);
    // Beside its field: the problem is inside the fact's fieldset, and the fact's inputs point at it.
    assert.equal(
      await problem.evaluate((el) => el.closest('fieldset')?.querySelector('legend')?.textContent),
      'Protocol encryption.protocol',
      "the fact's label, and its path as code",
    );
    await page.locator('input[name="encryption.protocol.sources.0"]').fill(goodSource);
    await page.locator('input[name="encryption.protocol#note"]').fill('Checked in the browser test.');
    // Rows without JavaScript: remove the fact's last source, then add a row and cite it again.
    const rows = await page.locator('input[name^="encryption.protocol.sources."]').count();
    const last = page.locator(`input[name="encryption.protocol.sources.${rows - 1}"]`);
    const lastSource = await last.inputValue();
    await page.locator(`button[value="remove:encryption.protocol.sources.${rows - 1}"]`).click();
    assert.equal(await page.locator('input[name^="encryption.protocol.sources."]').count(), rows - 1);
    await page
      .getByRole('button', { name: 'Add a row to sources' })
      .nth(await rowButtonIndex(page, 'encryption.protocol.sources'))
      .click();
    await page.locator(`input[name="encryption.protocol.sources.${rows - 1}"]`).fill(lastSource);
    await page.getByRole('button', { name: 'Save and check' }).first().click();
    assert.match(await page.locator('[data-problems]').innerText(), /The checks pass/);
    assert.match(await page.locator('[data-score-after]').innerText(), /Score with this draft: \d/);
    await page.getByRole('link', { name: 'The whole page as it would be published' }).click();
    await page.waitForURL(/\/edit\/drafts\/\d+\/preview$/);
    assert.match(await page.getByRole('status').first().innerText(), /Preview of draft #\d+ of signal \(editing\): not published/);
    assert.equal(await page.locator('[data-section="encryption"]').count(), 1, "the site's own review view");
    await page.getByRole('link', { name: 'Back to the draft' }).click();
    await page.waitForURL(draftUrl);
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

  test('every kind of /edit page passes axe-core (WCAG 2.2 AA), and the main ones are photographed at 390 and 1280 px', async () => {
    const { visit } = await signIn('carol@example.org');
    const storageState = await visit.context.storageState();
    await visit.context.close();
    const carol = await store.editing.findUserByEmail('carol@example.org');
    const current = await store.getApp('signal');
    assert.ok(carol && current);
    const draft = await store.editing.addDraft({
      slug: 'signal',
      baseRevision: current.revision,
      facts: current.facts,
      authorId: carol.id,
      note: 'axe',
      at: new Date(),
    });
    const broken = await store.editing.addDraft({
      slug: 'signal',
      baseRevision: current.revision,
      facts: { ...(current.facts as object), name: '' },
      authorId: carol.id,
      note: 'a draft with a problem',
      at: new Date(),
    });
    await store.editing.addCorrection({
      slug: 'signal',
      section: 'encryption',
      fact: 'encryption.protocol',
      problem: 'An axe test correction.',
      sourceUrl: 'https://signal.org/docs/',
      email: 'reader@example.net',
      at: new Date(),
    });
    const { setupUrl } = await addAccount(store, { email: 'dave@example.org', role: 'contributor', siteUrl: origin, actor: 'test', ip: 'test' });
    assert.ok(setupUrl);
    const signedInPages: [string, string][] = [
      ['work-list', '/edit'],
      ['work-list-filtered', '/edit?kind=stale&category=messaging'],
      ['draft', `/edit/drafts/${draft.id}`],
      ['draft-problems', `/edit/drafts/${broken.id}`],
      ['preview', `/edit/drafts/${draft.id}/preview`],
      ['history', '/edit/apps/signal/history'],
      ['corrections', '/edit/corrections'],
      ['users', '/edit/users'],
      ['audit', '/edit/audit'],
      ['not-found', '/edit/drafts/999999'],
    ];
    const publicPages: [string, string][] = [
      ['login', '/edit/login'],
      ['setup', new URL(setupUrl).pathname + new URL(setupUrl).search],
      ['bad-setup', '/edit/setup?token=nope'],
      ['reader-form', '/edit/corrections/new?app=signal&section=encryption'],
      ['reader-thanks', '/edit/corrections/thanks?app=signal'],
    ];
    const violations: string[] = [];
    for (const [, path] of signedInPages) violations.push(...(await axeViolations(browser, `${origin}${path}`, { storageState })));
    for (const [, path] of publicPages) violations.push(...(await axeViolations(browser, `${origin}${path}`)));
    assert.deepEqual(violations, [], 'axe-core reports WCAG 2.2 AA violations');

    for (const [viewport, size] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const shots = await openVisit(browser, host, { javaScriptEnabled: false, viewport: size, storageState });
      for (const [name, path] of [...signedInPages.slice(0, 7), publicPages[3] ?? ['reader-form', '/edit/login']]) {
        await shots.page.goto(`${origin}${path}`);
        const width = await shots.page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= size.width, `${path} is ${width}px wide on a ${size.width}px screen`);
        await saveScreenshot(shots.page, `edit-${name}-${viewport}`);
      }
      await shots.context.close();
    }
  });
});
