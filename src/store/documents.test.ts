/** Watched-document versions and the re-check queue, once per backend. */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { DocumentCheckRecord } from './index.ts';
import { backends, dropTestDatabases, withStore } from './test-backends.ts';

after(dropTestDatabases);

const key = { slug: 'signal', documentId: 'privacy-policy' };

function check(at: string, overrides: Partial<DocumentCheckRecord> = {}): DocumentCheckRecord {
  return {
    ...key,
    url: 'https://signal.org/legal/',
    checkedAt: new Date(at),
    status: 'unchanged',
    httpStatus: 200,
    error: null,
    etag: '"v1"',
    lastModified: null,
    failures: 0,
    nextCheckAt: new Date(Date.parse(at) + 86_400_000),
    ...overrides,
  };
}

const version = (text: string, previousHash: string | null, rechecks: { reason: string; facts: string[]; missingQuotes: string[] }[] = []) => ({
  text,
  hash: `sha-${text.length}-${text.slice(0, 8)}`,
  contentType: 'text/html',
  previousHash,
  diff: previousHash === null ? null : `-old\n+${text}`,
  rechecks,
});

for (const backend of backends) {
  describe(`watched documents on ${backend.name}`, { skip: backend.skip }, () => {
    it('appends a version only when the text changed, keeps the diff, and queues re-checks with it', () =>
      withStore(backend, async (store) => {
        const before = await store.dataVersion();
        const first = await store.recordDocumentCheck(check('2026-11-01T00:00:00Z', { status: 'changed', version: version('Signal collects nothing.', null) }));
        assert.equal(first.version?.version, 1);
        assert.equal(first.version?.previousHash, null);
        assert.equal(first.version?.diff, null);
        assert.notEqual(await store.dataVersion(), before, 'a check bumps the data version');

        const same = await store.recordDocumentCheck(check('2026-11-02T00:00:00Z', { version: version('Signal collects nothing.', null) }));
        assert.equal(same.version, undefined, 'the same hash is not appended twice');

        const changedText = 'Signal collects your phone number.';
        const v1 = first.version?.hash ?? '';
        const second = await store.recordDocumentCheck(
          check('2026-11-03T00:00:00Z', {
            status: 'changed',
            version: version(changedText, v1, [{ reason: 'the text changed', facts: ['app.accountRequires'], missingQuotes: ['signal-gdpr'] }]),
          }),
        );
        assert.equal(second.version?.version, 2);
        assert.equal(second.version?.previousHash, v1);
        assert.equal(second.rechecks.length, 1);
        assert.deepEqual(second.rechecks[0]?.facts, ['app.accountRequires']);

        const latest = await store.latestDocumentVersion(key);
        assert.equal(latest?.text, changedText);
        assert.equal(latest?.diff, `-old\n+${changedText}`);
        assert.equal(latest?.httpStatus, 200);

        const [state] = await store.documentStates();
        assert.equal(state?.lastCheckedAt, '2026-11-03T00:00:00.000Z');
        assert.equal(state?.lastChangedAt, '2026-11-03T00:00:00.000Z');
        assert.equal(state?.etag, '"v1"');

        const changes = await store.documentChanges(10);
        assert.deepEqual(
          changes.map((c) => c.version),
          [2],
          'the first version is not a change',
        );
        const queue = await store.recheckItems();
        assert.equal(queue.length, 1);
        assert.equal(queue[0]?.versionId, second.version?.id);
        assert.deepEqual(queue[0]?.missingQuotes, ['signal-gdpr']);
      }));

    it('a failed check records the error and failure count, and leaves versions alone', () =>
      withStore(backend, async (store) => {
        await store.recordDocumentCheck(check('2026-11-01T00:00:00Z', { status: 'changed', version: version('Text one.', null) }));
        await store.recordDocumentCheck(check('2026-11-02T00:00:00Z', { status: 'error', httpStatus: 500, error: 'HTTP 500', failures: 1 }));
        const [state] = await store.documentStates();
        assert.equal(state?.lastStatus, 'error');
        assert.equal(state?.lastError, 'HTTP 500');
        assert.equal(state?.failures, 1);
        assert.equal(state?.lastChangedAt, null);
        assert.equal((await store.latestDocumentVersion(key))?.version, 1);
      }));

    it('a text seen before is stored once (content-addressed) even when it comes back as a new version', () =>
      withStore(backend, async (store) => {
        const a = version('Text A.', null);
        const r1 = await store.recordDocumentCheck(check('2026-11-01T00:00:00Z', { version: a }));
        const r2 = await store.recordDocumentCheck(check('2026-11-02T00:00:00Z', { version: version('Text B!', r1.version?.hash ?? null) }));
        const r3 = await store.recordDocumentCheck(check('2026-11-03T00:00:00Z', { version: { ...a, previousHash: r2.version?.hash ?? null, diff: 'back' } }));
        assert.equal(r3.version?.version, 3);
        assert.equal(r3.version?.hash, r1.version?.hash);
        assert.equal((await store.latestDocumentVersion(key))?.text, 'Text A.');
      }));

    it('an editor closes a re-check item once, with who, when and why; an unknown or closed item changes nothing', () =>
      withStore(backend, async (store) => {
        const v1 = await store.recordDocumentCheck(check('2026-11-01T00:00:00Z', { status: 'changed', version: version('Signal collects nothing.', null) }));
        const changed = await store.recordDocumentCheck(
          check('2026-11-03T00:00:00Z', {
            status: 'changed',
            version: version('Signal collects little.', v1.version?.hash ?? null, [
              { reason: 'the text changed', facts: ['sharing.sellsData'], missingQuotes: [] },
            ]),
          }),
        );
        const id = changed.rechecks[0]?.id ?? 0;
        assert.equal(changed.rechecks[0]?.closed, null, 'a new item is open');
        const before = await store.dataVersion();

        const closed = await store.closeRecheck(id, { by: 'Ann', note: 'Only the wording changed; the facts stand.', at: new Date('2026-11-04T08:00:00Z') });
        assert.deepEqual(closed.ok && closed.item.closed, { at: '2026-11-04T08:00:00.000Z', by: 'Ann', note: 'Only the wording changed; the facts stand.' });
        const afterClose = await store.dataVersion();
        assert.notEqual(afterClose, before, 'closing bumps the data version, so cached pages drop the notice');
        assert.deepEqual(
          (await store.recheckItems()).map((r) => [r.id, r.closed?.by]),
          [[id, 'Ann']],
          'the item stays in the queue, closed',
        );

        const again = await store.closeRecheck(id, { by: 'Bob', note: 'again' });
        assert.equal(again.ok, false);
        assert.equal(!again.ok && again.reason, 'already-closed');
        assert.equal((await store.recheckItems())[0]?.closed?.by, 'Ann', 'the first closing is kept');
        const missing = await store.closeRecheck(id + 1000, { by: 'Ann', note: 'x' });
        assert.deepEqual(missing, { ok: false, reason: 'not-found' });
        assert.equal(await store.dataVersion(), afterClose, 'refused closings write nothing');
        await assert.rejects(store.closeRecheck(0, { by: 'Ann', note: 'x' }), RangeError);
      }));
  });
}
