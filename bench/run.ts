/**
 * Runs the benchmarks, each in a fresh process, prints a summary table and
 * writes bench/results/latest.json. Figures are printed, never asserted.
 *
 * Usage: npm run bench [-- render http export lighthouse]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import type { BenchResult } from './lib.ts';

const BenchResultShape = z.object({
  name: z.string(),
  figures: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  goals: z.record(z.string(), z.string()).optional(),
  notes: z.array(z.string()).optional(),
});

const BENCHES: Record<string, { about: string; run: () => Promise<BenchResult> }> = {
  render: { about: 'review page render from the store, cold and warm', run: async () => (await import('./render.tsx')).runRenderBench() },
  http: { about: 'req/s for /apps/imessage vs nginx, server peak RSS', run: async () => (await import('./http.ts')).runHttpBench() },
  export: { about: 'static export of 10,000 synthetic apps vs Hugo', run: async () => (await import('./export.ts')).runExportBench() },
  publish: { about: 'one change among 10,000 apps: commit to new page served', run: async () => (await import('./publish.ts')).runPublishBench() },
  compression: {
    about: 'gzip and brotli levels: size and time on the site responses',
    run: async () => (await import('./compression.ts')).runCompressionBench(),
  },
  'export-compression': {
    about: 'gzip levels and brotli qualities on the files of an export: time and size',
    run: async () => (await import('./export-compression.ts')).runCompressionBench(),
  },
  startup: { about: 'serve on the bundled data: spawn to listening and to the first 200', run: async () => (await import('./startup.ts')).runStartupBench() },
  'page-reader': {
    about: 'reading rendered review pages: parse5 against the own reader, CPU per page',
    run: async () => (await import('./page-reader.ts')).runPageReaderBench(),
  },
  lighthouse: { about: 'Lighthouse scores and gzipped transfer size', run: async () => (await import('./lighthouse.ts')).runLighthouseBench() },
};
const MARK = 'BENCH-RESULT ';

async function child(name: string): Promise<void> {
  const bench = BENCHES[name];
  if (!bench) throw new Error(`unknown benchmark "${name}"`);
  const result = await bench.run();
  console.log(`${MARK}${JSON.stringify(result)}`);
}

function parseResult(name: string, stdout: string): BenchResult | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) return undefined;
  const parsed = BenchResultShape.safeParse(JSON.parse(line.slice(MARK.length)));
  return parsed.success ? { ...parsed.data, name } : undefined;
}

function table(results: BenchResult[]): string {
  const rows: [string, string, string][] = [['benchmark', 'figure', 'value (goal)']];
  for (const r of results) {
    for (const [k, v] of Object.entries(r.figures)) rows.push([r.name, k, `${v === null ? '—' : String(v)}${r.goals?.[k] ? `  (goal ${r.goals[k]})` : ''}`]);
  }
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
  const line = (row: [string, string, string]) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' │ ');
  return [line(rows[0] ?? ['', '', '']), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...rows.slice(1).map(line)].join('\n');
}

async function main(args: string[]): Promise<number> {
  if (args[0] === '--child' && args[1]) {
    await child(args[1]);
    return 0;
  }
  const unknown = args.filter((a) => !(a in BENCHES));
  if (unknown.length > 0) {
    console.error(
      `unknown benchmark: ${unknown.join(', ')}\nchoose from: ${Object.entries(BENCHES)
        .map(([k, b]) => `\n  ${k.padEnd(11)} ${b.about}`)
        .join('')}`,
    );
    return 2;
  }
  const chosen = args.length > 0 ? args : Object.keys(BENCHES);
  const results: BenchResult[] = [];
  const failures: string[] = [];
  for (const name of chosen) {
    console.error(`running ${name}…`);
    const started = Date.now();
    const proc = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--child', name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = proc.status === 0 ? parseResult(name, proc.stdout) : undefined;
    if (!result) {
      failures.push(name);
      console.error(`${name} failed (exit ${proc.status}):\n${proc.stdout.slice(-2000)}`);
      continue;
    }
    console.error(`${name} done in ${Math.round((Date.now() - started) / 1000)} s\n${table([result])}\n`);
    results.push(result);
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version };
  console.log(`\n${table(results)}\n`);
  for (const r of results) for (const n of r.notes ?? []) console.log(`${r.name}: ${n}`);
  mkdirSync(join('bench', 'results'), { recursive: true });
  writeFileSync(join('bench', 'results', 'latest.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, results, failures }, null, 2)}\n`);
  console.log(`\nwritten to bench/results/latest.json${failures.length ? `; failed: ${failures.join(', ')}` : ''}`);
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
