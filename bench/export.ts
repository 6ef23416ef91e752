/**
 * (d) Static export of N synthetic apps (default 10,000) with
 * `privacydefend build`, wall time and peak memory from /usr/bin/time -v,
 * beside Hugo building as many pages from the same synthetic data,
 * interleaved (build, Hugo, build, Hugo); then re-importing the unchanged
 * data, and `build --incremental` after one app's new revision (which files
 * it rewrote). The load average is recorded at each step.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { openStore } from '../src/store/index.ts';
import { spawnSync } from 'node:child_process';
import { syntheticReviews, writeSyntheticDataset } from './synthetic.ts';
import { loadDataset } from '../src/dataset/load.ts';
import { writeHugoSite } from './hugo-site.ts';
import { defaultCacheDir } from '../src/export/export-site.ts';
import { round, type BenchResult, type Figure } from './lib.ts';

const TIME = '/usr/bin/time';

interface Timed {
  ok: boolean;
  seconds: number;
  /** User + system CPU time of the process and its threads (and children it waited for). */
  cpuSeconds: number;
  peakMiB: number;
  output: string;
}

/** Run a command under GNU time -v: wall clock and peak RSS of the largest process. */
function timed(command: string, args: string[]): Timed {
  const result = spawnSync(TIME, ['-v', command, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const err = result.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(err);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : Number.NaN;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(err)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(err)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(err)?.[1];
  return {
    ok: result.status === 0,
    seconds: round(seconds),
    cpuSeconds: user === undefined || system === undefined ? Number.NaN : round(Number(user) + Number(system)),
    peakMiB: kb === undefined ? Number.NaN : round(Number(kb) / 1024),
    output: `${result.stdout ?? ''}${err}`.slice(-3000),
  };
}

/** Files and bytes under `dir`, and the pages (index.html) among them. */
function tally(dir: string, pageName: (name: string) => boolean): { files: number; bytes: number; pages: number; pageBytes: number } {
  const t = { files: 0, bytes: 0, pages: 0, pageBytes: 0 };
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        t.files++;
        t.bytes += s.size;
        if (pageName(name)) {
          t.pages++;
          t.pageBytes += s.size;
        }
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return t;
}

function buildExists(): boolean {
  return spawnSync(process.execPath, ['bin/privacydefend.js', 'build', '--help'], { encoding: 'utf8' }).status === 0;
}

/** The machine's load averages (1, 5, 15 min), as `uptime` prints them. */
function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

/** sha256 of every file under `dir`, by relative path, with its mtime. */
function fileStates(dir: string): Map<string, { hash: string; mtimeMs: number }> {
  const out = new Map<string, { hash: string; mtimeMs: number }>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), { hash: createHash('sha256').update(readFileSync(path)).digest('hex'), mtimeMs: statSync(path).mtimeMs });
  }
  return out;
}

/** Give one synthetic app a new revision (a changed note, as an editor's re-check would), straight through the store. */
async function reviseOneApp(db: string, slug: string): Promise<void> {
  const store = await openStore({ sqlitePath: db });
  try {
    const row = await store.getApp(slug);
    if (!row) throw new Error(`no app ${slug} in ${db}`);
    const facts = structuredClone(row.facts) as { review: { notes?: string } };
    facts.review.notes = `${facts.review.notes ?? ''} Re-checked for the benchmark.`.trim();
    const saved = await store.saveRevision({ ...row, facts }, { author: 'bench', note: 'Re-checked the policy (benchmark)' });
    if (!saved.created) throw new Error('the revision changed nothing');
  } finally {
    await store.close();
  }
}

const RUNS = 2;

/** The /compare/<a>-vs-<b> pages an export wrote, by its manifest (English only: Hugo writes each in three languages). */
function comparePairsOf(out: string): [string, string][] {
  const manifest = JSON.parse(readFileSync(join(out, '.privacydefend-manifest.json'), 'utf8')) as { urls?: Record<string, string> };
  return Object.keys(manifest.urls ?? {}).flatMap((url) => {
    const m = /^\/compare\/([a-z0-9-]+?)-vs-([a-z0-9-]+)$/.exec(url);
    return m?.[1] && m[2] ? [[m[1], m[2]] as [string, string]] : [];
  });
}

