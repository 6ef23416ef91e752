/**
 * (b) Requests per second for /apps/imessage over HTTP on loopback: the real
 * server (a child process, SQLite) beside nginx serving the same bytes as a
 * static file, measured by autocannon in the same run; plus the server's
 * peak memory (RSS).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { z } from 'zod';
import { peakRssMiB, round, startChild, stopChild, type BenchResult } from './lib.ts';

const PATH = '/apps/imessage';
const CONNECTIONS = 50;
const SECONDS = 10;
const ROUNDS = 2;

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
function autocannon(url: string, seconds: number): Promise<AutocannonReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/autocannon/autocannon.js', '-c', String(CONNECTIONS), '-d', String(seconds), '--json', url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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

export async function runHttpBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-http-'));
  const notes: string[] = [
    `autocannon -c ${CONNECTIONS} -d ${SECONDS}, best of ${ROUNDS} alternating rounds after a 3 s warm-up each; nginx with 1 worker (the app is 1 process)`,
  ];
  const sitePort = await freePort();
  const server = await startChild(
    process.execPath,
    ['bin/privacydefend.js', 'serve', '--port', String(sitePort), '--host', '127.0.0.1', '--db', join(dir, 'site.db')],
    /is serving/,
  );
  let nginx: Awaited<ReturnType<typeof startChild>> | undefined;
  try {
    const pid = server.pid ?? 0;
    const siteUrl = `http://127.0.0.1:${sitePort}${PATH}`;
    const response = await fetch(siteUrl);
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`${PATH} answered ${response.status}`);
    const rssIdle = peakRssMiB(pid);

    let nginxUrl: string | undefined;
    const nginxPath = nginxBinary();
    if (nginxPath) {
      const nginxPort = await freePort();
      mkdirSync(join(dir, 'root', 'apps'), { recursive: true });
      writeFileSync(join(dir, 'root', PATH), body);
      writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, nginxPort));
      nginx = spawn(nginxPath, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
      await waitForPort(nginxPort);
      nginxUrl = `http://127.0.0.1:${nginxPort}${PATH}`;
    } else {
      notes.push('nginx is not installed (bash .ci/browser-deps.sh --bench): no baseline');
    }

    let best: AutocannonReport | undefined;
    let bestNginx: AutocannonReport | undefined;
    await autocannon(siteUrl, 3);
    if (nginxUrl) await autocannon(nginxUrl, 3);
    for (let i = 0; i < ROUNDS; i++) {
      const r = await autocannon(siteUrl, SECONDS);
      if (!best || r.requests.average > best.requests.average) best = r;
      if (nginxUrl) {
        const n = await autocannon(nginxUrl, SECONDS);
        if (!bestNginx || n.requests.average > bestNginx.requests.average) bestNginx = n;
      }
    }
    if (!best) throw new Error('no measurement');
    return {
      name: 'http',
      figures: {
        'page bytes': body.length,
        'app req/s': round(best.requests.average),
        'app latency p50, ms': best.latency.p50,
        'app latency p99, ms': best.latency.p99,
        'app errors + non-2xx': best.errors + best.non2xx,
        'nginx req/s': bestNginx ? round(bestNginx.requests.average) : null,
        'nginx latency p50, ms': bestNginx ? bestNginx.latency.p50 : null,
        'app / nginx': bestNginx ? round(best.requests.average / bestNginx.requests.average) : null,
        'app RSS after start + 1 request, MiB': rssIdle,
        'app peak RSS under load, MiB': peakRssMiB(pid),
      },
      goals: { 'app / nginx': '≥ 0.7' },
      notes,
    };
  } finally {
    if (nginx) await stopChild(nginx);
    await stopChild(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
