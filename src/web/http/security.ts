/**
 * Security and privacy headers on every response. The site loads nothing from
 * third parties and runs no inline script, so the policy starts from nothing
 * (`default-src 'none'`) and allows only what the pages use: their own
 * scripts, stylesheet, images and the search index they fetch, and forms
 * that submit to the site itself.
 */
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Two years, the max-age HSTS preload lists ask for. */
export const DEFAULT_HSTS_MAX_AGE = 63_072_000;

/**
 * The Strict-Transport-Security max-age in seconds, or 0 for none: `setting`
 * (HSTS_MAX_AGE; "0" turns it off) when given, else two years when the site
 * is served over https and none otherwise (HSTS over http is ignored by
 * browsers and would pin a local preview to https).
 * @example hstsMaxAge('https://privacydefend.org', undefined) // 63072000
 */
export function hstsMaxAge(siteUrl: string, setting: string | undefined): number {
  if (setting !== undefined && setting !== '') {
    if (!/^\d{1,10}$/.test(setting)) throw new RangeError(`HSTS_MAX_AGE must be a whole number of seconds (0 turns HSTS off), not "${setting}"`);
    return Number(setting);
  }
  return siteUrl.startsWith('https://') ? DEFAULT_HSTS_MAX_AGE : 0;
}

/**
 * URL paths other sites may load: the open API, the downloads and the
 * embeddable badges. Everything else is same-origin only.
 */
export const CROSS_ORIGIN_PATHS = ['/api/v1/', '/downloads/', '/badge/'] as const;

/** Cross-Origin-Resource-Policy for a path. */
export function resourcePolicyFor(path: string): 'cross-origin' | 'same-origin' {
  return CROSS_ORIGIN_PATHS.some((p) => path.startsWith(p) || path === p.slice(0, -1)) ? 'cross-origin' : 'same-origin';
}

/**
 * The headers every response carries, without Cross-Origin-Resource-Policy
 * (which depends on the path, see resourcePolicyFor).
 * @example commonSecurityHeaders(63072000)['Strict-Transport-Security'] // 'max-age=63072000'
 */
export function commonSecurityHeaders(hstsSeconds: number): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(hstsSeconds > 0 ? { 'Strict-Transport-Security': `max-age=${hstsSeconds}` } : {}),
  };
}

/** The headers of a same-origin response (every page): the common set plus CORP same-origin. */
export function pageSecurityHeaders(hstsSeconds: number): Readonly<Record<string, string>> {
  return { ...commonSecurityHeaders(hstsSeconds), 'Cross-Origin-Resource-Policy': 'same-origin' };
}

/** The headers of a page served over http without HSTS (kept for callers that need no configuration). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = pageSecurityHeaders(0);

/** Sets the headers after the route has run, so every response carries them. */
export function securityHeaders(hstsSeconds = 0): MiddlewareHandler {
  const common = commonSecurityHeaders(hstsSeconds);
  const entries = Object.entries(common);
  return async function securityHeadersMiddleware(c, next) {
    await next();
    // Set on the response's own headers: Hono's c.header() on a finished response makes a new Response for every header it sets (eight here).
    const headers = c.res.headers;
    for (const [name, value] of entries) headers.set(name, value);
    headers.set('Cross-Origin-Resource-Policy', resourcePolicyFor(c.req.path));
  };
}
