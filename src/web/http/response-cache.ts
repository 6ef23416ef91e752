/**
 * The response cache: every public GET response (pages, the API, search,
 * feeds, badges, the sitemap, assets, the 404 page) kept as bytes for the
 * current data version, with its headers built once, and its gzip and brotli
 * copies compressed once, on the first request that accepts them. Bounded by
 * entries and bytes (least recently used go first); URLs with a query string
 * and responses other than 200 (search, filters, 404s: an unbounded space)
 * live in a smaller LRU of their own, so that they can never push the pages
 * out. Everything is dropped when the data version moves.
 */
import { chooseCoding, compress, isCompressibleType, MAX_COMPRESSED_BYTES, MIN_COMPRESSED_BYTES, type Coding } from './encoding.ts';
import { etagOf, matchesEtag } from './etag.ts';
import { Wire, writeWire } from './wire.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/index.ts';

/** One encoding of a cached response, with the headers of its 200 and of its 304. */
export interface Variant {
  bytes: Buffer;
  etag: string;
  headers: Record<string, string>;
  notModifiedHeaders: Record<string, string>;
  /**
   * The same headers as flat [name, value, name, value…] arrays, in the same
   * order, which is what the response is written with: Node's writeHead walks
   * an array by index instead of enumerating an object's keys (the same bytes
   * on the wire, less work per response).
   */
  head: string[];
  notModifiedHead: string[];
  /**
   * The whole response as Node would write it (src/web/http/wire.ts), and
   * the 304's for a 200 entry; `bytes` is a view of `wire`'s body.
   */
  wire: Wire;
  notModifiedWire: Wire | undefined;
}

/** An object's headers as a flat [name, value…] array, in their order. */
function flat(headers: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(headers)) out.push(name, value);
  return out;
}

/** Statuses whose responses depend only on the URL and the data, and are worth keeping. */
const CACHEABLE_STATUS = new Set([200, 301, 308, 404, 410]);
/** Headers recomputed per encoding, or left out of a 304 (RFC 9110 §15.4.5). */
const PER_ENCODING = new Set(['content-length', 'content-encoding', 'etag', 'transfer-encoding', 'vary']);
const NOT_IN_304 = new Set(['content-type', 'content-disposition', 'content-language']);
export const PAGE_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
/** A missing page may be kept a minute by browsers and proxies too. */
export const NOT_FOUND_CACHE_CONTROL = 'public, max-age=60';

/** True when a response may be kept and served to anyone asking for the same URL. */
export function isCacheable(status: number, headers: Headers): boolean {
  if (!CACHEABLE_STATUS.has(status) || headers.has('set-cookie')) return false;
  const cc = headers.get('cache-control') ?? '';
  if (/\b(?:no-store|private|no-cache)\b/i.test(cc)) return false;
  const vary = headers.get('vary');
  // Accept-Language: only the home page varies by it, and the server keeps only its variant without a language note (see server.ts).
  return vary === null || vary.split(',').every((v) => ['accept-encoding', 'accept-language'].includes(v.trim().toLowerCase()));
}

/** A response kept for one data version. */
export class CachedResponse {
  readonly identity: Variant;
  /** Whether gzip/brotli copies are offered (and Vary: Accept-Encoding sent). */
  readonly compressible: boolean;
  /** Bytes held by this entry (the identity body and the compressed copies made so far). */
  size: number;
  /** Told how many bytes a new compressed copy added (the LRU that holds the entry). */
  onGrow: ((entry: CachedResponse, bytes: number) => void) | undefined;
  /** @internal When the Lru holding this entry last put it last (its count of placements then). */
  placed = 0;
  private readonly coded: Partial<Record<'br' | 'gzip', Variant | Promise<Variant>>> = {};
  private readonly base: Record<string, string>;

  constructor(
    readonly version: string,
    readonly status: number,
    headers: Headers,
    body: Buffer,
  ) {
    const base: Record<string, string> = {};
    headers.forEach((value, name) => {
      if (!PER_ENCODING.has(name)) base[name] = value;
    });
    base['cache-control'] ??= status === 200 ? PAGE_CACHE_CONTROL : NOT_FOUND_CACHE_CONTROL;
    this.compressible = body.length >= MIN_COMPRESSED_BYTES && body.length <= MAX_COMPRESSED_BYTES && isCompressibleType(headers.get('content-type'));
    const varies = (headers.get('vary') ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '' && v.toLowerCase() !== 'accept-encoding');
    if (this.compressible) varies.push('Accept-Encoding');
    if (varies.length > 0) base.vary = varies.join(', ');
    this.base = base;
    this.identity = this.variantOf(body, headers.get('etag') ?? etagOf(body), undefined);
    this.size = body.length;
  }

