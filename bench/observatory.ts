/**
 * The Mozilla HTTP Observatory score of an HTTPS deployment, measured with the
 * Observatory's own scanner (@mdn/mdn-http-observatory, its `src/scan.js`
 * command, unmodified) on loopback:
 *
 * - a throwaway certificate authority (openssl) signs a certificate for
 *   `localhost`; the scanner trusts it through NODE_EXTRA_CA_CERTS, so its
 *   certificate checks pass as they would for a real certificate;
 * - a TLS front on localhost:443 (127.0.0.1 and ::1) passes requests and
 *   responses through unchanged, as a deployment's reverse proxy does, and
 *   localhost:80 answers every request with a 301 to https;
 * - behind it, in turn: the real server (`privacydefend serve`, a fresh SQLite
 *   database, SITE_URL https://localhost, so HSTS is on), and the static
 *   export (`privacydefend build`) served by a host that applies its
 *   `_headers` file the way Netlify and Cloudflare Pages do (every rule whose
 *   pattern matches the path adds its headers).
 *
 * The scanner always connects to ports 80 and 443, so this needs to bind them
 * (root, or CAP_NET_BIND_SERVICE); it says so and exits 1 when it cannot.
 *
 * The scanner is not a dependency in package.json: its install scripts
 * download Mozilla's CA bundle and Chromium's HSTS preload list, which fails
 * (and fails `npm ci`) on a machine that reaches only the npm registry. The
 * bench installs the pinned version on first use into bench/.observatory/
 * (git-ignored) with `--ignore-scripts`; the scan needs neither download
 * (it trusts the bench CA; localhost is on no preload list).
 * Run: `node --import tsx bench/observatory.ts`. Prints each target's score,
 * grade and every test's result; exits 1 when a score is under 120.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { freePort } from './http.ts';
import { startChild, stopChild } from './lib.ts';

const TARGET = 120;
const SCANNER = '@mdn/mdn-http-observatory@1.4.8';
const SCANNER_DIR = new URL('./.observatory/', import.meta.url).pathname;
const HOST = 'localhost';
const SITE_URL = `https://${HOST}`;

/** A CA and a `localhost` certificate it signed, valid two days. */
function makeCertificates(dir: string): { ca: string; key: Buffer; cert: Buffer } {
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=PrivacyDefend bench CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'site.key', '-out', 'site.csr', '-subj', `/CN=${HOST}`]);
  writeFileSync(
    join(dir, 'site.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n',
  );
  run(['x509', '-req', '-in', 'site.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'site.pem', '-days', '2', '-extfile', 'site.ext']);
  return { ca: join(dir, 'ca.pem'), key: readFileSync(join(dir, 'site.key')), cert: readFileSync(join(dir, 'site.pem')) };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Passes a request to the server on `port` and its response back, headers and body as they are (hop-by-hop headers aside). */
function proxyTo(port: number): Handler {
  return (req, res) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port, method: req.method, path: req.url, headers: { ...req.headers, host: HOST, 'x-forwarded-proto': 'https' } },
      (up) => {
        const headers = { ...up.headers };
        for (const h of ['connection', 'keep-alive', 'transfer-encoding']) delete headers[h];
        res.writeHead(up.statusCode ?? 502, headers);
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`bench proxy: ${err.message}`);
    });
    req.pipe(upstream);
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The rules of a _headers file: a pattern line, then indented `Name: value` lines. */
function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
        .join('.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** A static host for the export: files as they are, /x/ and /x as x/index.html, and the headers of every matching _headers rule. */
function staticHost(root: string): Handler {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  return (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', SITE_URL).pathname);
    const candidates = [path, join(path, 'index.html')].map((p) => normalize(join(root, p)));
    const file = candidates.find((f) => f.startsWith(root) && existsSync(f) && statSync(f).isFile());
    const headers: Record<string, string> = {};
    for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers[k] = v;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, headers).end();
      return;
    }
    const body = file ? readFileSync(file) : readFileSync(join(root, '404.html'));
    headers['Content-Type'] = TYPES[extname(file ?? '.html')] ?? 'application/octet-stream';
    res.writeHead(file ? 200 : 404, headers).end(req.method === 'HEAD' ? undefined : body);
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

/** localhost:443 serving `handler` over TLS and localhost:80 redirecting to it, on 127.0.0.1 and ::1. */
async function front(tls: { key: Buffer; cert: Buffer }, handler: Handler): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  const close = async () => {
    await Promise.all(servers.filter((s) => s.listening).map((s) => new Promise((resolve) => s.close(resolve))));
  };
  try {
    for (const host of ['127.0.0.1', '::1']) {
      const https = createHttpsServer(tls, handler);
      servers.push(https);
      await listen(https, 443, host);
      const http = createHttpServer((req, res) => res.writeHead(301, { Location: `${SITE_URL}${req.url ?? '/'}` }).end());
      servers.push(http);
      await listen(http, 80, host);
    }
  } catch (err) {
    await close();
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const hint = code === 'EACCES' ? '; the scanner only scans ports 80 and 443, so run this as root or with CAP_NET_BIND_SERVICE' : '';
    throw new Error(`cannot listen on localhost:443 and :80 (127.0.0.1 and ::1): ${code}${hint}`);
  }
  return close;
}

interface ScanOutput {
  scan: { score: number; grade: string; testsPassed: number; testsQuantity: number };
  tests: Record<string, { result: string; scoreModifier: number; pass: boolean }>;
  error?: string;
}

/** The Observatory's own command, trusting the bench CA. */
function observatoryScan(scanner: string, ca: string): Promise<ScanOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [scanner, HOST], { env: { ...process.env, NODE_EXTRA_CA_CERTS: ca }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      try {
        const parsed = JSON.parse(out) as ScanOutput;
        if (code !== 0 || parsed.error) reject(new Error(`the scanner failed: ${parsed.error ?? out}`));
        else resolve(parsed);
      } catch {
        reject(new Error(`the scanner exited ${code}:\n${out}`));
      }
    });
  });
}

