/**
 * (b) Requests per second over HTTP on loopback for a review page
 * (/apps/imessage) and the review API (/api/v1/apps/signal), identity and
 * gzip (and the page in brotli, which nginx-light can't serve): the real
 * server (a child process, SQLite) beside nginx serving the same bytes as
 * static files (gzip_static on, over the .gz bytes the app sent), measured by
 * autocannon in the same run, each baseline checked first to answer 200 with
 * the same encoding and bytes; plus the server's peak memory (RSS).
 * BENCH_HTTP_BASE=<folder of another built checkout> also runs that build's
 * server (its own copy of the data) in the same rounds, checked first to
 * answer the same status, headers (Date aside) and bytes: an interleaved A/B
 * of two builds' CPU per response.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { get as httpGet } from 'node:http';
import { execFileSync, spawn } from 'node:child_process';
import { z } from 'zod';
import { median, peakRssMiB, round, startChild, stopChild, type BenchResult, type Figure } from './lib.ts';

const PAGE = '/apps/imessage';
const API = '/api/v1/apps/signal';
const CONNECTIONS = 50;
/** Short rounds, many pairs: on a machine whose load swings, the median of the pairs' ratios is steadier than any one round. */
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 6);

const AutocannonReport = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  throughput: z.object({ average: z.number() }),
  non2xx: z.number(),
  errors: z.number(),
});
type AutocannonReport = z.infer<typeof AutocannonReport>;

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on 127.0.0.1:${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** autocannon in its own process, so the load generator never shares an event loop with what it measures. */
function autocannon(url: string, seconds: number, coding = ''): Promise<AutocannonReport> {
  return new Promise((resolve, reject) => {
    const headers = coding ? ['-H', `Accept-Encoding=${coding}`] : [];
    const child = spawn(
      process.execPath,
      ['node_modules/autocannon/autocannon.js', '-c', String(CONNECTIONS), '-d', String(seconds), ...headers, '--json', url],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err}`));
      try {
        resolve(AutocannonReport.parse(JSON.parse(out)));
      } catch (e) {
        reject(new Error(`autocannon's report could not be read: ${String(e)}\n${out.slice(0, 500)}`));
      }
    });
  });
}

function nginxConfig(prefix: string, port: number): string {
  return `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  gzip off;
  gzip_static on;
  gzip_vary on;
  etag on;
  server {
    listen 127.0.0.1:${port};
    root ${prefix}/root;
    location / { try_files $uri =404; }
  }
}
`;
}

function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

interface Case {
  name: string;
  path: string;
  /** Accept-Encoding sent ('' for none). */
  coding: '' | 'gzip' | 'br';
  /** nginx can serve it (nginx-light has gzip_static, not brotli). */
  nginx: boolean;
  goal?: string;
}