export async function runExportBench(count = Number(process.env.BENCH_EXPORT_APPS ?? 10_000)): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  // Each figure is also printed as soon as it is measured, so a run stopped half-way still shows what it got.
  const figures = new Proxy<Record<string, Figure>>(
    {},
    {
      set(target, key, value: Figure) {
        console.error(`export: ${String(key)} = ${value}`);
        target[String(key)] = value;
        return true;
      },
    },
  );
  figures.apps = count;
  figures['load at start (1/5/15 min)'] = load();
  const notes: string[] = [];
  try {
    if (!existsSync(TIME)) throw new Error(`${TIME} is missing (apt-get install time)`);
    if (!buildExists()) throw new Error('`privacydefend build` is missing: npm run build');
    // BENCH_EXPORT_DATA and BENCH_EXPORT_DB: a synthetic dataset of `count` apps (seed 1) already imported
    // into that SQLite file, to measure the build alone (no import figures; the incremental step adds a revision to it).
    const reuse =
      process.env.BENCH_EXPORT_DATA && process.env.BENCH_EXPORT_DB ? { data: process.env.BENCH_EXPORT_DATA, db: process.env.BENCH_EXPORT_DB } : undefined;
    const data = reuse?.data ?? join(dir, 'data');
    const reviews = reuse ? syntheticReviews(loadDataset('data').reviews, count, 1) : writeSyntheticDataset(data, count, 1);
    const db = reuse?.db ?? join(dir, 'site.db');

    if (reuse) notes.push(`import not measured: reused ${db}, already holding the ${count} synthetic apps of ${data}`);
    else {
      const imported = timed(process.execPath, ['bin/privacydefend.js', 'import', '--data', data, '--db', db]);
      if (!imported.ok) throw new Error(`import of the synthetic dataset failed:\n${imported.output}`);
      figures['import: wall, s'] = imported.seconds;
      figures['import: CPU (user + sys), s'] = imported.cpuSeconds;
      figures['import: peak RSS, MiB'] = imported.peakMiB;
      const again = timed(process.execPath, ['bin/privacydefend.js', 'import', '--data', data, '--db', db]);
      if (!again.ok || !/unchanged/.test(again.output)) throw new Error(`re-import failed or imported something:\n${again.output}`);
      figures['re-import unchanged: wall, s'] = again.seconds;
      figures['re-import unchanged: CPU (user + sys), s'] = again.cpuSeconds;
      figures['re-import unchanged: peak RSS, MiB'] = again.peakMiB;
    }

    const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' });
    const site = join(dir, 'hugo');
    if (hugo.status !== 0) notes.push('hugo is not installed (bash .ci/browser-deps.sh --bench): no baseline');
    const out = join(dir, 'site');
    // Interleaved: build, Hugo, build, Hugo — each pair under the same load.
    for (let run = 1; run <= RUNS; run++) {
      rmSync(out, { recursive: true, force: true });
      figures[`build ${run}: load before`] = load();
      const built = timed(process.execPath, ['bin/privacydefend.js', 'build', '--out', out, '--db', db, '--site-url', 'https://privacydefend.example']);
      if (!built.ok) throw new Error(`privacydefend build failed:\n${built.output}`);
      figures[`build ${run}: wall, s`] = built.seconds;
      figures[`build ${run}: CPU (user + sys), s`] = built.cpuSeconds;
      figures[`build ${run}: peak RSS, MiB`] = built.peakMiB;
      figures[`build ${run}: load after`] = load();
      // The same build without the .gz and .br copies, which Hugo doesn't write: the like-for-like figure.
      const bare = `${out}-bare`;
      rmSync(bare, { recursive: true, force: true });
      rmSync(defaultCacheDir(bare), { recursive: true, force: true });
      const none = timed(process.execPath, [
        'bin/privacydefend.js',
        'build',
        '--precompress',
        'none',
        '--out',
        bare,
        '--db',
        db,
        '--site-url',
        'https://privacydefend.example',
      ]);
      if (!none.ok) throw new Error(`privacydefend build --precompress none failed:\n${none.output}`);
      figures[`build --precompress none ${run}: wall, s`] = none.seconds;
      figures[`build --precompress none ${run}: CPU (user + sys), s`] = none.cpuSeconds;
      figures[`build --precompress none ${run}: peak RSS, MiB`] = none.peakMiB;
      figures[`build --precompress none ${run}: load after`] = load();
      if (run === RUNS) {
        const b = tally(bare, (n) => n === 'index.html');
        figures['build --precompress none: files'] = b.files;
        figures['build --precompress none: total, MiB'] = round(b.bytes / 1024 / 1024);
      }
      rmSync(bare, { recursive: true, force: true });
      rmSync(defaultCacheDir(bare), { recursive: true, force: true });
      if (hugo.status === 0) {
        // Hugo builds the same pages: the export's comparison pairs come from its manifest.
        if (run === 1) writeHugoSite(site, reviews, comparePairsOf(out));
        rmSync(join(site, 'public'), { recursive: true, force: true });
        const h = timed('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')]);
        if (!h.ok) throw new Error(`hugo failed:\n${h.output}`);
        const t = tally(join(site, 'public', 'apps'), (n) => n === 'index.html');
        // One page per app, and the list page apps/index.html (in English; as many under de/ and fr/).
        if (t.pages !== count + 1) throw new Error(`hugo wrote ${t.pages} pages under apps/, not ${count + 1}`);
        const all = tally(join(site, 'public'), (n) => n === 'index.html');
        figures[`hugo ${run}: wall, s`] = h.seconds;
        figures[`hugo ${run}: CPU (user + sys), s`] = h.cpuSeconds;
        figures[`hugo ${run}: peak RSS, MiB`] = h.peakMiB;
        figures[`hugo ${run}: load after`] = load();
        figures['hugo: files'] = all.files;
        figures['hugo: HTML pages'] = all.pages;
        figures['hugo: mean page, KiB'] = all.pages ? round(all.pageBytes / all.pages / 1024) : null;
        figures['hugo: total, MiB'] = round(all.bytes / 1024 / 1024);
      }
    }
    const t = tally(out, (n) => n === 'index.html');
    figures['build: files'] = t.files;
    figures['build: HTML pages'] = t.pages;
    figures['build: mean page, KiB'] = t.pages ? round(t.pageBytes / t.pages / 1024) : null;
    figures['build: total, MiB'] = round(t.bytes / 1024 / 1024);
    if (hugo.status === 0)
      notes.push(
        `${hugo.stdout.trim().split(' ').slice(0, 2).join(' ')}: in en/de/fr, each app's page (facts as Markdown sections, sources listed), the export's comparison pages (both apps' sections) and category pages, the list of apps; no API files, badges, feeds or compression (bench/hugo-site.ts)`,
      );

    // Incremental: one app gets a new revision, then build --incremental over the last export.
    const before = fileStates(out);
    const slug = reviews[Math.floor(reviews.length / 2)]?.slug ?? '';
    await reviseOneApp(db, slug);
    const inc = timed(process.execPath, [
      'bin/privacydefend.js',
      'build',
      '--incremental',
      '--out',
      out,
      '--db',
      db,
      '--site-url',
      'https://privacydefend.example',
    ]);
    if (!inc.ok) throw new Error(`privacydefend build --incremental failed:\n${inc.output}`);
    const after = fileStates(out);
    const changed = [...after].filter(([f, s]) => before.get(f)?.mtimeMs !== s.mtimeMs).map(([f]) => f);
    const sameBytesRewritten = changed.filter((f) => before.get(f)?.hash === after.get(f)?.hash && !f.startsWith('.privacydefend'));
    figures['incremental: wall, s'] = inc.seconds;
    figures['incremental: CPU (user + sys), s'] = inc.cpuSeconds;
    figures['incremental: peak RSS, MiB'] = inc.peakMiB;
    figures['incremental: files rewritten'] = changed.length;
    figures['incremental: rewritten with unchanged bytes'] = sameBytesRewritten.length;
    notes.push(
      `incremental: ${slug} revised; files rewritten include ${changed
        .filter((f) => !/\.(gz|br)$/.test(f))
        .slice(0, 12)
        .join(', ')}`,
    );
    figures['load at end (1/5/15 min)'] = load();
    notes.push(
      'build also writes .gz and .br copies of every file (not with --precompress none), the API responses, feed, sitemap, search index, downloads and badges; Hugo writes only the HTML pages',
    );
    return { name: 'export', figures, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
