/**
 * (d) Static export of N synthetic apps (default 10,000) with
 * `privacydefend build`, wall time and peak memory from /usr/bin/time -v,
 * beside Hugo building as many pages from the same synthetic data.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeSyntheticDataset } from './synthetic.ts';
import { writeHugoSite } from './hugo-site.ts';
import { round, type BenchResult, type Figure } from './lib.ts';

const TIME = '/usr/bin/time';

interface Timed {
  ok: boolean;
  seconds: number;
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
  return {
    ok: result.status === 0,
    seconds: round(seconds),
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

export async function runExportBench(count = Number(process.env.BENCH_EXPORT_APPS ?? 10_000)): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  const figures: Record<string, Figure> = { apps: count };
  const notes: string[] = [];
  try {
    if (!existsSync(TIME)) throw new Error(`${TIME} is missing (apt-get install time)`);
    const data = join(dir, 'data');
    const reviews = writeSyntheticDataset(data, count, 1);
    const db = join(dir, 'site.db');

    if (buildExists()) {
      const imported = timed(process.execPath, ['bin/privacydefend.js', 'import', '--data', data, '--db', db]);
      if (!imported.ok) throw new Error(`import of the synthetic dataset failed:\n${imported.output}`);
      figures['import: wall, s'] = imported.seconds;
      figures['import: peak RSS, MiB'] = imported.peakMiB;
      const out = join(dir, 'site');
      const built = timed(process.execPath, ['bin/privacydefend.js', 'build', '--out', out, '--db', db, '--site-url', 'https://privacydefend.example']);
      if (!built.ok) throw new Error(`privacydefend build failed:\n${built.output}`);
      const t = tally(out, (n) => n === 'index.html');
      figures['build: wall, s'] = built.seconds;
      figures['build: peak RSS, MiB'] = built.peakMiB;
      figures['build: files'] = t.files;
      figures['build: HTML pages'] = t.pages;
      figures['build: mean page, KiB'] = t.pages ? round(t.pageBytes / t.pages / 1024) : null;
      figures['build: total, MiB'] = round(t.bytes / 1024 / 1024);
      rmSync(out, { recursive: true, force: true });
    } else {
      notes.push('`privacydefend build` does not exist yet: no export figures');
    }

    const hugo = spawnSync('hugo', ['version'], { encoding: 'utf8' });
    if (hugo.status === 0) {
      const site = join(dir, 'hugo');
      writeHugoSite(site, reviews);
      const built = timed('hugo', ['--quiet', '--source', site, '--destination', join(site, 'public')]);
      if (!built.ok) throw new Error(`hugo failed:\n${built.output}`);
      const t = tally(join(site, 'public', 'apps'), (n) => n === 'index.html');
      figures['hugo: wall, s'] = built.seconds;
      figures['hugo: peak RSS, MiB'] = built.peakMiB;
      figures['hugo: app pages'] = t.pages;
      figures['hugo: mean page, KiB'] = t.pages ? round(t.pageBytes / t.pages / 1024) : null;
      notes.push(
        `${hugo.stdout.trim().split(' ').slice(0, 2).join(' ')}: one Markdown file per app (facts as sections, sources listed), one plain layout; no compression`,
      );
    } else {
      notes.push('hugo is not installed (bash .ci/browser-deps.sh --bench): no baseline');
    }
    notes.push('build also writes .gz and .br copies of every file, the API responses, feed, sitemap and badges; Hugo writes only the pages');
    return { name: 'export', figures, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