/** CPU time so far of every thread of these processes, ns (/proc/<pid>/task/<tid>/schedstat); 0 off Linux. */
function cpuNs(pids: readonly number[]): number {
  let ns = 0;
  for (const pid of pids) {
    try {
      for (const tid of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // gone, or not Linux
    }
  }
  return ns;
}

/** nginx's master and its workers (the children of the master). */
function nginxPids(master: number): number[] {
  try {
    const children = readFileSync(`/proc/${master}/task/${master}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return [master, ...children];
  } catch {
    return [master];
  }
}

/** One autocannon round and the server's CPU time per response in it (µs, all of the server's threads). */
async function measured(url: string, seconds: number, coding: string, pids: readonly number[]): Promise<{ report: AutocannonReport; cpuUs: number }> {
  const before = cpuNs(pids);
  const report = await autocannon(url, seconds, coding);
  const cpuUs = (cpuNs(pids) - before) / 1000 / Math.max(1, report.requests.total);
  return { report, cpuUs };
}

/** BENCH_HTTP_CASES="api gzip,page gzip" runs only those cases (by name). */
const ONLY = process.env.BENCH_HTTP_CASES?.split(',').map((c) => c.trim());
/** BENCH_HTTP_BASE=<folder of another built checkout>: its server runs in the same rounds too (see the top of this file). */
const BASE = process.env.BENCH_HTTP_BASE;
/** With a base build, both servers name one site URL (the default is their own origin, which differs by port). */
const SITE_URL = BASE ? ['--site-url', 'https://bench.example'] : [];

const ALL_CASES: Case[] = [
  { name: 'page', path: PAGE, coding: '', nginx: true, goal: '≥ 0.7' },
  { name: 'page gzip', path: PAGE, coding: 'gzip', nginx: true, goal: '≥ 1.0' },
  { name: 'page br', path: PAGE, coding: 'br', nginx: false },
  { name: 'api', path: API, coding: '', nginx: true, goal: '≥ 0.7' },
  { name: 'api gzip', path: API, coding: 'gzip', nginx: true, goal: '≥ 1.0' },
];
const CASES = ONLY ? ALL_CASES.filter((c) => ONLY.includes(c.name)) : ALL_CASES;

interface Answer {
  status: number;
  encoding: string | undefined;
  /** Every header but Date, in the order sent. */
  headers: string;
  body: Buffer;
}

/** One raw GET (no decompression), to check what a server answers. */
function rawGet(url: string, coding: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers: coding ? { 'Accept-Encoding': coding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const encoding = res.headers['content-encoding'];
        const headers: string[] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          if (res.rawHeaders[i]?.toLowerCase() !== 'date') headers.push(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}`);
        resolve({
          status: res.statusCode ?? 0,
          encoding: typeof encoding === 'string' ? encoding : undefined,
          headers: headers.join('\n'),
          body: Buffer.concat(chunks),
        });
      });
    });
    req.on('error', reject);
  });
}

