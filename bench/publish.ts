/**
 * Publishing latency in the server: with 10,000 synthetic apps in the store
 * (BENCH_PUBLISH_APPS changes N), how long after one app's change commits
 * the server (a child process, SQLite, default settings: it rechecks the
 * data version every 250 ms, DATA_RECHECK_MS in src/cli/commands/serve.ts) serves the new page. Each round changes one
 * app, once as an approved edit does (Store.saveRevision) and once as an
 * import does (Store.importDataset of all N apps, one of them changed), and
 * polls the app's page every 20 ms until it shows the change. Also: the
 * time from spawning the server to its first 200 on a review page (the
 * snapshot of N apps built from scratch), and how long an unchanged page
 * and the changed app's API answer take right after a change.
 *
 * The store is filled with Store.importDataset directly (the synthetic
 * reviews are valid by construction): the import command's consistency
 * checks are bench/export.ts's business, not publishing's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { catalogOf } from '../src/domain/dataset.ts';
import { loadDataset } from '../src/dataset/load.ts';
import { revisionsOf } from '../src/dataset/import.ts';
import { openStore } from '../src/store/index.ts';
import { freePort } from './http.ts';
import { median, peakRssMiB, round, startChild, stopChild, type BenchResult } from './lib.ts';
import { syntheticReviews } from './synthetic.ts';

const APPS = Number(process.env.BENCH_PUBLISH_APPS ?? 10_000);
const ROUNDS = 3;
const POLL_MS = 20;

async function fetchText(url: string): Promise<{ status: number; text: string; ms: number }> {
  const t = performance.now();
  const res = await fetch(url);
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - t };
}

/** Poll until the page shows `marker`; the time from `since` to that answer. */
async function servedAfter(url: string, marker: string, since: number, timeoutMs = 120_000): Promise<number> {
  for (;;) {
    // A kept-alive connection the server closed while the bench was busy writing is retried, not fatal.
    const { status, text } = await fetchText(url).catch(() => ({ status: 0, text: '' }));
    if (status === 200 && text.includes(marker)) return performance.now() - since;
    if (performance.now() - since > timeoutMs) throw new Error(`${url} did not show "${marker}" within ${timeoutMs} ms (last status ${status})`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

export async function runPublishBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-publish-'));
  const dbPath = join(dir, 'publish.db');
  const notes: string[] = [
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  ];
  const real = loadDataset('data');
  const reviews = syntheticReviews(real.reviews, APPS, 1);
  const dataset = { ...real, reviews: reviews.map((r) => ({ ...r, file: `apps/${r.slug}.yaml` })) };
  const store = await openStore({ sqlitePath: dbPath });
  let server: Awaited<ReturnType<typeof startChild>> | undefined;
  try {
    await store.migrate();
    let t = performance.now();
    const revisions = revisionsOf(dataset);
    await store.importDataset({ catalog: catalogOf(dataset), apps: revisions }, { author: 'bench', note: 'synthetic' });
    const fillMs = performance.now() - t;

    const target = revisions[Math.floor(revisions.length / 2)];
    const other = revisions[Math.floor(revisions.length / 3)];
    if (!target || !other) throw new Error('no apps');
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    t = performance.now();
    server = await startChild(
      process.execPath,
      ['bin/privacydefend.js', 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', dbPath],
      /is serving/,
      600_000,
    );
    const listeningMs = performance.now() - t;
    let serverLog = '';
    const keep = (c: Buffer) => {
      serverLog = (serverLog + c.toString()).slice(-4000);
    };
    server.stdout?.on('data', keep);
    server.stderr?.on('data', keep);
    server.once('exit', (code, signal) => console.error(`the server exited (${code ?? signal}):\n${serverLog}`));
    const first = await fetchText(`${origin}/apps/${target.slug}`);
    if (first.status !== 200) throw new Error(`/apps/${target.slug} answered ${first.status}`);
    const firstPageMs = performance.now() - t;
    await fetchText(`${origin}/apps/${other.slug}`);

    const editMs: number[] = [];
    const importMs: number[] = [];
    const otherMs: number[] = [];
    const apiMs: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // An approved edit: one revision of one app.
      const row = await store.getApp(target.slug);
      if (!row) throw new Error(`no app ${target.slug}`);
      const marker = `Publishing bench, edit ${round}`;
      const facts = structuredClone(row.facts) as { review: { notes?: string } };
      facts.review.notes = `${marker}.`;
      await store.saveRevision({ ...row, facts }, { author: 'bench', note: marker });
      const committed = performance.now();
      editMs.push(await servedAfter(`${origin}/apps/${target.slug}`, marker, committed));
      otherMs.push((await fetchText(`${origin}/apps/${other.slug}`)).ms);
      apiMs.push((await fetchText(`${origin}/api/v1/apps/${target.slug}`)).ms);

      // An import of the whole dataset in which one app changed.
      const importMarker = `Publishing bench, import ${round}`;
      const changed = revisions.map((r) =>
        r.slug === target.slug
          ? { ...r, facts: { ...(r.facts as object), review: { ...(r.facts as { review: object }).review, notes: `${importMarker}.` } } }
          : r,
      );
      await store.importDataset({ catalog: catalogOf(dataset), apps: changed }, { author: 'bench', note: importMarker });
      const imported = performance.now();
      importMs.push(await servedAfter(`${origin}/apps/${target.slug}`, importMarker, imported));
    }
    return {
      name: 'publish',
      figures: {
        apps: APPS,
        'store filled (Store.importDataset), s': round(fillMs / 1000),
        'server spawn → listening, s': round(listeningMs / 1000),
        'server spawn → first review page 200, s': round(firstPageMs / 1000),
        'edit committed → new page served, median ms': round(median(editMs)),
        'edit committed → new page served, max ms': round(Math.max(...editMs)),
        'import committed → new page served, median ms': round(median(importMs)),
        'import committed → new page served, max ms': round(Math.max(...importMs)),
        'unchanged page right after a change, median ms': round(median(otherMs)),
        'changed app API right after a change, median ms': round(median(apiMs)),
        'server peak RSS, MiB': peakRssMiB(server.pid ?? 0),
      },
      goals: { 'edit committed → new page served, max ms': '≤ 2000', 'import committed → new page served, max ms': '≤ 2000' },
      notes: [
        ...notes,
        `each figure over ${ROUNDS} rounds; the server rechecks the data version every 250 ms, so up to 250 ms of each latency is that wait`,
        `edit rounds: ${editMs.map((x) => Math.round(x)).join(', ')} ms; import rounds: ${importMs.map((x) => Math.round(x)).join(', ')} ms`,
        `load average at end: ${loadavg()
          .map((x) => x.toFixed(2))
          .join(' ')}`,
      ],
    };
  } finally {
    if (server) await stopChild(server);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
