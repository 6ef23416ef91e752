/**
 * The cached responses' own path through the socket. Node's http server
 * parses every request into an IncomingMessage, builds a ServerResponse,
 * streams and timers around them; for a GET the response cache answers,
 * all of that is most of the work (bench/README.md, the serving runs). Here
 * a connection is read first by a small parser that recognises only the
 * plainest requests — `GET <path> HTTP/1.1`, printable ASCII headers, one
 * Host, no body, no Connection other than keep-alive, no Expect or Upgrade —
 * and answers those the cache holds by writing its kept bytes (wire.ts).
 *
 * Anything else hands the connection, and every byte not yet answered, to
 * Node's own http server for good: a request it does not recognise, a cache
 * miss, a request split across reads, HEAD, HTTP/1.0. Node then parses
 * exactly the bytes it would have seen without this path, so the two
 * parsers never disagree about where a request ends: the fast path only
 * ever consumes whole requests that carry no body (no Content-Length, no
 * Transfer-Encoding), whose end is the blank line for both.
 *
 * An idle connection is closed after the keep-alive timeout the kept bytes
 * announce (by a sweep, not a timer per socket); a client that can't keep
 * up is read no further until it has taken what was written. server.close() ends the idle ones, as Node does
 * for its own.
 */
import { Server, type ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import { KEEP_ALIVE_MS } from './wire.ts';

/** What the fast path reads of a request. */
export interface FastRequest {
  /** The request target as sent (origin-form: starts with "/"). */
  target: string;
  acceptEncoding: string | undefined;
  acceptLanguage: string | undefined;
  ifNoneMatch: string | undefined;
}

/**
 * The whole response message for a request; a promise to ask again once it
 * settles (the answer is being prepared), then with `again` true; undefined
 * for Node's http server to answer it.
 */
export type FastAnswer = (request: FastRequest, again: boolean) => Buffer | Promise<unknown> | undefined;

/** How many times per keep-alive timeout the fast path looks for idle connections. */
const IDLE_TICKS = 5;

/** Longer request heads go to Node (which allows 16 KiB). */
export const MAX_FAST_HEAD = 8 * 1024;

const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');

const CR = 0x0d;
const LF = 0x0a;
const SP = 0x20;
const HT = 0x09;
const COLON = 0x3a;
/** 1 for the bytes of an HTTP token (RFC 9110 §5.6.2), which header names are. */
const TOKEN_BYTE = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") TOKEN_BYTE[c.charCodeAt(0)] = 1;
const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const GET_SLASH = ascii('GET /');
const HTTP_1_1 = ascii(' HTTP/1.1');
const KEEP_ALIVE = ascii('keep-alive');

/** The headers the fast path reads or refuses; NODE: those that give a request a body, change the connection or ask for a protocol step, which are Node's business. */
const OTHER = 0;
const HOST = 1;
const ACCEPT_ENCODING = 2;
const ACCEPT_LANGUAGE = 3;
const IF_NONE_MATCH = 4;
const CONNECTION = 5;
const NODE = 6;
type Name = number;
const NAMES: [Uint8Array, Name][] = [
  [ascii('host'), HOST],
  [ascii('accept-encoding'), ACCEPT_ENCODING],
  [ascii('accept-language'), ACCEPT_LANGUAGE],
  [ascii('if-none-match'), IF_NONE_MATCH],
  [ascii('connection'), CONNECTION],
  ...['content-length', 'transfer-encoding', 'expect', 'upgrade', 'te', 'trailer', 'http2-settings'].map((n): [Uint8Array, Name] => [ascii(n), NODE]),
];
/** NAMES by length, so that a header is compared only with the names as long as it. */
const NAMES_BY_LENGTH: [Uint8Array, Name][][] = [];
for (const entry of NAMES) {
  const sameLength = NAMES_BY_LENGTH[entry[0].length] ?? [];
  sameLength.push(entry);
  NAMES_BY_LENGTH[entry[0].length] = sameLength;
}

/**
 * Whether `bytes[at, at + lower.length)` spell `lower` in any case. Only for
 * `lower` made of lower-case letters, digits and "-": setting bit 0x20 turns
 * an upper-case letter into its lower case and leaves those as they are, and
 * no other printable byte becomes one of them.
 */
function spells(bytes: Uint8Array, at: number, lower: Uint8Array): boolean {
  for (let i = 0; i < lower.length; i++) if (((bytes[at + i] as number) | 0x20) !== lower[i]) return false;
  return true;
}

function nameOf(bytes: Uint8Array, start: number, end: number): Name {
  const candidates = NAMES_BY_LENGTH[end - start];
  if (candidates) for (const [lower, name] of candidates) if (spells(bytes, start, lower)) return name;
  return OTHER;
}

/**
 * The plain GET request in `head[start, end)` (a request head without its
 * blank line), or undefined when it is anything else: read byte by byte, with
 * no string made but the target and the three header values it keeps.
 * @example parseFastRequest(Buffer.from('GET /apps/signal HTTP/1.1\r\nHost: example.org')) // { target: '/apps/signal', … }
 */
export function parseFastRequest(head: Buffer, start = 0, end = head.length): FastRequest | undefined {
  // The request line: "GET /", the rest of the target (visible ASCII), " HTTP/1.1".
  if (end - start < GET_SLASH.length + HTTP_1_1.length) return undefined;
  for (let i = 0; i < GET_SLASH.length; i++) if (head[start + i] !== GET_SLASH[i]) return undefined;
  let at = start + GET_SLASH.length;
  while (at < end && head[at] !== SP) {
    const b = head[at] as number;
    if (b < 0x21 || b > 0x7e) return undefined;
    at++;
  }
  if (end - at < HTTP_1_1.length) return undefined;
  for (let i = 0; i < HTTP_1_1.length; i++) if (head[at + i] !== HTTP_1_1[i]) return undefined;
  const request: FastRequest = {
    target: head.toString('latin1', start + GET_SLASH.length - 1, at),
    acceptEncoding: undefined,
    acceptLanguage: undefined,
    ifNoneMatch: undefined,
  };
  at += HTTP_1_1.length;
  let hosts = 0;
  while (at < end) {
    // Each line starts with CRLF; a lone CR or LF anywhere, or a line folded or empty, is Node's to judge.
    if (head[at] !== CR || head[at + 1] !== LF || at + 2 >= end) return undefined;
    at += 2;
    const nameStart = at;
    while (at < end && TOKEN_BYTE[head[at] as number] === 1) at++;
    if (at === nameStart || head[at] !== COLON) return undefined;
    const name = nameOf(head, nameStart, at);
    at++;
    let valueStart = at;
    while (at < end && head[at] !== CR) {
      const b = head[at] as number;
      if (b !== HT && (b < SP || b > 0x7e)) return undefined;
      at++;
    }
    let valueEnd = at;
    while (valueStart < valueEnd && (head[valueStart] === SP || head[valueStart] === HT)) valueStart++;
    while (valueEnd > valueStart && (head[valueEnd - 1] === SP || head[valueEnd - 1] === HT)) valueEnd--;
    switch (name) {
      case OTHER:
        break;
      case HOST:
        hosts++;
        break;
      case ACCEPT_ENCODING:
        if (request.acceptEncoding !== undefined) return undefined;
        request.acceptEncoding = head.toString('latin1', valueStart, valueEnd);
        break;
      case ACCEPT_LANGUAGE:
        if (request.acceptLanguage !== undefined) return undefined;
        request.acceptLanguage = head.toString('latin1', valueStart, valueEnd);
        break;
      case IF_NONE_MATCH:
        if (request.ifNoneMatch !== undefined) return undefined;
        request.ifNoneMatch = head.toString('latin1', valueStart, valueEnd);
        break;
      case CONNECTION:
        if (valueEnd - valueStart !== KEEP_ALIVE.length || !spells(head, valueStart, KEEP_ALIVE)) return undefined;
        break;
      case NODE:
        return undefined;
    }
  }
  return hosts === 1 ? request : undefined;
}

/** One connection read by the fast path until it is handed to Node. */
class FastConnection {
  /** Bytes read and not yet answered. */
  private unread: Buffer | undefined;
  /** Whether the request at the start of `unread` has already been waited for once. */
  private waited = false;
  /** What the fast path does on each socket event; handing the connection over removes them all. */
  private readonly handlers: [event: string, handler: (chunk: Buffer) => void][] = [
    ['data', (chunk) => this.read(chunk)],
    [
      'drain',
      () => {
        this.active = this.owner.tick;
        this.socket.resume();
        this.answer();
      },
    ],
    ['end', () => this.socket.end()],
    ['error', () => this.socket.destroy()],
    ['close', () => this.owner.forget(this)],
  ];

  /** The owner's tick when this connection last read a chunk or drained (see FastServer.sweep). */
  active: number;

  constructor(
    readonly socket: Socket,
    private readonly owner: FastServer,
  ) {
    this.active = owner.tick;
    socket.setNoDelay(true);
    for (const [event, handler] of this.handlers) socket.on(event, handler);
  }

  /** True while nothing is being written or waits to be answered. */
  get idle(): boolean {
    return this.unread === undefined && this.socket.writableLength === 0;
  }

  private read(chunk: Buffer): void {
    this.active = this.owner.tick;
    this.unread = this.unread ? Buffer.concat([this.unread, chunk]) : chunk;
    // Answering again waits for 'drain' when the client is behind.
    if (!this.socket.isPaused()) this.answer();
  }

  /** Answer the whole requests read, in order, until one is Node's, one must wait, or the client falls behind. */
  private answer(): void {
    const buf = this.unread;
    let at = 0;
    while (buf !== undefined && at < buf.length) {
      const end = buf.indexOf(HEAD_END, at);
      if (end < 0 || end - at > MAX_FAST_HEAD) break;
      const request = parseFastRequest(buf, at, end);
      const message = request && this.owner.answerOf(request, this.waited);
      if (message instanceof Promise) {
        // Asked again once: a second wait for the same request is Node's.
        if (this.waited) break;
        this.wait(message, buf.subarray(at));
        return;
      }
      this.waited = false;
      if (!message) break;
      at = end + HEAD_END.length;
      this.owner.answered++;
      if (!this.socket.write(message)) {
        this.socket.pause();
        this.unread = at < buf.length ? buf.subarray(at) : undefined;
        return;
      }
    }
    this.unread = undefined;
    if (buf !== undefined && at < buf.length) this.handOff(buf.subarray(at));
  }

  /** Read nothing more until `ready` settles, then answer from `unanswered` on (or give it to Node if it failed). */
  private wait(ready: Promise<unknown>, unanswered: Buffer): void {
    this.waited = true;
    this.unread = unanswered;
    this.socket.pause();
    ready.then(
      () => {
        if (this.socket.destroyed) return;
        this.socket.resume();
        if (this.socket.writableNeedDrain) this.socket.pause();
        else this.answer();
      },
      () => {
        if (this.socket.destroyed) return;
        this.unread = undefined;
        this.handOff(unanswered);
      },
    );
  }

  /** Give the connection, with the bytes not yet answered, to Node's http server. */
  private handOff(unanswered: Buffer): void {
    const { socket } = this;
    for (const [event, handler] of this.handlers) socket.off(event, handler);
    this.owner.forget(this);
    socket.pause();
    socket.unshift(unanswered);
    this.owner.nodeConnection(socket);
    socket.resume();
  }
}

/**
 * Node's http server with the fast path in front: every connection is read
 * by it first. Everything else about the server — listen, address, close,
 * the request listener for what it hands over — is Node's.
 * @example const server = new FastServer({ keepAliveTimeout: KEEP_ALIVE_MS }, listener, (req) => cache.wireFor(req)).listen(3000);
 */
export class FastServer extends Server {
  private readonly fastConnections = new Set<FastConnection>();
  private readonly nodeListener: (socket: Socket) => void;
  /**
   * @internal Counted up by the sweep, IDLE_TICKS times per keep-alive timeout:
   * the fast path's idle clock. Each connection notes it when it reads or
   * drains, which costs a field's write, where a socket timeout would move
   * a timer on every read and write.
   */
  tick = 0;
  /** How many requests the fast path has answered (Node's own are its 'request' events): for a probe to count them all. */
  answered = 0;
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private readonly idleMs: number;

  constructor(
    options: ServerOptions,
    listener: ConstructorParameters<typeof Server>[1],
    readonly answerOf: FastAnswer,
  ) {
    super(options, listener);
    // Node's http server reads connections through the 'connection' listener its constructor adds: take it, and call it on hand-over.
    const [node] = this.listeners('connection') as ((socket: Socket) => void)[];
    if (!node) throw new Error("Node's http server added no connection listener");
    this.nodeListener = node;
    this.off('connection', node);
    this.idleMs = options.keepAliveTimeout ?? KEEP_ALIVE_MS;
    this.on('connection', (socket: Socket) => {
      this.sweeper ??= setInterval(() => this.sweep(), this.idleMs / IDLE_TICKS).unref();
      this.fastConnections.add(new FastConnection(socket, this));
    });
    this.on('close', () => {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    });
  }

  /**
   * Close the connections idle for longer than the keep-alive timeout: with
   * nothing left to write or answer, and more than IDLE_TICKS ticks since
   * they last read or drained, so between the timeout and a fifth more after
   * it — never before, which is what the kept bytes' `Keep-Alive: timeout=`
   * promises a client. A client still taking a long response is not idle
   * (Node's server gives it no timeout either).
   */
  private sweep(): void {
    this.tick++;
    for (const c of this.fastConnections) if (c.idle && this.tick - c.active > IDLE_TICKS) c.socket.destroy();
  }

  /** @internal A connection the fast path hands over. */
  nodeConnection(socket: Socket): void {
    this.nodeListener.call(this, socket);
  }

  /** @internal A connection closed or handed over. */
  forget(connection: FastConnection): void {
    this.fastConnections.delete(connection);
  }

  /** Node's idle connections and the fast path's (close() calls this). */
  override closeIdleConnections(): void {
    super.closeIdleConnections();
    for (const c of this.fastConnections) if (c.idle) c.socket.destroy();
  }

  override closeAllConnections(): void {
    super.closeAllConnections();
    for (const c of this.fastConnections) c.socket.destroy();
  }
}