export async function runHttpBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  // nginx's worker runs as another user when started by root: it must be able to read the files.
  chmodSync(dir, 0o755);
  const notes: string[] = [
    `autocannon -c ${CONNECTIONS} -d ${SECONDS}, ${ROUNDS} rounds, app and nginx alternating within each case after a 3 s warm-up each, each pair's ratio taken and the median ratio reported (the best rounds' figures beside it); nginx with 1 worker (the app is 1 process), gzip_static on over the app's own .gz bytes`,
    `uptime before: ${uptime()}`,
  ];
  const sitePort = await freePort();
  if (BASE) {
    // Both builds serve copies of one database, so that their pages (which show the import's dates) can be compared byte for byte.
    execFileSync(process.execPath, ['bin/privacydefend.js', 'import', '--db', join(dir, 'site.db')], { stdio: 'ignore' });
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(join(dir, `site.db${suffix}`))) copyFileSync(join(dir, `site.db${suffix}`), join(dir, `base.db${suffix}`));
  }
  const server = await startChild(
    process.execPath,
    ['bin/privacydefend.js', 'serve', '--port', String(sitePort), '--host', '127.0.0.1', '--db', join(dir, 'site.db'), ...SITE_URL],
    /is serving/,
  );
  let nginx: Awaited<ReturnType<typeof startChild>> | undefined;
  let base: Awaited<ReturnType<typeof startChild>> | undefined;
  try {
    const pid = server.pid ?? 0;
    const siteOrigin = `http://127.0.0.1:${sitePort}`;
    const served = new Map<string, Answer>();
    for (const c of CASES) {
      const answer = await rawGet(`${siteOrigin}${c.path}`, c.coding);
      if (answer.status !== 200) throw new Error(`${c.path} answered ${answer.status}`);
      if ((answer.encoding ?? '') !== c.coding) throw new Error(`${c.path} with Accept-Encoding "${c.coding}" came as "${answer.encoding ?? 'identity'}"`);
      served.set(`${c.path} ${c.coding}`, answer);
    }
    // nginx's try_files needs the identity file beside a .gz one, also when BENCH_HTTP_CASES picked only gzip cases.
    for (const path of new Set(CASES.map((c) => c.path))) {
      if (!served.has(`${path} `)) served.set(`${path} `, await rawGet(`${siteOrigin}${path}`, ''));
    }
    const rssIdle = peakRssMiB(pid);

    let baseOrigin: string | undefined;
    if (BASE) {
      const basePort = await freePort();
      base = await startChild(
        process.execPath,
        [join(BASE, 'bin/privacydefend.js'), 'serve', '--port', String(basePort), '--host', '127.0.0.1', '--db', join(dir, 'base.db'), ...SITE_URL],
        /is serving/,
      );
      baseOrigin = `http://127.0.0.1:${basePort}`;
      // The other build must answer what this one does: same status, headers (Date aside) and bytes.
      for (const c of CASES) {
        const mine = served.get(`${c.path} ${c.coding}`);
        const theirs = await rawGet(`${baseOrigin}${c.path}`, c.coding);
        if (!mine || theirs.status !== mine.status || theirs.headers !== mine.headers || !theirs.body.equals(mine.body))
          throw new Error(`the base build's ${c.path} (${c.coding || 'identity'}) differs from this build's:\n${theirs.headers}\n--\n${mine?.headers}`);
      }
      notes.push(`base build ${BASE} checked: same status, headers (Date aside) and bytes as this build for every case`);
    }

    let nginxOrigin: string | undefined;
    const nginxPath = nginxBinary();
    if (nginxPath) {
      const nginxPort = await freePort();
      const files = [
        ...CASES.filter((x) => x.nginx).map((c) => ({ path: c.path, coding: c.coding })),
        ...[...new Set(CASES.map((c) => c.path))].map((path) => ({ path, coding: '' })),
      ];
      for (const c of files) {
        const answer = served.get(`${c.path} ${c.coding}`);
        if (!answer) continue;
        const file = join(dir, 'root', c.path) + (c.coding === 'gzip' ? '.gz' : '');
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, answer.body);
      }
      writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, nginxPort));
      nginx = spawn(nginxPath, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
      await waitForPort(nginxPort);
      nginxOrigin = `http://127.0.0.1:${nginxPort}`;
      // The baseline must answer what the app answers: same status, same encoding, same bytes.
      for (const c of CASES.filter((x) => x.nginx)) {
        const mine = served.get(`${c.path} ${c.coding}`);
        const theirs = await rawGet(`${nginxOrigin}${c.path}`, c.coding);
        if (!mine || theirs.status !== 200 || (theirs.encoding ?? '') !== c.coding || !theirs.body.equals(mine.body))
          throw new Error(
            `nginx's ${c.path} (${c.coding || 'identity'}) is not the app's: status ${theirs.status}, encoding ${theirs.encoding}, ${theirs.body.length} bytes; nginx's log: ${readFileSync(join(dir, 'error.log'), 'utf8').slice(-1000)}`,
          );
      }
      notes.push('nginx checked: 200, same Content-Encoding and the same bytes as the app for every case');
    } else {
      notes.push('nginx is not installed (bash .ci/browser-deps.sh --bench): no baseline');
    }

    const figures: Record<string, Figure> = {};
    const goals: Record<string, string> = {};
    for (const c of CASES) {
      const url = `${siteOrigin}${c.path}`;
      const other = nginxOrigin && c.nginx ? `${nginxOrigin}${c.path}` : undefined;
      let best: AutocannonReport | undefined;
      let bestNginx: AutocannonReport | undefined;
      const ratios: number[] = [];
      let appFailures = 0;
      let nginxFailures = 0;
      const appCpu: number[] = [];
      const nginxCpu: number[] = [];
      const nginxProcesses = nginx?.pid ? nginxPids(nginx.pid) : [];
      const baseUrl = baseOrigin ? `${baseOrigin}${c.path}` : undefined;
      const baseCpu: number[] = [];
      const baseRatios: number[] = [];
      const baseCpuRatios: number[] = [];
      let baseFailures = 0;
      await autocannon(url, 3, c.coding);
      if (baseUrl) await autocannon(baseUrl, 3, c.coding);
      if (other) await autocannon(other, 3, c.coding);
      for (let i = 0; i < ROUNDS; i++) {
        // With a base build, which of the two goes first alternates from round to round.
        const baseFirst = baseUrl !== undefined && i % 2 === 1;
        const baseRound = async () => {
          if (!baseUrl || !base?.pid) return undefined;
          const m = await measured(baseUrl, SECONDS, c.coding, [base.pid]);
          baseCpu.push(m.cpuUs);
          baseFailures += m.report.errors + m.report.non2xx;
          return m;
        };
        const early = baseFirst ? await baseRound() : undefined;
        const { report: r, cpuUs } = await measured(url, SECONDS, c.coding, [pid]);
        const b = baseFirst ? early : await baseRound();
        if (b) {
          baseRatios.push(r.requests.average / b.report.requests.average);
          baseCpuRatios.push(cpuUs / b.cpuUs);
        }
        appCpu.push(cpuUs);
        appFailures += r.errors + r.non2xx;
        if (!best || r.requests.average > best.requests.average) best = r;
        if (other) {
          const { report: n, cpuUs: nginxUs } = await measured(other, SECONDS, c.coding, nginxProcesses);
          nginxCpu.push(nginxUs);
          nginxFailures += n.errors + n.non2xx;
          if (!bestNginx || n.requests.average > bestNginx.requests.average) bestNginx = n;
          ratios.push(r.requests.average / n.requests.average);
        }
      }
      if (!best) throw new Error('no measurement');
      const bytes = served.get(`${c.path} ${c.coding}`)?.body.length ?? 0;
      figures[`${c.name}: ${c.path} bytes`] = bytes;
      figures[`${c.name}: app req/s`] = round(best.requests.average);
      figures[`${c.name}: app p50 / p99 ms`] = `${best.latency.p50} / ${best.latency.p99}`;
      figures[`${c.name}: app errors + non-2xx, all rounds`] = appFailures;
      // The server's own CPU per response (all its threads): what one response costs it, which the machine's load moves far less than req/s.
      figures[`${c.name}: app CPU µs per response, median of rounds`] = round(median(appCpu));
      figures[`${c.name}: app CPU µs per response, each round`] = appCpu.map((x) => round(x)).join(', ');
      if (baseUrl) {
        figures[`${c.name}: base CPU µs per response, median of rounds`] = round(median(baseCpu));
        figures[`${c.name}: base CPU µs per response, each round`] = baseCpu.map((x) => round(x)).join(', ');
        figures[`${c.name}: app CPU ÷ base CPU per response, median of pairs (each pair)`] =
          `${round(median(baseCpuRatios))} (${baseCpuRatios.map((x) => round(x)).join(', ')})`;
        figures[`${c.name}: app / base req/s, median of pairs`] = round(median(baseRatios));
        figures[`${c.name}: base errors + non-2xx, all rounds`] = baseFailures;
      }
      if (other) {
        figures[`${c.name}: nginx req/s`] = bestNginx ? round(bestNginx.requests.average) : null;
        figures[`${c.name}: nginx errors + non-2xx, all rounds`] = nginxFailures;
        figures[`${c.name}: app / nginx, best rounds`] = bestNginx ? round(best.requests.average / bestNginx.requests.average) : null;
        figures[`${c.name}: app / nginx`] = ratios.length > 0 ? round(median(ratios)) : null;
        figures[`${c.name}: app / nginx, each pair`] = ratios.map((x) => round(x)).join(', ');
        figures[`${c.name}: nginx CPU µs per response, median of rounds`] = nginxCpu.length > 0 ? round(median(nginxCpu)) : null;
        // Above 1 when the app spends less CPU per response than nginx: the req/s ratio a server given a whole core would reach.
        figures[`${c.name}: nginx CPU / app CPU per response`] = nginxCpu.length > 0 ? round(median(nginxCpu) / median(appCpu)) : null;
        if (c.goal) goals[`${c.name}: app / nginx`] = c.goal;
      }
    }
    notes.push(`uptime after: ${uptime()}`);
    return {
      name: 'http',
      figures: {
        ...figures,
        'app RSS after start + 1 request each, MiB': rssIdle,
        'app peak RSS under load, MiB': peakRssMiB(pid),
      },
      goals,
      notes,
    };
  } finally {
    if (nginx) await stopChild(nginx);
    if (base) await stopChild(base);
    await stopChild(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The machine's load as `uptime` prints it. */
export function uptime(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return 'uptime unavailable';
  }
}
