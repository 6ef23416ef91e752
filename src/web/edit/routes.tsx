/**
 * /edit: the only personal part of the site. Every response here is
 * uncacheable (no-store) and never enters the page cache; bodies are bounded.
 * Public pages never read or set a cookie. The same routes answer in German
 * under /de/edit and in French under /fr/edit (the language of the path, as
 * on the public pages); their links and redirects stay under that prefix.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/index.ts';
import { localeOfPath, localiseLinks, localPath } from '../http/locale-paths.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { registerAuth } from './auth.tsx';
import { registerCorrections } from './corrections.tsx';
import { registerDrafts } from './drafts.tsx';
import { say, signedIn, type EditContext } from './guard.tsx';
import { parseTrustProxy, rememberClientAddress } from './client-address.ts';
import { mailerFromEnv, type Mailer } from './mail.ts';
import type { EditConfig } from './session.ts';
import { registerUsers } from './users.tsx';
import { workListPage } from './work-list.tsx';

/** The largest form body accepted (a whole review as a form fits in far less). */
const MAX_BODY_BYTES = 256 * 1024;

export interface EditorOptions {
  /** The clock (tests move it to expire sessions). */
  now?: () => Date;
  /** Sends answers to readers; null for none; by default the one SMTP_URL (and MAIL_FROM) describe. */
  mailer?: Mailer | null;
  /** The proxies whose X-Forwarded-For is believed (TRUST_PROXY's syntax); by default TRUST_PROXY, and without it none. */
  trustProxy?: string;
}

/**
 * A German or French answer's links to the editor and to the site's pages,
 * and its redirect, moved under the language's prefix (the handlers write
 * English paths, as the public views do).
 */
async function localiseAnswer(c: Context, locale: Locale): Promise<void> {
  if (locale === DEFAULT_LOCALE) return;
  const location = c.res.headers.get('location');
  if (location?.startsWith('/') && !location.startsWith('//')) c.res.headers.set('location', localPath(locale, location));
  if (!(c.res.headers.get('content-type') ?? '').startsWith('text/html')) return;
  const html = localiseLinks(await c.res.text(), locale);
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  c.res = new Response(html, { status: c.res.status, headers });
}

/**
 * Mount the editor on the app, at /edit and under each language's prefix.
 * @example registerEditor(app, deps);
 */
export function registerEditor(app: Hono, deps: RouteDeps, opts: EditorOptions = {}): void {
  const edit = new Hono();
  registerEditorRoutes(edit, deps, opts);
  for (const locale of LOCALES) app.route(locale === DEFAULT_LOCALE ? '/' : `/${locale}`, edit);
}

function registerEditorRoutes(app: Hono, deps: RouteDeps, opts: EditorOptions): void {
  const mailer = opts.mailer === undefined ? mailerFromEnv(process.env, deps.siteUrl) : (opts.mailer ?? undefined);
  const cfg: EditConfig = { store: deps.site.store, mailer, secureCookies: deps.siteUrl.startsWith('https:'), now: opts.now ?? (() => new Date()) };
  const ctx: EditContext = { cfg, deps };

  const trust = parseTrustProxy(opts.trustProxy ?? process.env.TRUST_PROXY);
  app.use('/edit/*', async function personal(c, next) {
    rememberClientAddress(c, trust);
    await next();
    await localiseAnswer(c, localeOfPath(c.req.path));
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
  });
  app.use('/edit/*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text(say(c, 'edit.tooLarge', { kib: MAX_BODY_BYTES / 1024 }), 413) }));

  registerAuth(app, ctx);
  registerCorrections(app, ctx);
  registerUsers(app, ctx);
  registerDrafts(app, ctx);

  app.get(
    '/edit',
    signedIn(ctx, undefined, (c, session) => workListPage(c, ctx, session)),
  );
  app.get('/edit/', (c) => c.redirect('/edit', 301));
}
