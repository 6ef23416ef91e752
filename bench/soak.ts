/**
 * Soak: the real server (a child process, SQLite, the bundled data) under wrk
 * at 256 connections for 60 s over the main routes, on loopback only. Passes
 * when wrk saw 0 errors (connect, read, write, timeout, non-2xx/3xx) and the
 * server's resident memory stayed bounded (below RSS_LIMIT_MIB, and the
 * second half of the run grew it by less than 10 %). Prints the figures.
 * Not part of `npm test`; run it with `node --import tsx bench/soak.ts`
 * (SOAK_SECONDS and SOAK_CONNECTIONS change the defaults).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, uptime } from './http.ts';
import { round, startChild, stopChild } from './lib.ts';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 256);
const THREADS = 2;
const RSS_LIMIT_MIB = 1024;
const ROUTES = [
  '/',
  '/apps/signal',
  '/apps/imessage',
  '/apps/whatsapp',
  '/categories/messaging',
  '/compare/signal-vs-whatsapp',
  '/search?q=signal',
  '/methodology',
  '/api/v1/apps',
  '/api/v1/apps/signal',
  '/api/v1/apps?category=messaging&sort=score',
  '/api/v1/search?q=mail',
  '/feed.xml',
  '/badge/signal.svg',
  '/sitemap.xml',
  '/apps',
  '/api/v1/categories',
];
/** The 404 page gets a wrk run of its own (wrk counts every 404 as a status error): only its timeouts and socket errors count. */
const NOT_FOUND_ROUTE = '/apps/no-such-app';
/** SOAK_ACCEPT_ENCODING=gzip (or br) sends that Accept-Encoding on every request, as browsers do; unset sends none. */
const ACCEPT_ENCODING = process.env.SOAK_ACCEPT_ENCODING ?? '';

/** wrk's Lua: one route after another per connection, and a JSON summary at the end. */
const wrkScript = (routes: readonly string[]) => `
local paths = { ${routes.map((r) => `"${r}"`).join(', ')} }
local headers = { ${ACCEPT_ENCODING ? `["Accept-Encoding"] = "${ACCEPT_ENCODING}"` : ''} }
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('SOAK {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50_ms":%.2f,"p99_ms":%.2f,"max_ms":%.2f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
`;

interface WrkSummary {
  requests: number;
  duration_us: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

function rssMiB(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) / 1024;
  } catch {
    return null;
  }
}

function runWrk(url: string, script: string, seconds = SECONDS): Promise<WrkSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', ['-t', String(THREADS), '-c', String(CONNECTIONS), '-d', `${seconds}s`, '--timeout', '10s', '-s', script, url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('error', (err) => reject(new Error(`wrk could not start (${err.message}); install it with apt-get install wrk`)));
    child.once('exit', (code) => {
      const line = /^SOAK (\{.*\})$/m.exec(out)?.[1];
      if (code !== 0 || !line) return reject(new Error(`wrk exited ${code}:\n${out}`));
      resolve(JSON.parse(line) as WrkSummary);
    });
  });
}

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'pd-soak-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await startChild(
    process.execPath,
    ['bin/privacydefend.js', 'serve', '--host', '127.0.0.1', '--port', String(port), '--db', join(work, 'soak.db'), '--site-url', origin],
    /is serving/,
    120_000,
  );
  try {
    for (const route of ROUTES) {
      const res = await fetch(origin + route);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${route} answered ${res.status} before the soak; fix the route list`);
    }
    const pid = server.pid ?? 0;
    const script = join(work, 'routes.lua');
    writeFileSync(script, wrkScript(ROUTES));
    const notFoundScript = join(work, 'not-found.lua');
    writeFileSync(notFoundScript, wrkScript([NOT_FOUND_ROUTE]));
    const missing = await fetch(origin + NOT_FOUND_ROUTE);
    await missing.arrayBuffer();
    if (missing.status !== 404) throw new Error(`${NOT_FOUND_ROUTE} answered ${missing.status}, not 404`);
    const uptimeBefore = uptime();
    const samples: number[] = [];
    const startRss = rssMiB(pid) ?? 0;
    const sampler = setInterval(() => {
      const r = rssMiB(pid);
      if (r !== null) samples.push(r);
    }, 1000);
    const summary = await runWrk(origin, script).finally(() => clearInterval(sampler));
    const notFound = await runWrk(origin, notFoundScript, Math.max(5, Math.round(SECONDS / 4)));
    const errors =
      summary.connect + summary.read + summary.write + summary.status + summary.timeout + notFound.connect + notFound.read + notFound.write + notFound.timeout;
    const half = samples.slice(Math.floor(samples.length / 2));
    const peak = Math.max(startRss, ...samples);
    const midRss = half[0] ?? startRss;
    const endRss = samples.at(-1) ?? startRss;
    const growth = midRss > 0 ? (Math.max(...half, midRss) - midRss) / midRss : 0;
    const seconds = summary.duration_us / 1e6;
    const figures = {
      'uptime before': uptimeBefore,
      'uptime after': uptime(),
      connections: CONNECTIONS,
      seconds: round(seconds),
      routes: ROUTES.length,
      requests: summary.requests,
      'req/s': round(summary.requests / seconds),
      'MB/s': round(summary.bytes / 1e6 / seconds),
      'p50 ms': summary.p50_ms,
      'p99 ms': summary.p99_ms,
      'max ms': summary.max_ms,
      errors: { connect: summary.connect, read: summary.read, write: summary.write, 'non-2xx/3xx': summary.status, timeout: summary.timeout },
      'Accept-Encoding': ACCEPT_ENCODING || '(none)',
      '404 page': {
        path: NOT_FOUND_ROUTE,
        seconds: round(notFound.duration_us / 1e6),
        requests: notFound.requests,
        'req/s': round(notFound.requests / (notFound.duration_us / 1e6)),
        'p99 ms': notFound.p99_ms,
        'max ms': notFound.max_ms,
        errors: { connect: notFound.connect, read: notFound.read, write: notFound.write, timeout: notFound.timeout },
        'answered 404 (all should)': notFound.status,
      },
      'RSS MiB': { start: round(startRss), 'mid-run': round(midRss), peak: round(peak), end: round(endRss), 'second-half growth': `${round(growth * 100)} %` },
    };
    console.log(JSON.stringify(figures, null, 2));
    const failures = [
      ...(errors > 0 ? [`${errors} errors`] : []),
      ...(peak > RSS_LIMIT_MIB ? [`peak RSS ${round(peak)} MiB is over ${RSS_LIMIT_MIB} MiB`] : []),
      ...(growth > 0.1 ? [`RSS grew ${round(growth * 100)} % in the second half`] : []),
    ];
    console.log(failures.length === 0 ? 'soak passed: 0 errors, RSS bounded' : `soak FAILED: ${failures.join('; ')}`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await stopChild(server);
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
