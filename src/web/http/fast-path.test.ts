/**
 * The fast path (fast-path.ts) against Node's own http server in front of
 * the same app and cache: for plain cached GETs and for every request it
 * must leave to Node (hostile or odd ones included), a client sees the same
 * bytes from both, Date aside; pipelined requests stay in order across the
 * hand-over; a client that reads slowly gets every byte; close() ends idle
 * connections; and the fast path really answered the plain ones.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { bundledSite, TEST_SITE_URL } from '../../../test/support/site.ts';
import { createApp } from '../app.tsx';
import { SiteData } from '../site-data.ts';
import type { Store } from '../../store/index.ts';
import { FastServer, MAX_FAST_HEAD, parseFastRequest, type FastRequest } from './fast-path.ts';
import { cachedListener, fastAnswers } from './server.ts';
import { KEEP_ALIVE_MS } from './wire.ts';

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    }),
  );
}

/** Write `chunks` on one connection (a pause between them) and collect every byte until the server closes it. */
function exchange(port: number, chunks: readonly (string | Buffer)[], pauseMs = 30): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const got: Buffer[] = [];
    socket.on('data', (d) => got.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(got)));
    socket.on('connect', async () => {
      for (const [i, chunk] of chunks.entries()) {
        if (i > 0) await new Promise((r) => setTimeout(r, pauseMs));
        socket.write(chunk);
      }
    });
  });
}

/** The status lines in an exchange's bytes (each one follows the previous body directly). */
const statuses = (text: string) => text.match(/HTTP\/1\.1 \d{3} [A-Za-z ]*\r\n/g)?.map((l) => l.trim()) ?? [];

/** The bytes with every Date header's value blanked out. */
const undated = (b: Buffer) => b.toString('latin1').replace(/\r\nDate: [^\r]*/g, '\r\nDate: -');

