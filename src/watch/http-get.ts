/**
 * One careful HTTP GET: following a bounded number of redirects, refusing
 * private and loopback addresses (checked on the resolved address), with a
 * deadline for the whole exchange, a cap on the (decompressed) body size, a
 * clear User-Agent, and a pause between requests to one host.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { isPrivateAddress } from './address-policy.ts';
import type { HostPacer } from './host-pacer.ts';

export const USER_AGENT = 'PrivacyDefendWatcher/0.1 (+https://privacydefend.org/about; checks published privacy policies for changes)';

/** A fetch that failed for a reason outside the program: the host, the network, the document. */
export class WatchFetchError extends Error {
  constructor(
    message: string,
    /** "refused": we chose not to fetch (robots.txt, a private address, a size or redirect limit); "error": it failed. */
    readonly outcome: 'refused' | 'error',
    readonly httpStatus: number | null = null,
  ) {
    super(message);
    this.name = 'WatchFetchError';
  }
}

export interface HttpGetOptions {
  userAgent: string;
  /** Deadline for each request, from connecting to the last byte of the body. */
  timeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  allowPrivate: boolean;
  pacer: HostPacer;
  /** Called before each hop (the first URL and every redirect target); throw a WatchFetchError to refuse it. */
  beforeRequest?: (url: URL) => Promise<void>;
}

export interface HttpResponse {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/**
 * GETs `url`, following redirects. Resolves with any final status (the caller
 * decides what 404 or 304 means); rejects with a WatchFetchError for network
 * failures, timeouts, refused addresses and limits.
 * @example const res = await httpGet('https://signal.org/legal/', { 'if-none-match': etag }, options);
 */
export async function httpGet(url: string, headers: Record<string, string>, options: HttpGetOptions): Promise<HttpResponse> {
  let current = parseHttpUrl(url);
  for (let hop = 0; ; hop++) {
    await options.beforeRequest?.(current);
    await options.pacer.wait(current.host);
    const response = await requestOnce(current, headers, options);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location !== undefined) {
      if (hop >= options.maxRedirects)
        throw new WatchFetchError(`more than ${options.maxRedirects} redirects (last to ${location})`, 'refused', response.status);
      let next: URL;
      try {
        next = parseHttpUrl(new URL(location, current).toString());
      } catch {
        throw new WatchFetchError(`redirected to "${location.slice(0, 200)}", which is not an http(s) URL`, 'error', response.status);
      }
      current = next;
      continue;
    }
    return { ...response, url: current.toString() };
  }
}

function parseHttpUrl(text: string): URL {
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new WatchFetchError(`"${text}" is not an http(s) URL`, 'refused');
  url.hash = '';
  return url;
}

/** A lookup that refuses non-public addresses, so the address checked is the address connected to. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return function lookupPublicOnly(hostname, options, callback) {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (refused !== undefined) {
        return callback(privateAddressError(hostname, refused.address), '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (first === undefined) return callback(new Error(`${hostname} has no address`), '', 0);
      return callback(null, first.address, first.family);
    });
  };
}

function privateAddressError(host: string, address: string): WatchFetchError {
  return new WatchFetchError(`${host} resolves to ${address}, a private or loopback address; set PRIVACYDEFEND_WATCH_ALLOW_PRIVATE=1 to allow it`, 'refused');
}

function requestOnce(url: URL, headers: Record<string, string>, options: HttpGetOptions): Promise<Omit<HttpResponse, 'url'>> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && isIP(hostname) !== 0 && isPrivateAddress(hostname)) return Promise.reject(privateAddressError(hostname, hostname));
  const client = url.protocol === 'https:' ? https : http;
  const signal = AbortSignal.timeout(options.timeoutMs);
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(describeNetworkError(error, url, options, signal));
    const req = client.request(
      url,
      {
        method: 'GET',
        headers: { 'user-agent': options.userAgent, accept: '*/*', 'accept-encoding': 'gzip, deflate, br', ...headers },
        lookup: guardedLookup(options.allowPrivate),
        signal,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
          res.destroy();
          return reject(tooLarge(url, options.maxBytes, status));
        }
        const stream = decoded(res);
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            res.destroy();
            stream.destroy();
            reject(tooLarge(url, options.maxBytes, status));
            return;
          }
          chunks.push(chunk);
        });
        stream.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        stream.on('error', fail);
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end();
  });
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

function tooLarge(url: URL, maxBytes: number, status: number): WatchFetchError {
  return new WatchFetchError(`${url.host}${url.pathname}: the body is larger than ${Math.round(maxBytes / 1024)} KiB; not read`, 'refused', status);
}

function describeNetworkError(error: unknown, url: URL, options: HttpGetOptions, signal: AbortSignal): WatchFetchError {
  if (error instanceof WatchFetchError) return error;
  if (signal.aborted) return new WatchFetchError(`${url.host}${url.pathname}: no complete answer within ${options.timeoutMs / 1000} s`, 'error');
  // The guarded lookup's refusal reaches us wrapped by the socket.
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) if (e instanceof WatchFetchError) return e;
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
  const message = error instanceof Error ? error.message : String(error);
  return new WatchFetchError(`${url.host}${url.pathname}: ${message}${code}`, 'error');
}