  private variantOf(body: Buffer, etag: string, coding: 'br' | 'gzip' | undefined): Variant {
    const notModifiedHeaders: Record<string, string> = { etag };
    for (const [name, value] of Object.entries(this.base)) if (!NOT_IN_304.has(name)) notModifiedHeaders[name] = value;
    const headers: Record<string, string> = { ...this.base, etag, 'content-length': String(body.length) };
    if (coding) headers['content-encoding'] = coding;
    const head = flat(headers);
    const notModifiedHead = flat(notModifiedHeaders);
    const wire = new Wire(this.status, head, body);
    const notModifiedWire = this.status === 200 ? new Wire(304, notModifiedHead, undefined) : undefined;
    return { bytes: wire.body, etag, headers, notModifiedHeaders, head, notModifiedHead, wire, notModifiedWire };
  }

  /** The variant to send for a request's Accept-Encoding (see `variant`). */
  variantFor(acceptEncoding: string | undefined): Variant | Promise<Variant> {
    return this.variant(this.compressible ? chooseCoding(acceptEncoding) : 'identity');
  }

  /**
   * The variant to send for a coding: the identity bytes when the entry is not
   * compressible or compression saved nothing; a promise while it is being
   * compressed (once: later requests share it).
   */
  variant(coding: Coding): Variant | Promise<Variant> {
    if (coding === 'identity' || !this.compressible) return this.identity;
    const done = this.coded[coding];
    if (done) return done;
    const pending = compress(this.identity.bytes, coding).then((bytes) => {
      if (bytes.length >= this.identity.bytes.length) {
        this.coded[coding] = this.identity;
        return this.identity;
      }
      // A distinct strong ETag per encoding (RFC 9110 §8.8.3): "<identity tag>.gz" / ".br".
      const suffix = coding === 'gzip' ? '.gz' : '.br';
      const v = this.variantOf(bytes, `${this.identity.etag.slice(0, -1)}${suffix}"`, coding);
      this.coded[coding] = v;
      this.size += bytes.length;
      this.onGrow?.(this, bytes.length);
      return v;
    });
    this.coded[coding] = pending;
    return pending;
  }
}

/**
 * A least-recently-used map bounded by entries and by bytes. Approximately:
 * a hit moves its entry to the newest end only when it may be in the older
 * half (at least half as many placements since its own as there are entries), so the hot entries
 * of a busy server are not deleted and set again on every request. An entry
 * used since it was last moved is never among the older half's oldest, so
 * what goes first is still something not used for at least half the map's
 * turnover.
 */
export class Lru {
  private readonly map = new Map<string, CachedResponse>();
  private heldBytes = 0;
  /** How many times an entry has been put at the newest end. */
  private placements = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get bytes(): number {
    return this.heldBytes;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.map.get(key);
    // How many entries were placed after this one: at most its distance from the newest end.
    const age = hit ? this.placements - hit.placed : 0;
    if (hit && age > 0 && age >= this.map.size >> 1) {
      // Most recently used last.
      this.map.delete(key);
      this.map.set(key, hit);
      hit.placed = ++this.placements;
    }
    return hit;
  }

  set(key: string, entry: CachedResponse): void {
    if (this.maxEntries <= 0 || entry.size > this.maxBytes / 8) return;
    this.delete(key);
    this.map.set(key, entry);
    entry.placed = ++this.placements;
    this.heldBytes += entry.size;
    entry.onGrow = (e, n) => {
      if (this.map.get(key) !== e) return;
      this.heldBytes += n;
      this.evict();
    };
    this.evict();
  }

  clear(): void {
    for (const e of this.map.values()) e.onGrow = undefined;
    this.map.clear();
    this.heldBytes = 0;
  }

  private delete(key: string): void {
    const old = this.map.get(key);
    if (!old) return;
    old.onGrow = undefined;
    this.map.delete(key);
    this.heldBytes -= old.size;
  }

  private evict(): void {
    while (this.map.size > this.maxEntries || this.heldBytes > this.maxBytes) {
      const oldest = this.map.keys().next();
      if (oldest.done) return;
      this.delete(oldest.value);
    }
  }
}

export interface ResponseCacheLimits {
  /** Responses for plain paths (default 20,000) and the bytes they may hold (default 256 MiB). */
  entries?: number | undefined;
  bytes?: number | undefined;
  /** Responses for URLs with a query string, and non-200 responses (default 2,000 and 32 MiB). */
  queryEntries?: number | undefined;
  queryBytes?: number | undefined;
}

const MiB = 1024 * 1024;
/** Longer URLs are served but never kept. */
export const MAX_CACHED_URL_LENGTH = 2048;
/** Paths whose responses depend on who asks (cookies, sessions): never cached. The editor is at /edit in English, /de/edit and /fr/edit. */
const PRIVATE_PREFIXES = LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? '/edit' : `/${locale}/edit`));
const PRIVATE_FOLDERS = PRIVATE_PREFIXES.map((p) => `${p}/`);
/** Paths whose `q` the route trims before using it (so " signal" and "signal" are one entry). */
const TRIMMED_QUERY_PATHS = new Set(['/search', '/api/v1/search']);