const GET = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: privacydefend.test\r\n${headers}\r\n`;
/** The last request of an exchange asks Node to close, so the exchange ends. */
const CLOSE = 'GET /apps/signal HTTP/1.1\r\nHost: privacydefend.test\r\nConnection: close\r\n\r\n';

describe('the fast path', () => {
  let store: Store;
  let fast: FastServer;
  let node: Server;
  let fastPort: number;
  let nodePort: number;
  /** What the fast path answered for each request it parsed (true: the kept bytes). */
  const answered: { target: string; fast: boolean }[] = [];

  before(async () => {
    store = (await bundledSite()).store;
    // Data rechecked once a minute, as a server under load sees it (every 250 ms): answered from the snapshot held.
    const app = createApp({ site: new SiteData(store, 60_000), siteUrl: TEST_SITE_URL });
    const answer = fastAnswers(app);
    const spy = (request: FastRequest, again: boolean) => {
      const message = answer(request, again);
      if (!(message instanceof Promise)) answered.push({ target: request.target, fast: message !== undefined });
      return message;
    };
    fast = new FastServer({ keepAliveTimeout: KEEP_ALIVE_MS }, cachedListener(app), spy);
    node = createServer({ keepAliveTimeout: KEEP_ALIVE_MS }, cachedListener(app));
    fastPort = await listen(fast);
    nodePort = await listen(node);
    // Fill the cache, every coding included, through Node alone.
    for (const enc of ['', 'gzip', 'br']) {
      for (const path of ['/apps/signal', '/de/apps/signal', '/api/v1/apps/signal', '/no-such-page', '/', '/favicon.svg']) {
        await exchange(nodePort, [GET(path, enc ? `Accept-Encoding: ${enc}\r\n` : ''), CLOSE]);
      }
    }
    // Compression runs in the thread pool: give it a moment to finish.
    await new Promise((r) => setTimeout(r, 200));
  });

  after(async () => {
    await new Promise((resolve) => fast.close(resolve));
    await new Promise((resolve) => node.close(resolve));
    await store.close();
  });

  /** The same exchange against both servers: the same bytes, Date aside. */
  async function same(chunks: readonly (string | Buffer)[]): Promise<string> {
    const viaNode = undated(await exchange(nodePort, chunks));
    const viaFast = undated(await exchange(fastPort, chunks));
    assert.equal(viaFast, viaNode);
    return viaFast;
  }

  it('answers plain cached GETs with the bytes Node sends, in every coding, with 304s and the 404 page', async () => {
    const etag = /ETag: ("[^"]+")/i.exec((await same([GET('/apps/signal', 'Accept-Encoding: gzip\r\n'), CLOSE])) ?? '')?.[1];
    assert.ok(etag, 'the page has an ETag');
    answered.length = 0;
    const text = await same([
      GET('/apps/signal'),
      GET('/apps/signal', 'Accept-Encoding: gzip, deflate, br\r\n'),
      GET('/apps/signal', 'accept-encoding: gzip\r\n'),
      GET('/apps/signal', `Accept-Encoding: gzip\r\nIf-None-Match: ${etag}\r\n`),
      GET('/de/apps/signal', 'Accept-Encoding: br\r\nConnection: keep-alive\r\n'),
      GET('/api/v1/apps/signal', 'Accept-Encoding: gzip\r\nCookie: a=b\r\nUser-Agent: test\r\n'),
      GET('/no-such-page', 'Accept-Encoding: gzip\r\n'),
      GET('/favicon.svg', 'Accept-Encoding: br\r\n'),
      CLOSE,
    ]);
    const ok = 'HTTP/1.1 200 OK';
    assert.deepEqual(statuses(text), [ok, ok, ok, 'HTTP/1.1 304 Not Modified', ok, ok, 'HTTP/1.1 404 Not Found', ok, ok]);
    assert.match(text, /Content-Encoding: br/i);
    // All but the last (Connection: close) came from the fast path.
    assert.deepEqual(
      answered.map((a) => a.fast),
      [true, true, true, true, true, true, true, true],
    );
  });

  it('hands everything else to Node, in order, with the bytes not yet answered', async () => {
    answered.length = 0;
    const text = await same([
      GET('/apps/signal') +
        GET('/apps/whatsapp') +
        'POST /apps/signal HTTP/1.1\r\nHost: privacydefend.test\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
      GET('/apps/signal'),
      CLOSE,
    ]);
    assert.equal(statuses(text).length, 5);
    // The two GETs were the fast path's; from the POST on, the connection (its body included) is Node's.
    assert.deepEqual(answered, [
      { target: '/apps/signal', fast: true },
      { target: '/apps/whatsapp', fast: true },
    ]);
  });

  it('leaves a cache miss to Node, which renders and keeps it for the next connection', async () => {
    answered.length = 0;
    const first = await exchange(fastPort, [GET('/apps/threema'), GET('/apps/threema'), CLOSE]);
    assert.deepEqual(statuses(first.toString('latin1')), ['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK', 'HTTP/1.1 200 OK']);
    assert.deepEqual(answered, [{ target: '/apps/threema', fast: false }]);
    await exchange(fastPort, [GET('/apps/threema'), CLOSE]);
    assert.deepEqual(answered.at(-1), { target: '/apps/threema', fast: true });
  });

  it('leaves a request split across reads to Node, and answers it the same', async () => {
    const request = GET('/apps/signal', 'Accept-Encoding: gzip\r\n');
    await same([request.slice(0, 20), request.slice(20), CLOSE]);
    await same([request + request.slice(0, 30), request.slice(30), CLOSE]);
  });

  for (const [name, raw] of [
    ['no Host', 'GET /apps/signal HTTP/1.1\r\n\r\n'],
    ['two Hosts', 'GET /apps/signal HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n'],
    ['a body on a GET', 'GET /apps/signal HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello'],
    ['chunked GET', 'GET /apps/signal HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
    [
      'a smuggling attempt',
      'GET /apps/signal HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /apps/signal HTTP/1.1\r\nHost: a\r\n\r\n',
    ],
    ['a folded header', 'GET /apps/signal HTTP/1.1\r\nHost: a\r\nAccept-Encoding: gzip,\r\n br\r\n\r\n'],
    ['a bare LF', 'GET /apps/signal HTTP/1.1\nHost: a\r\n\r\n'],
    ['a lone CR', 'GET /apps/signal HTTP/1.1\r\nHost: a\rX: y\r\n\r\n'],
    ['a space before the colon', 'GET /apps/signal HTTP/1.1\r\nHost : a\r\n\r\n'],
    [
      'a non-ASCII header value',
      Buffer.concat([Buffer.from('GET /apps/signal HTTP/1.1\r\nHost: a\r\nX-Name: '), Buffer.from([0xc3, 0xa9]), Buffer.from('\r\n\r\n')]),
    ],
    ['a NUL in the path', 'GET /apps/sig\0nal HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['HTTP/1.0', 'GET /apps/signal HTTP/1.0\r\nHost: a\r\n\r\n'],
    ['HEAD', 'HEAD /apps/signal HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'],
    ['an absolute URL', 'GET http://a/apps/signal HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['Expect: 100-continue', 'GET /apps/signal HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\n\r\n'],
    ['an Upgrade', 'GET /apps/signal HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'],
    ['a lower-case method', 'get /apps/signal HTTP/1.1\r\nHost: a\r\n\r\n'],
    ['a head too long for the fast path', GET('/apps/signal', `X-Long: ${'a'.repeat(MAX_FAST_HEAD)}\r\n`)],
    ['garbage', '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n'],
    ['a query string', GET('/search?q=%20signal')],
  ] as const) {
    it(`answers ${name} as Node does`, async () => {
      await same(typeof raw === 'string' && !raw.includes('Connection: close') ? [raw, CLOSE] : [raw]);
    });
  }

  it('reads no further while a client is not reading, and then gives it every response in order', async () => {
    // More than loopback's socket buffers hold (4 MiB to send, up to 32 MiB to receive): ~66 MB of pages.
    const count = 1_200;
    const one = undated(await exchange(fastPort, [CLOSE]));
    let serverSide: Socket | undefined;
    fast.once('connection', (socket: Socket) => {
      serverSide = socket;
    });
    let queued = Number.NaN;
    const whole = await new Promise<Buffer>((resolve, reject) => {
      const socket = connect(fastPort, '127.0.0.1');
      const got: Buffer[] = [];
      socket.on('error', reject);
      socket.on('connect', () => {
        socket.pause();
        socket.write(GET('/apps/signal').repeat(count - 1) + CLOSE);
        setTimeout(() => {
          queued = serverSide?.writableLength ?? Number.NaN;
          socket.on('data', (d) => got.push(d));
          socket.on('end', () => resolve(Buffer.concat(got)));
          socket.resume();
        }, 500);
      });
    });
    const body = one.slice(one.indexOf('\r\n\r\n'));
    assert.equal(undated(whole).split(body).length - 1, count, 'every response arrived whole');
    // Without back-pressure the server would be holding tens of megabytes for this client by now.
    assert.ok(queued < 4 * 1024 * 1024, `the server queued ${queued} bytes for a client that was not reading`);
  });

  it('first confirms a data version not confirmed lately, as Node does, then answers from the cache', async () => {
    // Rechecked on every request, as bundledSite's is.
    const { site, app } = await bundledSite();
    const answer = fastAnswers(app);
    const asked: string[] = [];
    const server = new FastServer({ keepAliveTimeout: KEEP_ALIVE_MS }, cachedListener(app), (request, again) => {
      const message = answer(request, again);
      asked.push(`${again ? 'again' : 'first'}: ${message instanceof Promise ? 'wait' : message ? 'kept bytes' : 'Node'}`);
      return message;
    });
    const port = await listen(server);
    await exchange(port, [CLOSE]);
    const before = await site.store.dataVersion();
    asked.length = 0;
    const text = (await exchange(port, [GET('/apps/signal') + GET('/apps/signal'), CLOSE])).toString('latin1');
    assert.deepEqual(statuses(text), ['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK', 'HTTP/1.1 200 OK']);
    assert.deepEqual(asked, ['first: wait', 'again: kept bytes', 'first: wait', 'again: kept bytes']);
    assert.equal(site.currentVersion(), before);
    await new Promise((resolve) => server.close(resolve));
    await site.store.close();
  });

  it('closes a connection idle for its keep-alive timeout, not before, and not one still taking a response', { timeout: 30_000 }, async () => {
    const idleMs = 400;
    const big = Buffer.alloc(64 * 1024 * 1024, 97);
    const server = new FastServer(
      { keepAliveTimeout: idleMs },
      () => assert.fail('not for Node'),
      (request) =>
        Buffer.concat([
          Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${request.target === '/big' ? big.length : 0}\r\n\r\n`),
          request.target === '/big' ? big : Buffer.alloc(0),
        ]),
    );
    const port = await listen(server);
    const open = (path: string) => {
      const socket = connect(port, '127.0.0.1');
      const closedAt = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now())));
      socket.on('connect', () => socket.write(GET(path)));
      return { socket, closedAt };
    };
    const idle = open('/');
    const answered = await new Promise<number>((resolve) => idle.socket.once('data', () => resolve(Date.now())));
    // A client that reads nothing for longer than the timeout, then everything.
    const slow = open('/big');
    slow.socket.on('error', () => {});
    slow.socket.pause();
    let slowClosed = false;
    void slow.closedAt.then(() => {
      slowClosed = true;
    });
    const closedAt = await idle.closedAt;
    assert.ok(closedAt - answered >= idleMs, `closed ${closedAt - answered} ms after its answer`);
    await new Promise((r) => setTimeout(r, idleMs));
    assert.equal(slowClosed, false, 'a client still taking its response is not idle');
    let got = 0;
    slow.socket.on('data', (d: Buffer) => {
      got += d.length;
    });
    slow.socket.resume();
    await slow.closedAt;
    assert.ok(got > big.length, `the slow client got all ${big.length} bytes of the body (${got} with the head) before the connection closed`);
    await new Promise((resolve) => server.close(resolve));
  });

  it('lets close() finish while a client keeps an idle keep-alive connection open', async () => {
    const server = new FastServer(
      { keepAliveTimeout: KEEP_ALIVE_MS },
      () => assert.fail('not for Node'),
      () => Buffer.from('HTTP/1.1 204 No Content\r\n\r\n'),
    );
    const port = await listen(server);
    const socket = connect(port, '127.0.0.1');
    const closed = new Promise((resolve) => socket.on('close', resolve));
    await new Promise((resolve) => socket.on('connect', resolve));
    socket.write(GET('/'));
    await new Promise((resolve) => socket.once('data', resolve));
    const started = Date.now();
    await new Promise((resolve) => server.close(resolve));
    await closed;
    assert.ok(Date.now() - started < KEEP_ALIVE_MS / 2, 'closed at once, not at the keep-alive timeout');
  });
});

