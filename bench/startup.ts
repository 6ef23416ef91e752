/**
 * Start-up: `privacydefend serve` (what `npm start` runs) on the bundled
 * data, from spawning the process to its "is serving" line (listening) and to
 * its first 200 for / (the snapshot built and the home page rendered). The
 * first start imports data/ into the empty database; the later starts (the
 * goal: listening within 1 s) find it there. Polls every 10 ms. When the
 * bundle (dist/bundle, scripts/bundle.mjs) exists, the later starts alternate
 * between it (what bin/privacydefend.js runs) and the unbundled dist/cli/main.js.
 * Beside the wall times, the server's own CPU time until listening (all its
 * threads, from /proc), which the machine's load changes far less.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, uptime } from './http.ts';
import { median, round, type BenchResult } from './lib.ts';

const LATER_STARTS = Number(process.env.BENCH_STARTS ?? 10);

interface Start {
  listeningMs: number;
  first200Ms: number;
  /** The server's CPU time (all its threads, user + system) when it said it was listening: what the start costs, whatever the machine's load. */
  listeningCpuMs: number | null;
}

/** CPU time so far of every thread of a process, ms (/proc/<pid>/task/<tid>/schedstat, ns), or null off Linux. */
function cpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return null;
  }
}

/** How the server is started: the command (bundled when the bundle exists), or the compiled modules without the bundle. */
const BIN = ['bin/privacydefend.js'];
const UNBUNDLED = ['--input-type=module', '-e', "const { main } = await import('./dist/cli/main.js'); process.exitCode = await main(process.argv.slice(1));"];

async function startOnce(db: string, entry = BIN): Promise<Start> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [...entry, 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', db], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let listeningMs: number | undefined;
  let listeningCpuMs: number | null = null;
  let output = '';
  child.stdout.on('data', (c: Buffer) => {
    output += c.toString();
    if (listeningMs === undefined && /is serving/.test(output)) {
      listeningMs = performance.now() - t0;
      listeningCpuMs = cpuMs(child.pid);
    }
  });
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output}`);
      const status = await fetch(`http://127.0.0.1:${port}/`)
        .then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        })
        .catch(() => 0);
      if (status === 200) break;
      if (performance.now() - t0 > 120_000) throw new Error(`no 200 within 120 s:\n${output}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    const first200Ms = performance.now() - t0;
    return { listeningMs: listeningMs ?? first200Ms, first200Ms, listeningCpuMs };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function runStartupBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const before = uptime();
  try {
    const db = join(dir, 'start.db');
    const first = await startOnce(db);
    const bundled = existsSync('dist/bundle/main.js');
    const later: Start[] = [];
    const unbundled: Start[] = [];
    for (let i = 0; i < LATER_STARTS; i++) {
      later.push(await startOnce(db));
      if (bundled) unbundled.push(await startOnce(db, UNBUNDLED));
    }
    const listening = later.map((s) => s.listeningMs);
    const first200 = later.map((s) => s.first200Ms);
    const plain = unbundled.map((s) => s.listeningMs);
    const cpu = later.map((s) => s.listeningCpuMs).filter((c): c is number => c !== null);
    const plainCpu = unbundled.map((s) => s.listeningCpuMs).filter((c): c is number => c !== null);
    return {
      name: 'startup',
      figures: {
        'first start (imports data/): listening, ms': round(first.listeningMs),
        'first start: first 200 for /, ms': round(first.first200Ms),
        [`later starts (${LATER_STARTS}): listening, median ms`]: round(median(listening)),
        'later starts: listening, max ms': round(Math.max(...listening)),
        'later starts: first 200 for /, median ms': round(median(first200)),
        'later starts: first 200 for /, max ms': round(Math.max(...first200)),
        'later starts: CPU time until listening, median ms': cpu.length > 0 ? round(median(cpu)) : null,
        ...(bundled
          ? {
              'later starts without the bundle (interleaved): listening, median ms': round(median(plain)),
              'later starts without the bundle: listening, max ms': round(Math.max(...plain)),
              'later starts without the bundle: CPU time until listening, median ms': plainCpu.length > 0 ? round(median(plainCpu)) : null,
            }
          : {}),
      },
      goals: { [`later starts (${LATER_STARTS}): listening, median ms`]: '≤ 1000', 'later starts: listening, max ms': '≤ 1000' },
      notes: [
        `uptime before: ${before}`,
        `uptime after: ${uptime()}`,
        `${bundled ? 'bundled (dist/bundle)' : 'not bundled (no dist/bundle)'}; later starts: listening ${listening.map(Math.round).join(', ')} ms; first 200 ${first200.map(Math.round).join(', ')} ms`,
        ...(bundled ? [`without the bundle, interleaved: listening ${plain.map(Math.round).join(', ')} ms`] : []),
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