/**
 * The cache key of a request URL (path and query), or undefined when it must
 * not be cached. The query is normalised the way the routes read it:
 * percent-encoding and `+` decoded and re-encoded one way, and the search
 * terms trimmed.
 * @example cacheKeyOf('/search?q=%20signal') // '/search?q=signal'
 */
export function cacheKeyOf(url: string): string | undefined {
  if (url.length > MAX_CACHED_URL_LENGTH || !url.startsWith('/')) return undefined;
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  for (let i = 0; i < PRIVATE_PREFIXES.length; i++) if (path === PRIVATE_PREFIXES[i] || path.startsWith(PRIVATE_FOLDERS[i] as string)) return undefined;
  if (q < 0) return path;
  const params = new URLSearchParams(url.slice(q + 1));
  if (TRIMMED_QUERY_PATHS.has(path)) {
    const normalised = new URLSearchParams();
    for (const [name, value] of params) normalised.append(name, name === 'q' ? value.trim() : value);
    return `${path}?${normalised.toString()}`;
  }
  const query = params.toString();
  return query === '' ? path : `${path}?${query}`;
}

/** The cached responses of the current data version. */
export class ResponseCache {
  private version = '';
  readonly pages: Lru;
  readonly queries: Lru;

  constructor(limits: ResponseCacheLimits = {}) {
    this.pages = new Lru(limits.entries ?? 20_000, limits.bytes ?? 256 * MiB);
    this.queries = new Lru(limits.queryEntries ?? 2_000, limits.queryBytes ?? 32 * MiB);
  }

  /** The response kept for `key` at data `version`; a new version drops everything kept for the old one. */
  get(key: string, version: string): CachedResponse | undefined {
    if (version !== this.version) {
      this.moveTo(version);
      return undefined;
    }
    return key.includes('?') ? this.queries.get(key) : (this.pages.get(key) ?? this.queries.get(key));
  }

  /** Keep a response rendered at the current data version (call only when `entry.version` is current). */
  set(key: string, entry: CachedResponse): void {
    if (entry.version !== this.version) this.moveTo(entry.version);
    const lru = key.includes('?') || entry.status !== 200 ? this.queries : this.pages;
    lru.set(key, entry);
  }

  private moveTo(version: string): void {
    this.pages.clear();
    this.queries.clear();
    this.version = version;
  }
}

/** What sendCached writes to: a ServerResponse, or a test's stand-in. */
interface CachedResponseWriter {
  writeHead(status: number, headers: string[]): unknown;
  end(body?: Buffer): unknown;
}

/** The request fields sendCached reads. */
interface CachedRequest {
  method?: string | undefined;
  headers: { 'accept-encoding'?: string | undefined; 'if-none-match'?: string | undefined };
}

/**
 * Send a cached response to a request: the encoding its Accept-Encoding
 * prefers, 304 when If-None-Match names that encoding's ETag, no body for HEAD.
 * Returns a promise only while the encoding is still being compressed.
 */
export function sendCached(entry: CachedResponse, req: CachedRequest, res: CachedResponseWriter): void | Promise<void> {
  const variant = entry.variantFor(req.headers['accept-encoding']);
  if (variant instanceof Promise) return variant.then((v) => writeVariant(entry.status, v, req, res));
  writeVariant(entry.status, variant, req, res);
}

/**
 * The whole message to send for a cached response, as sendCached would
 * write it for a GET with these headers on a keep-alive HTTP/1.1 connection;
 * a promise that settles when that encoding has been compressed (ask again
 * then); undefined when there are no kept bytes for it.
 * @example const message = cachedMessage(entry, 'gzip, br', undefined, Date.now());
 */
export function cachedMessage(
  entry: CachedResponse,
  acceptEncoding: string | undefined,
  ifNoneMatch: string | undefined,
  nowMs: number,
): Buffer | Promise<unknown> | undefined {
  const v = entry.variantFor(acceptEncoding);
  if (v instanceof Promise) return v;
  if (entry.status === 200 && matchesEtag(ifNoneMatch, v.etag)) return v.notModifiedWire?.at(nowMs);
  return v.wire.at(nowMs);
}

function writeVariant(status: number, v: Variant, req: CachedRequest, res: CachedResponseWriter): void {
  if (status === 200 && matchesEtag(req.headers['if-none-match'], v.etag)) {
    // Kept bytes when Node would send those very bytes (wire.ts), writeHead otherwise.
    if (v.notModifiedWire && writeWire(res, 304, v.notModifiedWire, Date.now())) return;
    res.writeHead(304, v.notModifiedHead);
    res.end();
    return;
  }
  if (req.method !== 'HEAD' && writeWire(res, status, v.wire, Date.now())) return;
  res.writeHead(status, v.head);
  if (req.method === 'HEAD') res.end();
  else res.end(v.bytes);
}
