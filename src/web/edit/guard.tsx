/**
 * The checks in front of every /edit route: a signed-in session (or a
 * redirect to the login page), the role the action needs, and, for every
 * form post, a same-origin request carrying the session's CSRF token.
 */
import type { Context } from 'hono';
import type { Session } from '../../store/index.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { renderHtml } from '../http/render.ts';
import { readForm, FormError, type FormFields } from './form.ts';
import { EditLayout, Notice, type EditFrame } from './layout.tsx';
import { can, type Action } from './policy.ts';
import { currentSession, sameToken, type EditConfig } from './session.ts';

export interface EditContext {
  cfg: EditConfig;
  deps: RouteDeps;
}

export async function frameFor(ctx: EditContext, session: Session | undefined): Promise<EditFrame> {
  const rc = await ctx.deps.routeContext();
  return { stylesheet: rc.meta.stylesheet, session };
}

/** An editor page with a message and a status. */
export async function messagePage(
  c: Context,
  ctx: EditContext,
  session: Session | undefined,
  status: 400 | 403 | 404 | 409 | 413 | 429,
  title: string,
  message: string,
) {
  const html = await renderHtml(
    <EditLayout frame={await frameFor(ctx, session)} title={title}>
      <h1>{title}</h1>
      <Notice kind="error">{message}</Notice>
      <p>
        <a href="/edit">Back to the editor</a>
      </p>
    </EditLayout>,
  );
  return c.html(html, status);
}

/** A form posted from another origin is refused whatever it carries. */
export function crossOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return origin === 'null';
  return origin !== new URL(c.req.url).origin;
}

export function forbidden(c: Context, ctx: EditContext, session: Session) {
  return messagePage(c, ctx, session, 403, 'Not allowed', `Your role (${session.user.role}) can't do this.`);
}

/**
 * A GET handler for signed-in users with the permission `action` needs.
 * @example app.get('/edit/users', signedIn(ctx, 'manage-users', (c, session) => …))
 */
export function signedIn(ctx: EditContext, action: Action | undefined, handler: (c: Context, session: Session) => Promise<Response>) {
  return async function signedInPage(c: Context): Promise<Response> {
    const session = await currentSession(c, ctx.cfg);
    if (session === undefined) return c.redirect(`/edit/login?next=${encodeURIComponent(c.req.path)}`, 303);
    if (action !== undefined && !can(session.user.role, action)) return forbidden(c, ctx, session);
    return handler(c, session);
  };
}

/**
 * A form post by a signed-in user: same origin, the session's _csrf, the
 * permission `action` needs, and the fields within their limits.
 */
export function signedInPost(
  ctx: EditContext,
  action: Action | undefined,
  limits: Record<string, number>,
  handler: (c: Context, session: Session, form: FormFields) => Promise<Response>,
) {
  return async function signedInForm(c: Context): Promise<Response> {
    if (crossOrigin(c)) return messagePage(c, ctx, undefined, 403, 'Refused', 'This form was sent from another site.');
    const session = await currentSession(c, ctx.cfg);
    if (session === undefined) return messagePage(c, ctx, undefined, 403, 'Signed out', 'Your session has ended: sign in again, then repeat the change.');
    let form: FormFields;
    try {
      form = await readForm(c, { ...limits, _csrf: 100 });
    } catch (error) {
      if (error instanceof FormError) return messagePage(c, ctx, session, 400, 'Form refused', error.message);
      throw error;
    }
    if (!sameToken(form._csrf, session.csrfToken))
      return messagePage(
        c,
        ctx,
        session,
        403,
        'Form expired',
        'This form is out of date or was not sent from this site (its _csrf token is wrong): reload the page and try again.',
      );
    if (action !== undefined && !can(session.user.role, action)) return forbidden(c, ctx, session);
    return handler(c, session, form);
  };
}