/**
 * The parser as it was first written, over a latin1 string with regular
 * expressions: slower, but short enough to read as the definition of what
 * the fast path takes. The byte parser must agree with it on every head.
 */
function referenceParse(head: string): FastRequest | undefined {
  if (/[^\t\r\n\x20-\x7e]/.test(head)) return undefined;
  const lines = head.split('\r\n');
  const line = /^GET (\/[!-~]*) HTTP\/1\.1$/.exec(lines[0] as string);
  if (!line) return undefined;
  const request: FastRequest = { target: line[1] as string, acceptEncoding: undefined, acceptLanguage: undefined, ifNoneMatch: undefined };
  let hosts = 0;
  for (const text of lines.slice(1)) {
    if (text.includes('\r') || text.includes('\n') || text.startsWith(' ') || text.startsWith('\t')) return undefined;
    const colon = text.indexOf(':');
    if (colon <= 0) return undefined;
    const name = text.slice(0, colon);
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(name)) return undefined;
    const value = text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    const lower = name.toLowerCase();
    if (lower === 'host') hosts++;
    else if (lower === 'accept-encoding' || lower === 'accept-language' || lower === 'if-none-match') {
      const field = lower === 'accept-encoding' ? 'acceptEncoding' : lower === 'accept-language' ? 'acceptLanguage' : 'ifNoneMatch';
      if (request[field] !== undefined) return undefined;
      request[field] = value;
    } else if (lower === 'connection') {
      if (value.toLowerCase() !== 'keep-alive') return undefined;
    } else if (['content-length', 'transfer-encoding', 'expect', 'upgrade', 'te', 'trailer', 'http2-settings'].includes(lower)) return undefined;
  }
  return hosts === 1 ? request : undefined;
}

