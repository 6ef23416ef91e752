/**
 * ETags, the one way: a strong tag from a hash of the bytes sent, compared
 * the way RFC 9110 says a GET's If-None-Match is (weakly, any of a list).
 * Pages, resources, downloads and the API all use these two functions.
 */
import { createHash } from 'node:crypto';

/**
 * The ETag of a body.
 * @example etagOf('<!DOCTYPE html>…') // '"q5Xw…"'
 */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * True when an If-None-Match header value names this ETag (or is `*`).
 * @example matchesEtag('W/"abc", "def"', '"def"') // true
 */
export function matchesEtag(ifNoneMatch: string | undefined | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/**
 * True when the request's If-None-Match names this ETag.
 * @example if (fresh(c, etag)) return c.body(null, 304);
 */
export function fresh(c: { req: { header(name: string): string | undefined } }, etag: string): boolean {
  return matchesEtag(c.req.header('if-none-match'), etag);
}