function report(name: string, result: ScanOutput): number {
  console.log(`\n${name}: score ${result.scan.score}, grade ${result.scan.grade}, ${result.scan.testsPassed}/${result.scan.testsQuantity} tests passed`);
  for (const [test, t] of Object.entries(result.tests)) {
    console.log(`  ${t.pass ? 'pass' : 'FAIL'}  ${String(t.scoreModifier).padStart(3)}  ${test}: ${t.result}`);
  }
  return result.scan.score;
}

async function main(): Promise<number> {
  const pkgDir = join(SCANNER_DIR, 'node_modules', '@mdn', 'mdn-http-observatory');
  const wanted = SCANNER.slice(SCANNER.lastIndexOf('@') + 1);
  const installed = () =>
    existsSync(join(pkgDir, 'package.json')) ? (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version : undefined;
  if (installed() !== wanted) {
    console.log(`installing ${SCANNER} into ${SCANNER_DIR} (--ignore-scripts)`);
    execFileSync('npm', ['install', '--prefix', SCANNER_DIR, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', SCANNER], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const version = installed();
  // Without its install script the package lacks Chromium's HSTS preload list
  // and the scanner cannot start; localhost is on no preload list, so an
  // empty one gives the same results.
  const preload = join(pkgDir, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) {
    writeFileSync(preload, '{}\n');
    console.log('note: wrote an empty HSTS preload list (the install script that downloads it was skipped; localhost is on none)');
  }
  const work = mkdtempSync(join(tmpdir(), 'pd-observatory-'));
  const tls = makeCertificates(work);
  const scanner = join(pkgDir, 'src', 'scan.js');
  const scores: [string, number][] = [];
  console.log(`@mdn/mdn-http-observatory ${version}, scanning ${SITE_URL} through a TLS front on localhost:443 (http :80 redirects)`);
  try {
    const port = await freePort();
    const server = await startChild(
      process.execPath,
      ['bin/privacydefend.js', 'serve', '--host', '127.0.0.1', '--port', String(port), '--db', join(work, 'obs.db'), '--site-url', SITE_URL],
      /is serving/,
      180_000,
    );
    try {
      const close = await front(tls, proxyTo(port));
      try {
        scores.push(['server (privacydefend serve)', report('server (privacydefend serve)', await observatoryScan(scanner, tls.ca))]);
      } finally {
        await close();
      }
    } finally {
      await stopChild(server);
    }

    const out = join(work, 'site');
    execFileSync(
      process.execPath,
      ['bin/privacydefend.js', 'build', '--out', out, '--site-url', SITE_URL, '--brotli-quality', '1', '--db', join(work, 'obs.db')],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const close = await front(tls, staticHost(out));
    try {
      scores.push(['static export (_headers)', report('static export (_headers)', await observatoryScan(scanner, tls.ca))]);
    } finally {
      await close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const below = scores.filter(([, s]) => s < TARGET);
  console.log(below.length === 0 ? `\nboth score at least ${TARGET}` : `\nunder ${TARGET}: ${below.map(([n, s]) => `${n} ${s}`).join(', ')}`);
  return below.length === 0 ? 0 : 1;
}

process.exitCode = await main().catch((err: unknown) => {
  console.error(`observatory: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
});
