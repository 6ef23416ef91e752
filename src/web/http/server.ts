/**
 * The HTTP server: Node's http server in front of the Hono app. Public GET
 * and HEAD requests are answered from the response cache (src/web/http/
 * response-cache.ts) before Hono: a hit for the current data version is
 * written straight from the kept bytes, in the encoding the client accepts;
 * a miss renders the URL once through the app (concurrent requests for it
 * wait for that one rendering) and keeps the response. Everything else, and
 * responses that may not be kept, go through the app as they are.
 *
 * The plainest GETs of a hit don't even reach Node's http parser: the fast
 * path (fast-path.ts) reads each connection first and writes the kept
 * bytes itself, handing the connection to Node at the first request it
 * doesn't answer.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { WebApp } from '../app.tsx';
import { CachedResponse, cachedMessage, cacheKeyOf, isCacheable, sendCached } from './response-cache.ts';
import { FastServer, type FastAnswer } from './fast-path.ts';
import { LOCALES } from '../../i18n/index.ts';
import { englishPath, localeOfPath, suggestedLocale } from './locale-paths.ts';
import { KEEP_ALIVE_MS } from './wire.ts';

/** The cache keys of the home page in every language ("/", "/de", "/de/", …): the only paths whose englishPath is "/". */
const HOME_KEYS = new Set(['/', ...LOCALES.flatMap((l) => [`/${l}`, `/${l}/`])].filter((k) => englishPath(k) === '/'));

/** A home page whose reader's browser prefers another language carries a note (src/web/home/page.tsx): it is rendered for that request, never kept. */
function suggestsLanguage(acceptLanguage: string | undefined, key: string): boolean {
  // The set first: every other request skips parsing its path for a language.
  return HOME_KEYS.has(key) && suggestedLocale(acceptLanguage, localeOfPath(key)) !== undefined;
}

/**
 * The request listener: cached responses first, the app for the rest.
 * @example createServer(cachedListener(createApp({ site, siteUrl })))
 */
export function cachedListener(app: WebApp): (req: IncomingMessage, res: ServerResponse) => void {
  const appListener = getRequestListener(app.fetch);
  const { site, responseCache: cache } = app;
  /** Renderings under way, by cache key and data version. */
  const pending = new Map<string, Promise<CachedResponse | undefined>>();

  async function render(key: string, version: string): Promise<CachedResponse | undefined> {
    // The key, not the request: no cookies, no conditional headers, so the response is the full one anyone gets.
    const response = await app.fetch(new Request(`http://localhost${key}`));
    if (!isCacheable(response.status, response.headers)) {
      await response.body?.cancel();
      return undefined;
    }
    const entry = new CachedResponse(version, response.status, response.headers, Buffer.from(await response.arrayBuffer()));
    // Keep it only if the data did not move while it rendered.
    if (site.currentVersion() === version) cache.set(key, entry);
    return entry;
  }

  async function fill(key: string): Promise<CachedResponse | undefined> {
    const { version } = await site.snapshot();
    const hit = cache.get(key, version);
    if (hit) return hit;
    const id = `${version}\n${key}`;
    let rendering = pending.get(id);
    if (!rendering) {
      rendering = render(key, version).finally(() => pending.delete(id));
      pending.set(id, rendering);
    }
    return rendering;
  }

  return function handleRequest(req, res) {
    const key = req.method === 'GET' || req.method === 'HEAD' ? cacheKeyOf(req.url ?? '') : undefined;
    if (key === undefined || suggestsLanguage(req.headers['accept-language'], key)) {
      void appListener(req, res);
      return;
    }
    const snapshot = site.freshSnapshot();
    const hit = snapshot && cache.get(key, snapshot.version);
    if (hit) {
      void sendCached(hit, req, res);
      return;
    }
    fill(key)
      .then(
        (entry) => (entry ? sendCached(entry, req, res) : appListener(req, res)),
        // The data could not be read (say the database is down): let the app answer, and report, as it does.
        () => appListener(req, res),
      )
      .catch(function reportFailure(err: unknown) {
        console.error(err);
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Something went wrong on our side. The error has been logged.');
      });
  };
}

/**
 * The fast path's answers: the kept message of a cache hit for the current
 * data version, exactly as cachedListener would send it; a promise (ask
 * again once it settles) while the data version is being confirmed or the
 * coding compressed, as cachedListener would wait for them; undefined
 * (Node's turn) for a miss or a home page that would suggest another language.
 */
export function fastAnswers(app: WebApp): FastAnswer {
  const { site, responseCache: cache } = app;
  return function answer(request, again) {
    const key = cacheKeyOf(request.target);
    if (key === undefined || suggestsLanguage(request.acceptLanguage, key)) return undefined;
    // Asked again once the snapshot was confirmed (or the coding compressed): its version, as fill() takes it.
    const version = again ? site.currentVersion() : site.freshSnapshot()?.version;
    if (version === undefined) return site.snapshot();
    const hit = cache.get(key, version);
    return hit ? cachedMessage(hit, request.acceptEncoding, request.ifNoneMatch, Date.now()) : undefined;
  };
}

/**
 * Listen on `host:port` (port 0 picks a free one) and resolve once listening.
 * @example const server = await startServer(createApp({ site, siteUrl }), { port: 3000, host: '127.0.0.1' });
 */
export function startServer(app: WebApp, opts: { port: number; host: string }): Promise<Server> {
  // Node's default keep-alive timeout, set here because the cached responses' kept bytes announce it (wire.ts).
  // Small cached pages go out in one write; the fast path turns Nagle off on every connection.
  const server = new FastServer({ keepAliveTimeout: KEEP_ALIVE_MS }, cachedListener(app), fastAnswers(app));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
