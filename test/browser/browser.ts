/**
 * Driving Debian's Chromium with playwright-core the way a reader would, and
 * recording what every test must hold to: no console error, no request to a
 * host other than the test server, no axe-core (WCAG 2.2 AA) violation.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startSite, type RunningSite } from '../support/site.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const SCREENSHOT_DIR = join('artifacts', 'screenshots');
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Why the browser tests can't run here, or undefined when they can. With CI
 * set a missing browser is a failure, not a skip: CI must install it.
 * @example const skip = browserSkipReason(); test('...', { skip }, async () => {});
 */
export function browserSkipReason(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `${CHROMIUM_PATH} is missing (install it with .ci/browser-deps.sh)`;
  if (process.env.CI) throw new Error(`browser tests cannot run in CI: ${reason}`);
  console.log(`# skipping browser tests: ${reason}`);
  return reason;
}

/** @example const browser = await launchChromium(); */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/**
 * The bundled site served on loopback and one Chromium, for the tests of the
 * enclosing describe block: started before them, closed after them.
 * @example const env = browserSite(); test('...', async () => openVisit(env.browser, env.site.host));
 */
export function browserSite(): { site: RunningSite; browser: Browser } {
  const held = {} as { site: RunningSite; browser: Browser };
  before(async () => {
    held.site = await startSite();
    held.browser = await launchChromium();
  });
  after(async () => {
    await held.browser?.close();
    await held.site?.close();
  });
  return held;
}

/** One reader's tab, with everything it logged and requested. */
export interface Visit {
  context: BrowserContext;
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
  /** Every document URL the tab landed on, in order. */
  visited: string[];
}

/**
 * Open a tab that records console errors, uncaught exceptions, requests to
 * other hosts and every page it lands on.
 * @example const visit = await openVisit(browser, site.host, { viewport: PHONE });
 */
export async function openVisit(browser: Browser, host: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  const visit: Visit = { context, page, consoleErrors: [], foreignRequests: [], visited: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') visit.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => visit.consoleErrors.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'about:') return;
    if (url.host !== host) visit.foreignRequests.push(req.url());
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visit.visited.push(frame.url());
  });
  return visit;
}

let axeSource: string | undefined;

/**
 * axe-core's WCAG 2.2 AA violations on `url`. The site's CSP (rightly) forbids
 * inline scripts, so axe runs in its own CSP-bypassing context; the reader's
 * own tab keeps the real policy, so a CSP violation there is still an error.
 * @example assert.deepEqual(await axeViolations(browser, url), []);
 */
export async function axeViolations(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<string[]> {
  axeSource ??= readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const context = await browser.newContext({ viewport: DESKTOP, ...options, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const w = window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
      };
      const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} at ${v.nodes
            .slice(0, 3)
            .map((n) => JSON.stringify(n.target))
            .join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
      );
    }, AXE_TAGS);
    return violations.map((v) => `${new URL(url).pathname}: ${v}`);
  } finally {
    await context.close();
  }
}

/**
 * The checks every test ends with: no console errors, no foreign requests,
 * and no accessibility violation on any page the tab landed on.
 * @example await finishVisit(browser, visit);
 */
export async function finishVisit(browser: Browser, visit: Visit): Promise<void> {
  try {
    assert.deepEqual(visit.consoleErrors, [], 'the browser console shows errors');
    assert.deepEqual(visit.foreignRequests, [], 'the page requested another host');
    const pages = [...new Set(visit.visited.map((u) => u.replace(/#.*$/, '')))].filter((u) => u.startsWith('http'));
    assert.ok(pages.length > 0, 'the tab landed on no page');
    const violations: string[] = [];
    for (const url of pages) violations.push(...(await axeViolations(browser, url)));
    assert.deepEqual(violations, [], 'axe-core reports WCAG 2.2 AA violations');
  } finally {
    await visit.context.close();
  }
}

/**
 * A full-page screenshot in artifacts/screenshots/ (git-ignored), for people to look at.
 * @example await saveScreenshot(page, 'review-phone');
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
