/**
 * /edit: the only personal part of the site. Every response here is
 * uncacheable (no-store) and never enters the page cache; bodies are bounded.
 * Public pages never read or set a cookie.
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RouteDeps } from '../http/route-deps.tsx';
import { registerAuth } from './auth.tsx';
import { registerCorrections } from './corrections.tsx';
import { registerDrafts } from './drafts.tsx';
import { signedIn, type EditContext } from './guard.tsx';
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
 * Mount the editor on the app.
 * @example registerEditor(app, deps);
 */
export function registerEditor(app: Hono, deps: RouteDeps, opts: EditorOptions = {}): void {
  const mailer = opts.mailer === undefined ? mailerFromEnv(process.env, deps.siteUrl) : (opts.mailer ?? undefined);
  const cfg: EditConfig = { store: deps.site.store, mailer, secureCookies: deps.siteUrl.startsWith('https:'), now: opts.now ?? (() => new Date()) };
  const ctx: EditContext = { cfg, deps };

  const trust = parseTrustProxy(opts.trustProxy ?? process.env.TRUST_PROXY);
  app.use('/edit/*', async function personal(c, next) {
    rememberClientAddress(c, trust);
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
  });
  app.use(
    '/edit/*',
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => c.text(`The form is larger than ${MAX_BODY_BYTES / 1024} KiB and was refused.`, 413) }),
  );

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
