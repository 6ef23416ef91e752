import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bundledSite } from '../../../test/support/site.ts';
import { catalogOf } from '../../domain/dataset.ts';
import type { Store } from '../../store/index.ts';
import type { WebApp } from '../app.tsx';
import { loadDataset } from '../../dataset/load.ts';

let store: Store;
let app: WebApp;
before(async () => {
  ({ store, app } = await bundledSite());
  // A revision that no longer parses (as after a format change without its upgrade),
  // written through the store's low-level import, which stores facts as given.
  const dataset = loadDataset(new URL('../../../data', import.meta.url).pathname);
  await store.importDataset(
    {
      catalog: catalogOf(dataset),
      apps: [
        {
          slug: 'broken-chat',
          name: 'Broken Chat',
          category: 'messaging',
          facts: { name: 42 },
          score: null,
          label: null,
          coverage: 0,
          rubricVersion: dataset.rubric.version,
          reviewedAt: '2026-11-28',
        },
      ],
    },
    { author: 'test', note: 'a revision the review schema refuses' },
  );
});
after(() => store.close());

test('one stored revision that no longer parses makes that app unavailable, not every page a 500', async () => {
  const broken = await app.request('/apps/broken-chat');
  assert.equal(broken.status, 503);
  assert.match(await broken.text(), /The Broken Chat review is temporarily unavailable/);
  for (const path of ['/', '/apps/signal', '/categories/messaging', '/api/v1/apps']) {
    const res = await app.request(path);
    assert.equal(res.status, 200, path);
  }
});
