/**
 * The kept bytes of a cached response (wire.ts) against what Node's own
 * writeHead + end put on the wire for the same variant: the same bytes,
 * Date aside, for a page, its gzip copy, its 304 and a 404; the cases the
 * kept bytes don't cover (HEAD, HTTP/1.0, Connection: close) left to
 * writeHead; pipelined requests on one connection answered in order.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { CachedResponse, type Variant } from './response-cache.ts';
import { httpDate, KEEP_ALIVE_MS, Wire, writeWire } from './wire.ts';

const page = new CachedResponse(
  'v1',
  200,
  new Headers({
    'content-type': 'text/html; charset=UTF-8',
    'content-security-policy': "default-src 'none'; style-src 'self'",
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline; filename="page.html"',
  }),
  Buffer.from(`<!DOCTYPE html><title>Ünïcödé</title>${'<p>a paragraph of text</p>'.repeat(200)}`),
);
const missing = new CachedResponse(
  'v1',
  404,
  new Headers({ 'content-type': 'application/problem+json' }),
  Buffer.from(JSON.stringify({ title: 'x'.repeat(400) })),
);

describe('kept response bytes', () => {
  let server: Server;
  let port: number;
  const variants = new Map<string, { status: number; v: Variant; notModified?: boolean }>();
  /** What each request's writeWire answered (true: the kept bytes were written). */
  const wrote: boolean[] = [];

  before(async () => {
    variants.set('page', { status: 200, v: page.identity });
    variants.set('page-gzip', { status: 200, v: await page.variant('gzip') });
    variants.set('page-br', { status: 200, v: await page.variant('br') });
    variants.set('page-304', { status: 304, v: page.identity, notModified: true });
    variants.set('missing', { status: 404, v: missing.identity });
    server = createServer({ keepAliveTimeout: KEEP_ALIVE_MS }, (req: IncomingMessage, res: ServerResponse) => {
      const [, how, name] = (req.url ?? '').split('/');
      const chosen = variants.get(name ?? '');
      if (!chosen) return void res.writeHead(500).end();
      const { status, v, notModified } = chosen;
      if (how === 'wire') {
        const done = writeWire(res, status, notModified ? (v.notModifiedWire as Wire) : v.wire, Date.now());
        wrote.push(done);
        if (done) return;
      }
      res.writeHead(status, notModified ? v.notModifiedHead : v.head);
      if (req.method === 'HEAD' || notModified) res.end();
      else res.end(v.bytes);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    port = address.port;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  /** Send raw request bytes on a fresh connection and read until `responses` complete responses have come (or the server closed). */
  function exchange(request: string, responses = 1): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let got = Buffer.alloc(0);
      const complete = () => {
        let at = 0;
        for (let n = 0; n < responses; n++) {
          const end = got.indexOf('\r\n\r\n', at);
          if (end < 0) return false;
          const head = got.subarray(at, end).toString('latin1');
          const length = /\r\ncontent-length: (\d+)/i.exec(head);
          const bodyless = head.startsWith('HTTP/1.1 304') || request.startsWith('HEAD');
          at = end + 4 + (length && !bodyless ? Number(length[1]) : 0);
          if (got.length < at) return false;
        }
        return true;
      };
      socket.on('data', (chunk: Buffer) => {
        got = Buffer.concat([got, chunk]);
        if (complete()) {
          socket.destroy();
          resolve(got);
        }
      });
      socket.on('end', () => resolve(got));
      socket.on('error', reject);
      socket.write(request);
    });
  }
  const get = (path: string, extra = '', version = '1.1', method = 'GET') => exchange(`${method} ${path} HTTP/${version}\r\nHost: localhost\r\n${extra}\r\n`);
  const DATE = /\r\nDate: ([^\r]*)\r\n/;
  const withoutDate = (b: Buffer) => b.toString('latin1').replace(DATE, '\r\nDate: (a date)\r\n');

  it('are the bytes writeHead and end send, Date aside, for a page, its gzip and brotli copies, its 304 and a 404', async () => {
    for (const name of variants.keys()) {
      wrote.length = 0;
      const kept = await get(`/wire/${name}`);
      const node = await get(`/node/${name}`);
      assert.deepEqual(wrote, [true], `${name}: the kept bytes were written`);
      assert.equal(withoutDate(kept), withoutDate(node), name);
      const date = DATE.exec(kept.toString('latin1'))?.[1] ?? '';
      assert.match(date, /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/, name);
      assert.ok(Math.abs(Date.parse(date) - Date.now()) < 2_000, `${name}: ${date} is now`);
      assert.match(kept.toString('latin1'), /\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n/, name);
    }
    // The body is the variant's own bytes, non-ASCII and binary alike.
    const gz = await get('/wire/page-gzip');
    assert.ok(gz.subarray(gz.indexOf('\r\n\r\n') + 4).equals((await page.variant('gzip')).bytes));
  });

  it('leave HEAD, HTTP/1.0 and Connection: close to writeHead, which answers them as before', async () => {
    for (const [how, request] of [
      ['HEAD', () => get('/wire/page', '', '1.1', 'HEAD')],
      ['HTTP/1.0', () => get('/wire/page', '', '1.0')],
      ['Connection: close', () => get('/wire/page', 'Connection: close\r\n')],
    ] as const) {
      wrote.length = 0;
      const answer = (await request()).toString('latin1');
      assert.deepEqual(wrote, [false], how);
      assert.match(answer, /^HTTP\/1\.1 200 OK\r\n/, how);
      assert.match(answer, new RegExp(`\r\ncontent-length: ${page.identity.bytes.length}\r\n`), how);
    }
    assert.match((await get('/wire/page', 'Connection: close\r\n')).toString('latin1'), /\r\nConnection: close\r\n/);
  });

  it('answer pipelined requests on one connection in order', async () => {
    const request = (name: string) => `GET /wire/${name} HTTP/1.1\r\nHost: localhost\r\n\r\n`;
    const got = (await exchange(request('page') + request('missing') + request('page-gzip'), 3)).toString('latin1');
    const statuses = [...got.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1]);
    assert.deepEqual(statuses, ['200', '404', '200']);
    assert.ok(got.endsWith((await page.variant('gzip')).bytes.toString('latin1')));
  });

  it('refuse, when they are built, a header writeHead would refuse', () => {
    assert.throws(() => new Wire(200, ['x-bad', 'a\r\nb'], Buffer.alloc(1)), /Invalid character in header content/);
    assert.throws(() => new Wire(200, ['bad name', 'a'], Buffer.alloc(1)), /Header name must be a valid HTTP token/);
  });

  it('formats the Date as HTTP does, once per second', () => {
    assert.equal(httpDate(0), 'Thu, 01 Jan 1970 00:00:00 GMT');
    assert.equal(httpDate(1_796_183_999), new Date(1_796_183_999_000).toUTCString());
    const wire = new Wire(200, ['content-type', 'text/plain'], Buffer.from('hi'));
    assert.match(wire.at(0).toString('latin1'), /\r\nDate: Thu, 01 Jan 1970 00:00:00 GMT\r\n/);
    assert.match(wire.at(61_500).toString('latin1'), /\r\nDate: Thu, 01 Jan 1970 00:01:01 GMT\r\n/);
    assert.ok(wire.at(61_999).toString('latin1').endsWith('\r\n\r\nhi'));
  });
});
