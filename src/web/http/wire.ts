/**
 * A cached response as the bytes Node's http server would put on the wire:
 * the status line, the headers in their order, the Date, Node's keep-alive
 * headers, the blank line and the body, in one Buffer per variant (built
 * once per data version), so that answering from the cache is one write of
 * kept bytes instead of Node building, validating and encoding the header
 * block of every response (`ServerResponse.writeHead`, `_storeHeader`) and
 * writing it and the body as two chunks.
 *
 * Node's ServerResponse still carries the response (keep-alive, pipelining,
 * back-pressure, 'finish'): `writeWire` marks its header as already sent and
 * ends it with the whole message as its one chunk. That reads and sets a few
 * of Node's own fields (`_header`, `_headerSent`, `shouldKeepAlive`, …); it
 * is taken only for the case whose bytes are known — an HTTP/1.1 keep-alive
 * response with a body-carrying method, Date sent, the server's keep-alive
 * timeout the one the bytes were built for — and every other response (HEAD,
 * HTTP/1.0, `Connection: close`, a Node whose fields differ) is written by
 * `writeHead` as before. src/web/http/wire.test.ts checks that both ways put
 * the same bytes on the wire, Date aside.
 *
 * The Date (always 29 characters) is rewritten in place once per second
 * when a variant is sent, so a response still queued in the socket when the
 * second changes goes out with the newer second: a Date at most one second
 * later than Node's own would have been.
 */
import { STATUS_CODES, validateHeaderName, validateHeaderValue } from 'node:http';

/** The keep-alive timeout the kept bytes announce (`Keep-Alive: timeout=5`): Node's default, which startServer sets explicitly. */
export const KEEP_ALIVE_MS = 5_000;

const DATE_LENGTH = 'Thu, 01 Jan 1970 00:00:00 GMT'.length;
let dateSecond = Number.NaN;
let dateText = '';

/**
 * The HTTP Date of a second (seconds since the epoch), formatted once per second.
 * @example httpDate(0) // 'Thu, 01 Jan 1970 00:00:00 GMT'
 */
export function httpDate(second: number): string {
  if (second !== dateSecond) {
    dateText = new Date(second * 1000).toUTCString();
    dateSecond = second;
  }
  return dateText;
}

/** One response's bytes on the wire, head and body. */
export class Wire {
  /** The whole message: head, then body. */
  readonly message: Buffer;
  /** The body alone (a view into `message`, no copy). */
  readonly body: Buffer;
  private readonly dateAt: number;
  private second = Number.NaN;

  /**
   * @param head the response's headers as [name, value, …], in order, as writeHead would get them
   * @param body the body (copied into the message)
   */
  constructor(status: number, head: readonly string[], body: Uint8Array | undefined) {
    let text = `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'unknown'}\r\n`;
    for (let i = 0; i < head.length; i += 2) {
      const name = head[i] as string;
      const value = head[i + 1] as string;
      // What writeHead would refuse is refused here, once, when the bytes are built.
      validateHeaderName(name);
      validateHeaderValue(name, value);
      text += `${name}: ${value}\r\n`;
    }
    const dateAt = text.length + 'Date: '.length;
    text += `Date: ${'\0'.repeat(DATE_LENGTH)}\r\nConnection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(KEEP_ALIVE_MS / 1000)}\r\n\r\n`;
    const headLength = Buffer.byteLength(text, 'latin1');
    const bodyLength = body?.length ?? 0;
    // Not from the shared pool: the message lives as long as its cache entry.
    this.message = Buffer.allocUnsafeSlow(headLength + bodyLength);
    this.message.write(text, 0, 'latin1');
    if (body) this.message.set(body, headLength);
    this.body = this.message.subarray(headLength);
    this.dateAt = dateAt;
  }

  /** The message with the Date of the second `nowMs` falls in. */
  at(nowMs: number): Buffer {
    const second = Math.floor(nowMs / 1000);
    if (second !== this.second) {
      this.message.write(httpDate(second), this.dateAt, 'latin1');
      this.second = second;
    }
    return this.message;
  }
}

/** The fields of Node's ServerResponse that decide what its header block would be (node/lib/_http_outgoing.js, _http_server.js). */
interface NodeResponseState {
  _header: string | null;
  _headerSent: boolean;
  _hasBody: boolean;
  shouldKeepAlive: boolean;
  sendDate: boolean;
  chunkedEncoding: boolean;
  useChunkedEncodingByDefault: boolean;
  strictContentLength: boolean;
  maxRequestsOnConnectionReached: boolean;
  _removedConnection: boolean;
  _defaultKeepAlive: boolean;
  _keepAliveTimeout: number;
  _maxRequestsPerSocket: number | undefined;
  _expect_continue: boolean;
  statusMessage: string | undefined;
  statusCode: number;
  end(chunk: Buffer): unknown;
}

/** Marks the header as sent: Node only tests `_header` for truth once `_headerSent` is set. */
const SENT_WITH_BODY = 'HTTP/1.1 (header sent with the body, src/web/http/wire.ts)\r\n\r\n';

/**
 * Write `wire` as the whole response on `res` when the bytes are the ones
 * Node would send for it (see the top of this file) and return true;
 * otherwise touch nothing and return false, for writeHead to do it.
 */
export function writeWire(res: object, status: number, wire: Wire, nowMs: number): boolean {
  const r = res as Partial<NodeResponseState>;
  if (
    r._header !== null ||
    r._headerSent !== false ||
    r._hasBody !== true ||
    r.shouldKeepAlive !== true ||
    r.sendDate !== true ||
    r.chunkedEncoding !== false ||
    r.useChunkedEncodingByDefault !== true ||
    r.strictContentLength !== false ||
    r.maxRequestsOnConnectionReached !== false ||
    r._removedConnection !== false ||
    r._defaultKeepAlive !== true ||
    r._keepAliveTimeout !== KEEP_ALIVE_MS ||
    (r._maxRequestsPerSocket ?? 0) > 0 ||
    r._expect_continue !== false ||
    r.statusMessage !== undefined ||
    typeof r.end !== 'function'
  )
    return false;
  r.statusCode = status;
  r.statusMessage = STATUS_CODES[status] ?? 'unknown';
  r._header = SENT_WITH_BODY;
  r._headerSent = true;
  r.end(wire.at(nowMs));
  return true;
}
