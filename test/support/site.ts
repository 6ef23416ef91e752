/** A real app over a real (in-memory SQLite) store holding the bundled data. */
import { openStore, type Store } from '../../src/store/index.ts';
import { importDataset } from '../../src/dataset/import.ts';
import { SiteData } from '../../src/web/site-data.ts';
import { createApp } from '../../src/web/app.tsx';

export const TEST_SITE_URL = 'https://privacydefend.test';

export async function bundledSite(): Promise<{ store: Store; site: SiteData; app: ReturnType<typeof createApp> }> {
  const store = await openStore({ sqlitePath: ':memory:' });
  await store.migrate();
  await importDataset(store, new URL('../../data', import.meta.url).pathname, { author: 'test', note: 'test import', at: new Date('2026-12-01T12:00:00Z') });
  const site = new SiteData(store, 0);
  return { store, site, app: createApp({ site, siteUrl: TEST_SITE_URL }) };
}
