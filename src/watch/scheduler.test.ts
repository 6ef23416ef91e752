/** The long-running watcher: it checks due documents, reports failures and never throws; on PostgreSQL through the job queue. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { reviewWith } from '../../test/support/fixtures.ts';
import { openStore, type Store } from '../store/index.ts';
import { backends, dropTestDatabases } from '../store/test-backends.ts';
import type { CheckOutcome } from './check-document.ts';
import { enqueueDueDocuments, jobId, openJobQueue, runWatchJob } from './job-queue.ts';
import { startWatcher } from './scheduler.ts';
import { watchSettings } from './settings.ts';
import { page, policyHtml, startTestServer, type TestServer } from './test-server.ts';

after(dropTestDatabases);

let server: TestServer;
before(async () => {
  server = await startTestServer();
  server.routes.set('/privacy', page(policyHtml(['We never sell your data.'])));
});
after(() => server.close());

async function storeWithApp(options: Parameters<typeof openStore>[0]): Promise<Store> {
  const store = await openStore(options);
  await store.migrate();
  const review = reviewWith((r) => {
    r.documents = [
      { id: 'privacy-policy', kind: 'privacy-policy', url: `${server.origin}/privacy` },
      { id: 'terms', kind: 'terms', url: `${server.origin}/missing-terms` },
    ];
  });
  await store.saveRevision(
    {
      slug: review.slug,
      name: review.name,
      category: review.category,
      facts: review,
      score: null,
      label: null,
      coverage: 0.5,
      rubricVersion: '1',
      reviewedAt: review.review.reviewed,
    },
    { author: 'test', note: 'test' },
  );
  return store;
}

async function until(what: string, condition: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const settings = () => watchSettings({ allowPrivate: true, hostGapSeconds: 0, timeoutSeconds: 2, retrySeconds: 60 });

for (const backend of backends) {
  describe(`the long-running watcher on ${backend.name}`, { skip: backend.skip }, () => {
    it('checks every due document, records a failing one with its error, and keeps running', async () => {
      const options = await backend.freshDatabase();
      const store = await storeWithApp(options);
      const outcomes: CheckOutcome[] = [];
      const failures: Error[] = [];
      const watcher = await startWatcher(store, settings(), {
        databaseUrl: options.databaseUrl,
        report: (o) => outcomes.push(o),
        fail: (e) => failures.push(e),
        pollMs: 500,
      });
      try {
        await until('both documents checked', async () => (await store.documentStates()).length === 2);
        const states = await store.documentStates();
        assert.equal(states.find((s) => s.documentId === 'privacy-policy')?.lastStatus, 'changed');
        const terms = states.find((s) => s.documentId === 'terms');
        assert.equal(terms?.lastStatus, 'error');
        assert.match(terms?.lastError ?? '', /HTTP 404/);
        assert.deepEqual(failures, [], 'a document that fails is an outcome, not a crash');
        await new Promise((resolve) => setTimeout(resolve, 1200));
        assert.equal(outcomes.length, 2, 'nothing is fetched again before it is due');
      } finally {
        await watcher.stop();
        await store.close();
      }
    });
  });
}

describe('the job queue', { skip: backends[1]?.skip ?? 'no PostgreSQL backend' }, () => {
  it('makes one job per due check however often it is enqueued, and a job for a document no longer due does nothing', async () => {
    const options = await backends[1]?.freshDatabase();
    assert.ok(options?.databaseUrl);
    const store = await storeWithApp(options);
    const boss = await openJobQueue(options.databaseUrl, (e) => assert.fail(e));
    try {
      assert.equal(await enqueueDueDocuments(store, boss), 2);
      assert.equal(await enqueueDueDocuments(store, boss), 0, 'the same due checks are not enqueued twice');
      assert.equal(jobId('a', 'b', 'u', 'first'), jobId('a', 'b', 'u', 'first'));
      assert.notEqual(jobId('a', 'b', 'u', 'first'), jobId('a', 'b', 'u', '2026-12-02T00:00:00.000Z'));
      const data = { slug: 'example-chat', documentId: 'privacy-policy' };
      assert.equal((await runWatchJob(store, settings(), data))?.status, 'changed');
      assert.equal(await runWatchJob(store, settings(), data), undefined, 'checked already: skipped');
      await assert.rejects(runWatchJob(store, settings(), { nope: 1 }), /not \{ slug, documentId \}/);
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
  });
});
