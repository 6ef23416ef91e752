/** Test support: the bundled dataset imported into an in-memory SQLite store, served by the real app. */
import { openStore, type Store } from '../../store/index.ts';
import { importDataset } from '../../dataset/import.ts';
import { SiteData } from '../site-data.ts';
import { createApp } from '../app.tsx';

export const SITE_URL = 'http://privacydefend.test';

export interface TestApi {
  store: Store;
  app: ReturnType<typeof createApp>;
  /** GET a path and parse its JSON body. */
  get(path: string, headers?: Record<string, string>): Promise<{ res: Response; body: unknown }>;
  close(): Promise<void>;
}

/**
 * A running app over the bundled data (imported once).
 * @example const t = await testApi(); const { res, body } = await t.get('/api/v1/apps'); await t.close();
 */
export async function testApi(): Promise<TestApi> {
  const store = await openStore({ sqlitePath: ':memory:' });
  await store.migrate();
  await importDataset(store, 'data', { author: 'test', note: 'first import' });
  const app = createApp({ site: new SiteData(store, 0), siteUrl: SITE_URL });
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
