/**
 * The real site for browser tests and benchmarks: the bundled dataset (or any
 * data folder) imported into a fresh SQLite file, served by the real Hono app
 * on 127.0.0.1 at a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openStore } from '../../src/store/index.ts';
import { importDataset } from '../../src/dataset/import.ts';
import { SiteData } from '../../src/web/site-data.ts';
import { createApp } from '../../src/web/app.tsx';

export interface RunningSite {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:40123 */
  origin: string;
  host: string;
  close(): Promise<void>;
}

/**
 * Import `dataDir` into a temporary SQLite file and serve the site on loopback.
 * @example const site = await startSite(); await fetch(`${site.origin}/apps/signal`); await site.close();
 */
export async function startSite(dataDir = 'data'): Promise<RunningSite> {
  const dir = mkdtempSync(join(tmpdir(), 'privacydefend-site-'));
  const store = await openStore({ sqlitePath: join(dir, 'site.db') });
  await store.migrate();
  await importDataset(store, dataDir, { author: 'browser test', note: `Imported from ${dataDir}` });
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
