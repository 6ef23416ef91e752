/**
 * /edit: the only personal part of the site. Every response here is
 * uncacheable (no-store) and never enters the page cache; bodies are bounded.
 * Public pages never read or set a cookie.
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { RouteDeps } from '../http/route-deps.tsx';
import { renderHtml } from '../http/render.ts';
import { registerAuth } from './auth.tsx';
import { registerCorrections } from './corrections.tsx';
import { registerDrafts } from './drafts.tsx';
import { frameFor, signedIn, type EditContext } from './guard.tsx';
import { Csrf, EditLayout } from './layout.tsx';
import { can } from './policy.ts';
import type { EditConfig } from './session.ts';
import { registerUsers } from './users.tsx';

/** The largest form body accepted (a whole review as a form fits in far less). */
const MAX_BODY_BYTES = 256 * 1024;

export interface EditorOptions {
  /** The clock (tests move it to expire sessions). */
  now?: () => Date;
}

/**
 * Mount the editor on the app.
 * @example registerEditor(app, deps);
 */
export function registerEditor(app: Hono, deps: RouteDeps, opts: EditorOptions = {}): void {
  const cfg: EditConfig = { store: deps.site.store, secureCookies: deps.siteUrl.startsWith('https:'), now: opts.now ?? (() => new Date()) };
  const ctx: EditContext = { cfg, deps };

  app.use('/edit/*', async function personal(c, next) {
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
    signedIn(ctx, undefined, async (c, session) => {
      const [drafts, corrections, rc] = await Promise.all([cfg.store.editing.openDrafts(), cfg.store.editing.correctionStats(), deps.routeContext()]);
      const apps = rc.snapshot.apps;
      const html = await renderHtml(
        <EditLayout frame={await frameFor(ctx, session)} title="Work list">
          <h1>Work list</h1>
          {can(session.user.role, 'moderate') ? (
            <p>
              <a href="/edit/corrections">{corrections.open} open reader correction(s)</a>
            </p>
          ) : null}
          <h2>Propose a change</h2>
          <form method="post" action="/edit/drafts/new">
            <Csrf session={session} />
            <label for="app">App</label>{' '}
            <select id="app" name="app">
              {apps.map((a) => (
                <option value={a.review.slug}>{a.review.name}</option>
              ))}
            </select>{' '}
            <button type="submit">Start a draft</button>
          </form>
          <h2>Open drafts</h2>
          {drafts.length === 0 ? (
            <p>No open drafts.</p>
          ) : (
            <ul>
              {drafts.map((d) => (
                <li>
                  <a href={`/edit/drafts/${d.id}`}>
                    Draft #{d.id} of {d.slug}
                  </a>{' '}
                  by {d.author.email}: {d.status}. {d.note}
                </li>
              ))}
            </ul>
          )}
        </EditLayout>,
      );
      return c.html(html);
    }),
  );
  app.get('/edit/', (c) => c.redirect('/edit', 301));
}
