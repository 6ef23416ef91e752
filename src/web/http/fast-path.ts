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
 * announce; a client that can't keep up is read no further until it has
 * taken what was written. server.close() ends the idle ones, as Node does
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

/** Longer request heads go to Node (which allows 16 KiB). */
export const MAX_FAST_HEAD = 8 * 1024;

const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');
const REQUEST_LINE = /^GET (\/[!-~]*) HTTP\/1\.1$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Bytes a request head of ours may hold: printable ASCII, space, tab, and the CRLFs. */
const UNPRINTABLE = /[^\t\r\n\x20-\x7e]/;
/** Headers that give a request a body, change the connection or ask for a protocol step: Node's business. */
const NODE_HEADERS = new Set(['content-length', 'transfer-encoding', 'expect', 'upgrade', 'te', 'trailer', 'http2-settings']);

/**
 * The plain GET request at the start of `head` (the bytes before the blank
 * line, as latin1), or undefined when it is anything else.
 * @example parseFastRequest('GET /apps/signal HTTP/1.1\r\nHost: example.org') // { target: '/apps/signal', … }
 */
export function parseFastRequest(head: string): FastRequest | undefined {
  if (UNPRINTABLE.test(head)) return undefined;
  const lines = head.split('\r\n');
  const line = REQUEST_LINE.exec(lines[0] as string);
  if (!line) return undefined;
  const request: FastRequest = { target: line[1] as string, acceptEncoding: undefined, acceptLanguage: undefined, ifNoneMatch: undefined };
  let hosts = 0;
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i] as string;
    // A lone CR or LF, or a folded line: let Node judge it.
    if (text.includes('\r') || text.includes('\n') || text.startsWith(' ') || text.startsWith('\t')) return undefined;
    const colon = text.indexOf(':');
    if (colon <= 0) return undefined;
    const name = text.slice(0, colon);
    if (!TOKEN.test(name)) return undefined;
    const value = text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    switch (name.toLowerCase()) {
      case 'host':
        hosts++;
        break;
      case 'accept-encoding':
        if (request.acceptEncoding !== undefined) return undefined;
        request.acceptEncoding = value;
        break;
      case 'accept-language':
        if (request.acceptLanguage !== undefined) return undefined;
        request.acceptLanguage = value;
        break;
      case 'if-none-match':
        if (request.ifNoneMatch !== undefined) return undefined;
        request.ifNoneMatch = value;
        break;
      case 'connection':
        if (value.toLowerCase() !== 'keep-alive') return undefined;
        break;
      default:
        if (NODE_HEADERS.has(name.toLowerCase())) return undefined;
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
        this.socket.resume();
        this.answer();
      },
    ],
    ['end', () => this.socket.end()],
    ['timeout', () => this.socket.destroy()],
    ['error', () => this.socket.destroy()],
    ['close', () => this.owner.forget(this)],
  ];

  constructor(
    readonly socket: Socket,
    private readonly owner: FastServer,
  ) {
    socket.setNoDelay(true);
    socket.setTimeout(KEEP_ALIVE_MS);
    for (const [event, handler] of this.handlers) socket.on(event, handler);
  }

  /** True while nothing is being written or waits to be answered. */
  get idle(): boolean {
    return this.unread === undefined && this.socket.writableLength === 0;
  }

  private read(chunk: Buffer): void {
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
      const request = parseFastRequest(buf.toString('latin1', at, end));
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
    socket.setTimeout(0);
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
    this.on('connection', (socket: Socket) => this.fastConnections.add(new FastConnection(socket, this)));
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
