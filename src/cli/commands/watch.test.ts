/**
 * End to end, on both backends: a document changes on a local server,
 * `privacydefend watch --once` runs as a subprocess, and the re-check notice
 * is on the review page, in the API and in the feed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { importDataset } from '../../dataset/import.ts';
import { openStore, type OpenStoreOptions } from '../../store/index.ts';
import { backends, dropTestDatabases } from '../../store/test-backends.ts';
import { page, policyHtml, startTestServer, type TestServer } from '../../watch/test-server.ts';
import { createApp } from '../../web/app.tsx';
import { SiteData } from '../../web/site-data.ts';
import { longDate } from '../../web/views/format.ts';

const root = new URL('../../..', import.meta.url).pathname;
const bin = join(root, 'bin/privacydefend.js');
const QUOTE =
  'Signal is designed to never collect or store any sensitive information. Signal messages and calls cannot be accessed by us or other third parties because they are always end-to-end encrypted, private, and secure.';

function watchOnce(db: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'watch', '--once', '--gap', '0', '--interval', '0.0001', ...db], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: '', PRIVACYDEFEND_WATCH_ALLOW_PRIVATE: '1' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

/** data/ with no watched documents but Signal's privacy policy, served by `server`. */
function datasetWatching(server: TestServer, dir: string): string {
  const data = join(dir, 'data');
  cpSync(join(root, 'data'), data, { recursive: true });
  for (const file of readdirSync(join(data, 'apps'))) {
    const path = join(data, 'apps', file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^documents:\n(?: {2}- .*\n)+/m, ''));
  }
  const signal = join(data, 'apps/signal.yaml');
  const url = `${server.origin}/legal/privacy`;
  const text = readFileSync(signal, 'utf8')
    .replace(/^(privacyPolicyUrls: .*\n)/m, `$1documents:\n  - { id: privacy-policy, kind: privacy-policy, url: ${url} }\n`)
    .replace(/(\n {2}signal-gdpr:\n {4}url: )\S+/, `$1${url}`);
  assert.match(text, new RegExp(`signal-gdpr:\\n {4}url: ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
  writeFileSync(signal, text);
  // The local server stands in for Signal's own site, so the source rules count it as the vendor.
  const hosts = join(data, 'source-hosts.yaml');
  writeFileSync(hosts, `${readFileSync(hosts, 'utf8')}  - { host: ${new URL(server.origin).hostname}, class: vendor, name: "Signal (test server)" }\n`);
  return data;
}

after(dropTestDatabases);

it('watch refuses a bad option, naming it, and changes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-watch-args-'));
  try {
    const bad = await watchOnce(['--db', join(dir, 'pd.db'), '--timeout', 'soon']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--timeout must be a positive number, not "soon"/);
    assert.deepEqual(readdirSync(dir), [], 'no database was created');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const backend of backends) {
  describe(`watch --once end to end on ${backend.name}`, { skip: backend.skip }, () => {
    let server: TestServer;
    let dir: string;
    before(async () => {
      server = await startTestServer();
      dir = mkdtempSync(join(tmpdir(), 'pd-watch-'));
    });
    after(async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('a changed policy whose quote disappeared shows as a re-check on the page, in the API and in the feed', async () => {
      const options: OpenStoreOptions = backend.name === 'sqlite' ? { sqlitePath: join(dir, 'pd.db') } : await backend.freshDatabase();
      const dbArgs = options.databaseUrl !== undefined ? ['--database', options.databaseUrl] : ['--db', options.sqlitePath ?? ''];
      const store = await openStore(options);
      try {
        await store.migrate();
        await importDataset(store, datasetWatching(server, dir), { author: 'test', note: 'test import' });

        server.routes.set('/robots.txt', page('User-agent: *\nDisallow: /admin/\n', 'text/plain'));
        server.routes.set(
          '/legal/privacy',
          page(policyHtml([QUOTE, 'We keep your phone number to register your account.']), 'text/html; charset=utf-8', '"a"'),
        );
        const first = await watchOnce(dbArgs);
        assert.equal(first.code, 0, first.err);
        assert.match(first.out, /signal\/privacy-policy: changed: first version stored/);

        const site = new SiteData(store, 0);
        const app = createApp({ site, siteUrl: 'https://privacydefend.test' });
        const before = await (await app.request('/apps/signal')).text();
        assert.doesNotMatch(before, /being re-checked/, 'no notice while the policy holds the quote');

        server.routes.set(
          '/legal/privacy',
          page(
            policyHtml(['Signal may now keep some information about how you use the app.', 'We keep your phone number to register your account.']),
            'text/html; charset=utf-8',
            '"b"',
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 600)); // past the 0.36 s interval
        const policyRequests = () => server.requests.filter((r) => r.path === '/legal/privacy').length;
        const fetchedBefore = policyRequests();
        // Two watchers at once: with PostgreSQL they share one job queue; with SQLite each is a separate pass.
        const runs = backend.name === 'postgres' ? await Promise.all([watchOnce(dbArgs), watchOnce(dbArgs)]) : [await watchOnce(dbArgs)];
        for (const run of runs) assert.equal(run.code, 0, run.err);
        assert.match(runs.map((r) => r.out).join('\n'), /signal\/privacy-policy: changed: text changed: version 2 stored; \d+ fact\(s\) queued/);
        if (backend.name === 'postgres') assert.equal(policyRequests() - fetchedBefore, 1, 'two watcher processes fetched the document once');

        const today = longDate(new Date().toISOString());
        const html = await (await app.request('/apps/signal')).text();
        assert.match(html, new RegExp(`The privacy policy</a> changed on <time datetime="[^"]+">${today}</time> — this review is being re-checked\\.`));

        const api = (await (await app.request('/api/v1/apps/signal')).json()) as {
          documents: { id: string; status: string; lastChecked: string | null; lastChanged: string | null }[];
          recheck: { document: string; changedAt: string; facts: string[]; reason: string; missingQuotes: string[] }[];
        };
        assert.equal(api.documents[0]?.id, 'privacy-policy');
        assert.equal(api.documents[0]?.status, 'changed');
        assert.ok(api.documents[0]?.lastChanged);
        const [item] = api.recheck;
        assert.equal(item?.document, 'privacy-policy');
        assert.deepEqual(item?.missingQuotes, ['signal-gdpr']);
        assert.ok(item?.facts.includes('encryption.e2ee.content'), `facts: ${item?.facts.join(', ')}`);

        const changes = (await (await app.request('/api/v1/changes/documents')).json()) as { data: { slug: string; diff: string; facts: string[] }[] };
        assert.equal(changes.data[0]?.slug, 'signal');
        assert.match(changes.data[0]?.diff ?? '', /^-Signal is designed to never collect/m);

        const feed = await (await app.request('/feed/documents.xml')).text();
        assert.match(feed, /<title>Signal: privacy-policy changed<\/title>/);
        assert.match(feed, /Facts being re-checked: [^<]*encryption\.e2ee\.content/);
      } finally {
        await store.close();
      }
    });
  });
}
