/**
 * The one test-site fixture: the bundled dataset imported into a real store
 * and served by the real app, in memory (`bundledSite`, `testApi`) or over
 * HTTP on loopback (`startSite`, for the browser tests and benchmarks). Paths
 * resolve from this file, never from the working directory, and each call
 * builds its own store, so no test sees another's state.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { parse, stringify } from 'yaml';
import { importDataset } from '../../src/dataset/import.ts';
import { openStore, type OpenStoreOptions, type Store } from '../../src/store/index.ts';
import { createApp, type WebApp } from '../../src/web/app.tsx';
import { SiteData } from '../../src/web/site-data.ts';

export const TEST_SITE_URL = 'https://privacydefend.test';

/** The bundled data folder, found from this file. */
export const BUNDLED_DATA = new URL('../../data', import.meta.url).pathname;

/** When the fixtures' revisions are dated, so pages and histories are the same on every run. */
export const FIXTURE_TIME = new Date('2026-11-28T12:00:00Z');

/** The day the consistency checks take as today (no source may be read after it). */
export const FIXTURE_TODAY = '2026-12-02';

/**
 * A temporary data folder holding the bundled catalog (rubric, taxonomy,
 * categories, source policy, products) and the bundled reviews of
 * `categories` only, for tests whose cost grows with the number of apps and
 * whose point does not. Products keep naming their own review (`app`) only
 * when it is in the folder, and the calibration verdicts, which name apps of
 * every category, are left out.
 * @example const subset = await bundledSubset(['messaging', 'email']); const store = await bundledStore(undefined, subset.dir); await subset.remove();
 */
export async function bundledSubset(categories: readonly string[]): Promise<{ dir: string; apps: string[]; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'privacydefend-data-'));
  await mkdir(join(dir, 'apps'));
  for (const file of ['rubric.yaml', 'rubric-hashes.json', 'taxonomy.yaml', 'categories.yaml', 'source-hosts.yaml'])
    await copyFile(join(BUNDLED_DATA, file), join(dir, file));
  const apps: string[] = [];
  for (const name of (await readdir(join(BUNDLED_DATA, 'apps'))).sort()) {
    if (!name.endsWith('.yaml')) continue;
    const text = await readFile(join(BUNDLED_DATA, 'apps', name), 'utf8');
    const review = parse(text) as { slug?: unknown; category?: unknown };
    if (typeof review.category !== 'string' || !categories.includes(review.category)) continue;
    await writeFile(join(dir, 'apps', name), text);
    apps.push(String(review.slug));
  }
  if (apps.length === 0) throw new Error(`no bundled review is in the categories ${categories.join(', ')}`);
  const products = parse(await readFile(join(BUNDLED_DATA, 'products.yaml'), 'utf8')) as { products: { app?: string }[] };
  for (const product of products.products) if (product.app !== undefined && !apps.includes(product.app)) delete product.app;
  await writeFile(join(dir, 'products.yaml'), stringify(products, { lineWidth: 0 }));
  return { dir, apps, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A migrated store holding the bundled dataset (in-memory SQLite unless told otherwise).
 * @example const store = await bundledStore({ databaseUrl: await createTestDatabase() });
 */
export async function bundledStore(opts: OpenStoreOptions = { sqlitePath: ':memory:' }, dataDir = BUNDLED_DATA): Promise<Store> {
  const store = await openStore(opts);
  await store.migrate();
  await importDataset(store, dataDir, { author: 'test', note: 'test import', at: FIXTURE_TIME, today: FIXTURE_TODAY });
  return store;
}

/**
 * The real app over a store holding the bundled data, answering through app.request.
 * @example const { app, store } = await bundledSite(); const res = await app.request('/apps/signal'); await store.close();
 */
export async function bundledSite(opts?: OpenStoreOptions, dataDir = BUNDLED_DATA): Promise<{ store: Store; site: SiteData; app: WebApp }> {
  const store = await bundledStore(opts, dataDir);
  const site = new SiteData(store, 0);
  return { store, site, app: createApp({ site, siteUrl: TEST_SITE_URL }) };
}

export interface TestApi {
  store: Store;
  app: WebApp;
  /** GET a path and parse its JSON body. */
  get(path: string, headers?: Record<string, string>): Promise<{ res: Response; body: unknown }>;
  close(): Promise<void>;
}

/**
 * The bundled site for API tests: GET a path, get its status and parsed JSON.
 * @example const t = await testApi(); const { res, body } = await t.get('/api/v1/apps'); await t.close();
 */
export async function testApi(): Promise<TestApi> {
  const { store, app } = await bundledSite();
  return {
    store,
    app,
    async get(path, headers = {}) {
      const res = await app.request(path, { headers });
      const text = await res.text();
      const type = res.headers.get('content-type') ?? '';
      return { res, body: type.includes('json') && text !== '' ? JSON.parse(text) : text };
    },
    close: () => store.close(),
  };
}

export interface RunningSite {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:40123 */
  origin: string;
  host: string;
  close(): Promise<void>;
}

/**
 * Import `dataDir` into a temporary SQLite file and serve the site on loopback at a free port.
 * @example const site = await startSite(); await fetch(`${site.origin}/apps/signal`); await site.close();
 */
export async function startSite(dataDir = BUNDLED_DATA): Promise<RunningSite> {
  const dir = mkdtempSync(join(tmpdir(), 'privacydefend-site-'));
  const store = await bundledStore({ sqlitePath: join(dir, 'site.db') }, dataDir);
  // The app needs its origin for canonical links, known only once the port is.
  let handle: (req: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: (req) => handle(req), port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
  const port = (address satisfies AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const app = createApp({ site: new SiteData(store), siteUrl: origin });
  handle = (req) => app.fetch(req);
  return {
    origin,
    host: `127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