const parse = (head: string) => parseFastRequest(Buffer.from(head, 'latin1'));

describe('parseFastRequest', () => {
  it('reads the target and the three headers the cache looks at, and nothing it should not', () => {
    assert.deepEqual(parse('GET /a?b=c HTTP/1.1\r\nhost: x\r\nAccept-Encoding:  gzip, br \r\nIF-NONE-MATCH: "e"\r\nAccept-Language: de\r\nX-Other: 1'), {
      target: '/a?b=c',
      acceptEncoding: 'gzip, br',
      acceptLanguage: 'de',
      ifNoneMatch: '"e"',
    });
    assert.equal(parse('GET /a HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip\r\nAccept-Encoding: br'), undefined, 'a repeated header Node would join');
    assert.equal(parse('GET /a HTTP/1.1\r\nHost: x\r\nConnection: close'), undefined);
    assert.deepEqual(parse('GET /a HTTP/1.1\r\nHost: x\r\nConnection: Keep-Alive')?.target, '/a');
    assert.equal(parse('GET /a HTTP/1.1\r\nHost: x\r\nTE: trailers'), undefined);
    assert.equal(parse('GET  /a HTTP/1.1\r\nHost: x'), undefined);
  });

  it('reads only the bytes it is given', () => {
    const bytes = Buffer.from('xxGET /b HTTP/1.1\r\nHost: y\r\n\r\nGET /c HTTP/1.1\r\nHost: y', 'latin1');
    assert.equal(parseFastRequest(bytes, 2, bytes.indexOf('\r\n\r\n'))?.target, '/b');
    assert.equal(parseFastRequest(bytes, bytes.indexOf('GET /c'))?.target, '/c');
  });

  it('refuses what a request head must not hold: lone CR or LF, folded or empty lines, bytes outside ASCII, a name that is not a token', () => {
    for (const head of [
      'GET /a HTTP/1.1\r\nHost: x\rY: z',
      'GET /a HTTP/1.1\r\nHost: x\nY: z',
      'GET /a HTTP/1.1\r\nHost: x\r\n Y: z',
      'GET /a HTTP/1.1\r\nHost: x\r\n\tY: z',
      'GET /a HTTP/1.1\r\nHost: x\r\n',
      'GET /a HTTP/1.1\r\n\r\nHost: x',
      'GET /a HTTP/1.1\r\nHost: caf\xe9',
      'GET /\xe9 HTTP/1.1\r\nHost: x',
      'GET /a HTTP/1.1\r\nHo st: x',
      'GET /a HTTP/1.1\r\n: x\r\nHost: x',
      'GET /a HTTP/1.1\r\nHost x',
      'GET /a HTTP/1.1\r\nHost: x\r\nHost: y',
      'GET /a HTTP/1.1',
      'GET /a HTTP/1.10\r\nHost: x',
      'GET /a HTTP/1.1 \r\nHost: x',
      'get /a HTTP/1.1\r\nHost: x',
      'GET a HTTP/1.1\r\nHost: x',
      'HEAD /a HTTP/1.1\r\nHost: x',
      'GET /a HTTP/1.1\r\nHost: x\r\nContent-Length: 0',
      'GET /a HTTP/1.1\r\nHost: x\r\nTRANSFER-encoding: chunked',
      'GET /a HTTP/1.1\r\nHost: x\r\nUpgrade: h2c',
      'GET /a HTTP/1.1\r\nHost: x\r\nExpect: 100-continue',
      'GET /a HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, Upgrade',
    ])
      assert.equal(parse(head), undefined, JSON.stringify(head));
  });

  it('agrees with the reference parser on any head made of request-like pieces', () => {
    const piece = fc.constantFrom(
      'GET',
      ' ',
      '/',
      '/apps/signal',
      '?q=a%20b',
      ' HTTP/1.1',
      ' HTTP/1.0',
      '\r\n',
      '\r',
      '\n',
      '\t',
      ':',
      'Host',
      'HOST',
      'host',
      'Accept-Encoding',
      'accept-language',
      'If-None-Match',
      'Connection',
      'keep-alive',
      'Keep-Alive',
      'close',
      'TE',
      'Trailer',
      'Expect',
      'Content-Length',
      'x-other',
      'gzip, br',
      '"etag"',
      '\x7f',
      '\xe9',
      '\0',
    );
    const plain = fc.constant('GET /apps/signal HTTP/1.1\r\nHost: x');
    const head = fc.oneof(
      fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')),
      fc.tuple(plain, fc.array(piece, { maxLength: 16 })).map(([start, parts]) => start + parts.join('')),
    );
    fc.assert(
      fc.property(head, (text) => {
        assert.deepEqual(parse(text), referenceParse(text), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });
});
