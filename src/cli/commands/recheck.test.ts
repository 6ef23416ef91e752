/**
 * `privacydefend recheck list|close` as a subprocess, on both backends: a
 * re-check item the watcher queued is listed, closed with a note, and gone from
 * the review page and the API; bad arguments are refused and change nothing.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { bundledStore, TEST_SITE_URL } from '../../../test/support/site.ts';
import type { DocumentCheckRecord, OpenStoreOptions } from '../../store/index.ts';
import { backends, dropTestDatabases } from '../../store/test-backends.ts';
import { createApp } from '../../web/app.tsx';
import { SiteData } from '../../web/site-data.ts';

const root = new URL('../../..', import.meta.url).pathname;
const bin = join(root, 'bin/privacydefend.js');

function recheck(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'recheck', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', PRIVACYDEFEND_EDITOR: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

function check(at: string, text: string, previousHash: string | null): DocumentCheckRecord {
  return {
    slug: 'signal',
    documentId: 'privacy-policy',
    url: 'https://signal.org/legal/',
    checkedAt: new Date(at),
    status: 'changed',
    httpStatus: 200,
    error: null,
    etag: null,
    lastModified: null,
    failures: 0,
    nextCheckAt: new Date(Date.parse(at) + 86_400_000),
    version: {
      text,
      hash: `sha-${text.length}`,
      contentType: 'text/html',
      previousHash,
      diff: previousHash === null ? null : `+${text}`,
      rechecks: previousHash === null ? [] : [{ reason: 'The privacy policy changed.', facts: ['sharing.sellsData'], missingQuotes: ['signal-gdpr'] }],
    },
  };
}

after(dropTestDatabases);

for (const backend of backends) {
  describe(`recheck list|close on ${backend.name}`, { skip: backend.skip }, () => {
    it('lists an open item, closes it with a note, and the page and the API stop showing it', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pd-recheck-'));
      const options: OpenStoreOptions = backend.name === 'sqlite' ? { sqlitePath: join(dir, 'pd.db') } : await backend.freshDatabase();
      const db = options.databaseUrl !== undefined ? ['--database', options.databaseUrl] : ['--db', options.sqlitePath ?? ''];
      const store = await bundledStore(options);
      try {
        const first = await store.recordDocumentCheck(check('2026-12-01T09:00:00Z', 'Signal collects nothing.', null));
        const changed = await store.recordDocumentCheck(check('2026-12-01T10:00:00Z', 'Signal collects a little.', first.version?.hash ?? null));
        const id = changed.rechecks[0]?.id;
        assert.ok(id !== undefined);
        const app = createApp({ site: new SiteData(store, 0), siteUrl: TEST_SITE_URL });
        assert.match(await (await app.request('/apps/signal')).text(), /this review is being re-checked/);

        const listed = await recheck(['list', ...db]);
        assert.equal(listed.code, 0, listed.err);
        assert.match(listed.err, new RegExp(`^database: ${backend.name} `), 'it says which database it used');
        assert.match(listed.out, new RegExp(`^#${id} signal/privacy-policy changed 2026-12-01T10:00:00.000Z: open\\n {4}facts: sharing\\.sellsData\\n`, 'm'));
        assert.match(listed.out, /quotes no longer found: signal-gdpr/);
        assert.match(listed.out, /^1 open re-check item\(s\)$/m);

        const refused = [
          [['close', String(id), ...db], /close needs --note TEXT/],
          [['close', 'abc', '--note', 'x', ...db], /the item id must be a whole number ≥ 1, not "abc"/],
          [['close', String(id), '--note', ' \n ', ...db], /close needs --note TEXT/],
          [['close', String(id), '--note', 'a\u0007b', ...db], /--note: .*control character/],
          [['close', String(id), '--note', 'ok', '--author', 'A\u001b[31mnn', ...db], /--author: contains the control character/],
          [['shut', ...db], /unknown subcommand "shut"/],
        ] as const;
        for (const [args, message] of refused) {
          const r = await recheck([...args]);
          assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
          assert.match(r.err, message);
          assert.doesNotMatch(r.err, /\u001b/, 'control characters are printed escaped');
        }
        assert.equal((await store.recheckItems())[0]?.closed, null, 'the refused commands changed nothing');

        const closed = await recheck(['close', String(id), '--note', 'Only the wording changed; the facts stand.', '--author', 'Ann', ...db]);
        assert.equal(closed.code, 0, closed.err);
        assert.match(closed.out, new RegExp(`closed #${id} \\(signal/privacy-policy\\) as Ann`));
        assert.deepEqual((await store.recheckItems())[0]?.closed && { by: 'Ann', note: 'Only the wording changed; the facts stand.' }, {
          by: 'Ann',
          note: 'Only the wording changed; the facts stand.',
        });

        assert.doesNotMatch(await (await app.request('/apps/signal')).text(), /being re-checked/, 'the page drops the notice');
        const api = (await (await app.request('/api/v1/apps/signal')).json()) as { recheck: unknown[] };
        assert.deepEqual(api.recheck, [], 'the API lists no open item');

        const again = await recheck(['close', String(id), '--note', 'again', ...db]);
        assert.equal(again.code, 1);
        assert.match(again.err, new RegExp(`#${id} was already closed \\S+ by Ann; nothing changed`));
        const missing = await recheck(['close', '999999', '--note', 'x', ...db]);
        assert.equal(missing.code, 1);
        assert.match(missing.err, /there is no re-check item #999999/);

        const open = await recheck(['list', ...db]);
        assert.match(open.out, /^0 open re-check item\(s\)$/m);
        assert.doesNotMatch(open.out, /^#/m);
        const all = await recheck(['list', '--all', '--app', 'signal', ...db]);
        assert.match(
          all.out,
          new RegExp(
            `^#${id} signal/privacy-policy changed [^:]+:\\d\\d:\\d\\d\\.\\d+Z: closed \\S+ by Ann: Only the wording changed; the facts stand\\.$`,
            'm',
          ),
        );
        assert.match(all.out, /^0 open re-check item\(s\), 1 closed for signal$/m);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
