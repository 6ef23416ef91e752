/**
 * The checks in front of every /edit route: a signed-in session (or a
 * redirect to the login page), the role the action needs, and, for every
 * form post, a same-origin request carrying the session's CSRF token.
 */
import type { Context } from 'hono';
import { joinList, t, type Locale, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import type { EditingConflict, EditingConflictError, Session } from '../../store/index.ts';
import { englishPath, localeOfPath } from '../http/locale-paths.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { renderHtml } from '../http/render.ts';
import { readForm, formErrorText, FormError, type FormFields } from './form.ts';
import { EditLayout, Notice, type EditFrame } from './layout.tsx';
import { can, type Action } from './policy.ts';
import { currentSession, sameToken, type EditConfig } from './session.ts';

export interface EditContext {
  cfg: EditConfig;
  deps: RouteDeps;
}

/** The language of an editor request: /de/edit/… is German, /fr/edit/… French, /edit/… English. */
export function localeOf(c: Context): Locale {
  return localeOfPath(c.req.path);
}

/** A catalogue message in the request's language. */
export function say(c: Context, key: MessageKey, params?: MessageParams): string {
  return t(localeOf(c), key, params);
}

/** A draft's status (editing, submitted, changes-requested, …) in words (the message's selectors are camel case: ICU allows no hyphen in them). */
export function draftStatusName(locale: Locale, status: string): string {
  return t(locale, 'edit.draft.statusName', { status: status.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) });
}

/** Each rule the store keeps, as its catalogue message. */
const CONFLICTS: Record<EditingConflict, MessageKey> = {
  noDraft: 'edit.conflict.noDraft',
  userExists: 'edit.conflict.userExists',
  correctionNotOpen: 'edit.conflict.correctionNotOpen',
  notEditable: 'edit.conflict.notEditable',
  wrongStatus: 'edit.conflict.wrongStatus',
  notSubmitted: 'edit.conflict.notSubmitted',
  otherApp: 'edit.conflict.otherApp',
  appChanged: 'edit.conflict.appChanged',
};

/**
 * A write the store refused (EditingConflictError), in the request's
 * language: its catalogue message with its parameters (ids as written, a list
 * of draft statuses in words, joined with "or").
 */
export function conflictText(c: Context, error: EditingConflictError): string {
  const locale = localeOf(c);
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(error.params))
    params[name] =
      typeof value === 'string' || typeof value === 'number'
        ? name === 'id'
          ? String(value)
          : value
        : joinList(
            locale,
            value.map((status) => draftStatusName(locale, status)),
            'disjunction',
          );
  return t(locale, CONFLICTS[error.code], params);
}

/**
 * The frame of a page answering `c`. The language switcher leads to the same
 * page in each language: by default the page asked for, when it was a GET; the
 * answer to a form names the page it stands for (`switcher`), or has none.
 */
export async function frameFor(c: Context, ctx: EditContext, session: Session | undefined, switcher?: string): Promise<EditFrame> {
  const rc = await ctx.deps.routeContext();
  const asked = c.req.method === 'GET' ? `${englishPath(c.req.path)}${new URL(c.req.url).search}` : undefined;
  return { stylesheet: rc.meta.stylesheet, session, locale: localeOf(c), switcher: switcher ?? asked };
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
    <EditLayout frame={await frameFor(c, ctx, session)} title={title}>
      <h1>{title}</h1>
      <Notice kind="error">{message}</Notice>
      <p>
        <a href="/edit">{say(c, 'edit.back')}</a>
      </p>
    </EditLayout>,
  );
  return c.html(html, status);
}

/** A form that can't be read (a field too long, not text, a control character), named by its label in `labels` or its name. */
export function formErrorPage(
  c: Context,
  ctx: EditContext,
  session: Session | undefined,
  error: FormError,
  labels: Record<string, string> = {},
  title?: string,
) {
  return messagePage(c, ctx, session, 400, title ?? say(c, 'edit.formRefused.title'), formErrorText(localeOf(c), error, labels));
}

/** A form posted from another origin is refused whatever it carries. */
export function crossOrigin(c: Context): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined || origin === 'null') return origin === 'null';
  return origin !== new URL(c.req.url).origin;
}

/** The answer to a form posted from another origin. */
export function refusedCrossOrigin(c: Context, ctx: EditContext) {
  return messagePage(c, ctx, undefined, 403, say(c, 'edit.refused.title'), say(c, 'edit.refused.crossOrigin'));
}

export function forbidden(c: Context, ctx: EditContext, session: Session) {
  return messagePage(
    c,
    ctx,
    session,
    403,
    say(c, 'edit.forbidden.title'),
    say(c, 'edit.forbidden', { role: say(c, 'edit.role', { role: session.user.role }) }),
  );
}

/**
 * A GET handler for signed-in users with the permission `action` needs.
 * @example app.get('/edit/users', signedIn(ctx, 'manage-users', (c, session) => …))
 */
export function signedIn(ctx: EditContext, action: Action | undefined, handler: (c: Context, session: Session) => Promise<Response>) {
  return async function signedInPage(c: Context): Promise<Response> {
    const session = await currentSession(c, ctx.cfg);
    // a path under /edit: the editor's answer moves it under the request's language prefix (routes.tsx)
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
    if (crossOrigin(c)) return refusedCrossOrigin(c, ctx);
    const session = await currentSession(c, ctx.cfg);
    if (session === undefined) return messagePage(c, ctx, undefined, 403, say(c, 'edit.signedOut.title'), say(c, 'edit.signedOut'));
    let form: FormFields;
    try {
      form = await readForm(c, { ...limits, _csrf: 100 });
    } catch (error) {
      if (error instanceof FormError) return formErrorPage(c, ctx, session, error);
      throw error;
    }
    if (!sameToken(form._csrf, session.csrfToken)) return messagePage(c, ctx, session, 403, say(c, 'edit.expired.title'), say(c, 'edit.expired.session'));
    if (action !== undefined && !can(session.user.role, action)) return forbidden(c, ctx, session);
    return handler(c, session, form);
  };
}
