/**
 * Content codings: which responses are compressed, which coding a request
 * accepts (Accept-Encoding with its q-values, RFC 9110 §12.5.3), and the
 * compression itself, at the levels bench/README.md explains.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Coding = 'br' | 'gzip' | 'identity';

/** Bodies smaller than this go out as they are: compression would save a few bytes at best. */
export const MIN_COMPRESSED_BYTES = 256;
/**
 * Bodies larger than this go out as they are too: the response cache can't
 * keep them (see Lru.set), so each request would compress them again (the
 * whole-dataset downloads of a very large catalogue).
 */
export const MAX_COMPRESSED_BYTES = 32 * 1024 * 1024;

/**
 * gzip level 9 costs about what level 6 does on these bodies (well under a
 * millisecond for a page) and is slightly smaller; brotli quality 5 is within
 * about 10 % of quality 11's size at a thirtieth of its time, which matters
 * because every page is compressed again after each data version change.
 */
export const GZIP_LEVEL = 9;
export const BROTLI_QUALITY = 5;

const TEXT_TYPE = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml|javascript)\b|image\/svg\+xml\b)/i;

/**
 * True for the media types worth compressing: HTML, CSS, JavaScript, JSON, XML (feeds, sitemaps) and SVG.
 * @example isCompressibleType('application/problem+json') // true
 */
export function isCompressibleType(contentType: string | null | undefined): boolean {
  return contentType !== null && contentType !== undefined && TEXT_TYPE.test(contentType);
}

/**
 * The coding to send for a request's Accept-Encoding: the acceptable one
 * (q > 0) with the highest q-value, brotli before gzip on a tie, identity
 * when neither is acceptable or the header is absent. `*` stands for every
 * coding the header does not name. When the client refuses identity as well
 * (`identity;q=0` or `*;q=0`) it still gets identity, as RFC 9110 allows.
 * @example chooseCoding('gzip, br;q=0.5') // 'gzip'
 */
export function chooseCoding(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return 'identity';
  // Browsers send a handful of distinct headers: each is parsed once, not on every request.
  let coding = chosen.get(acceptEncoding);
  if (coding === undefined) {
    coding = codingFor(acceptEncoding);
    if (chosen.size >= CHOSEN_KEPT) chosen.clear();
    chosen.set(acceptEncoding, coding);
  }
  return coding;
}

/** The codings chosen for the Accept-Encoding values seen lately (at most CHOSEN_KEPT, so odd headers can't grow it). */
const chosen = new Map<string, Coding>();
const CHOSEN_KEPT = 64;

function codingFor(acceptEncoding: string): Coding {
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawName, ...params] = part.split(';');
    const name = (rawName ?? '').trim().toLowerCase();
    if (name === '') continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const star = q.get('*');
  const weightOf = (coding: 'br' | 'gzip') => q.get(coding) ?? star ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return 'identity';
  return br >= gz ? 'br' : 'gzip';
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Compress a body in libuv's thread pool (the event loop keeps serving meanwhile).
 * @example const gz = await compress(Buffer.from(html), 'gzip');
 */
export function compress(body: Buffer, coding: 'br' | 'gzip'): Promise<Buffer> {
  if (coding === 'gzip') return gzipAsync(body, { level: GZIP_LEVEL });
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}
