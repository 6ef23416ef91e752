/** Signing in and out, and choosing a password through a setup link. */
import type { Context, Hono } from 'hono';
import { renderHtml } from '../http/render.ts';
import { normalizeEmail, AccountError } from './accounts.ts';
import { readForm, FormError } from './form.ts';
import { crossOrigin, formErrorPage, frameFor, messagePage, refusedCrossOrigin, say, signedInPost, type EditContext } from './guard.tsx';
import { EditLayout, Notice } from './layout.tsx';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, tokenHash, verifyPassword } from './password.ts';
import { countEvent, limited, LOGIN_PER_ACCOUNT, LOGIN_PER_IP } from './rate-limit.ts';
import { clientIp, currentSession, endSession, preSessionCsrf, preSessionCsrfValid, startSession } from './session.ts';

/** Only a path inside the editor (in any language), so the login page can't be used to send people elsewhere. */
function safeNext(next: string | undefined): string {
  return next !== undefined && /^(?:\/(?:de|fr))?\/edit(?:\/[A-Za-z0-9/_-]*)?$/.test(next) ? next : '/edit';
}

/** Why a new password can't be used, in the page's language, or undefined when it can. */
function passwordProblemText(c: Context, password: string): string | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return say(c, 'edit.password.short', { min: PASSWORD_MIN_LENGTH });
  if (length > PASSWORD_MAX_LENGTH) return say(c, 'edit.password.long', { max: PASSWORD_MAX_LENGTH });
  return undefined;
}

async function loginPage(c: Context, ctx: EditContext, opts: { status?: 200 | 401 | 403 | 429; error?: string; email?: string; next?: string }) {
  const csrf = await preSessionCsrf(c, ctx.cfg);
  const html = await renderHtml(
    <EditLayout frame={await frameFor(c, ctx, undefined, '/edit/login')} title={say(c, 'edit.login.title')}>
      <h1>{say(c, 'edit.login.h1')}</h1>
      {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
      <form method="post" action="/edit/login">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="next" value={safeNext(opts.next)} />
        <p>
          <label for="email">{say(c, 'edit.login.email')}</label>
          <br />
          <input id="email" name="email" type="email" autocomplete="username" required maxlength={254} value={opts.email ?? ''} />
        </p>
        <p>
          <label for="password">{say(c, 'edit.login.password')}</label>
          <br />
          <input id="password" name="password" type="password" autocomplete="current-password" required maxlength={PASSWORD_MAX_LENGTH} />
        </p>
        <p>
          <button type="submit">{say(c, 'edit.login.submit')}</button>
        </p>
      </form>
    </EditLayout>,
  );
  return c.html(html, opts.status ?? 200);
}

async function setupPage(c: Context, ctx: EditContext, token: string, status: 200 | 400 = 200, error?: string) {
  const csrf = await preSessionCsrf(c, ctx.cfg);
  const html = await renderHtml(
    <EditLayout frame={await frameFor(c, ctx, undefined, `/edit/setup?token=${token}`)} title={say(c, 'edit.setup.title')}>
      <h1>{say(c, 'edit.setup.h1')}</h1>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <form method="post" action="/edit/setup">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="token" value={token} />
        <p>
          <label for="password">{say(c, 'edit.setup.password', { min: PASSWORD_MIN_LENGTH })}</label>
          <br />
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="new-password"
            required
            minlength={PASSWORD_MIN_LENGTH}
            maxlength={PASSWORD_MAX_LENGTH}
          />
        </p>
        <p>
          <button type="submit">{say(c, 'edit.setup.submit')}</button>
        </p>
      </form>
    </EditLayout>,
  );
  return c.html(html, status);
}

export function registerAuth(app: Hono, ctx: EditContext): void {
  const { cfg } = ctx;

  app.get('/edit/login', async (c) => {
    if ((await currentSession(c, cfg)) !== undefined) return c.redirect('/edit', 303);
    return loginPage(c, ctx, { next: c.req.query('next') });
  });

  app.post('/edit/login', async function login(c) {
    if (crossOrigin(c)) return refusedCrossOrigin(c, ctx);
    let form: Record<string, string>;
    try {
      form = await readForm(c, { email: 254, password: PASSWORD_MAX_LENGTH, _csrf: 100, next: 200 });
    } catch (error) {
      if (error instanceof FormError) return loginPage(c, ctx, { status: 401, error: say(c, 'edit.login.wrong') });
      throw error;
    }
    if (!(await preSessionCsrfValid(c, cfg, form._csrf))) return loginPage(c, ctx, { status: 403, error: say(c, 'edit.login.expired') });
    const now = cfg.now();
    const ip = clientIp(c);
    let email: string;
    try {
      email = normalizeEmail(form.email ?? '');
    } catch (error) {
      if (!(error instanceof AccountError)) throw error;
      email = (form.email ?? '').trim().toLowerCase().slice(0, 254);
    }
    const ipKey = `login-ip:${ip}`;
    const accountKey = `login-account:${email}`;
    // Limited per account whether or not it exists, so the answer says nothing about which emails have accounts.
    if ((await limited(cfg.store, ipKey, LOGIN_PER_IP, now)) || (await limited(cfg.store, accountKey, LOGIN_PER_ACCOUNT, now))) {
      await cfg.store.editing.audit({ at: now, actor: email, action: 'login.limited', subject: `user:${email}`, detail: {}, ip });
      c.header('Retry-After', String(LOGIN_PER_ACCOUNT.windowMs / 1000));
      return loginPage(c, ctx, { status: 429, error: say(c, 'edit.login.limited', { minutes: LOGIN_PER_ACCOUNT.windowMs / 60_000 }), email });
    }
    await countEvent(cfg.store, ipKey, now);
    const user = await cfg.store.editing.findUserByEmail(email);
    const matches = await verifyPassword(form.password ?? '', user?.passwordHash ?? undefined);
    if (user === undefined || !matches || user.disabledAt !== null) {
      await countEvent(cfg.store, accountKey, now);
      await cfg.store.editing.audit({ at: now, actor: email, action: 'login.failed', subject: `user:${email}`, detail: {}, ip });
      return loginPage(c, ctx, { status: 401, error: say(c, 'edit.login.wrong'), email, next: form.next });
    }
    await startSession(c, cfg, user);
    await cfg.store.editing.audit({ at: now, actor: user.email, action: 'login', subject: `user:${user.email}`, detail: {}, ip });
    return c.redirect(safeNext(form.next), 303);
  });

  app.post(
    '/edit/logout',
    signedInPost(ctx, undefined, {}, async (c, session) => {
      await endSession(c, cfg, session);
      await cfg.store.editing.audit({
        at: cfg.now(),
        actor: session.user.email,
        action: 'logout',
        subject: `user:${session.user.email}`,
        detail: {},
        ip: clientIp(c),
      });
      return c.redirect('/edit/login', 303);
    }),
  );

  app.post(
    '/edit/logout-everywhere',
    signedInPost(ctx, undefined, {}, async (c, session) => {
      const ended = await cfg.store.editing.deleteUserSessions(session.user.id);
      await endSession(c, cfg, session);
      await cfg.store.editing.audit({
        at: cfg.now(),
        actor: session.user.email,
        action: 'logout.everywhere',
        subject: `user:${session.user.email}`,
        detail: { sessions: ended },
        ip: clientIp(c),
      });
      return c.redirect('/edit/login', 303);
    }),
  );

  app.get('/edit/setup', async (c) => {
    const token = c.req.query('token') ?? '';
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return messagePage(c, ctx, undefined, 400, say(c, 'edit.setup.linkTitle'), say(c, 'edit.setup.invalid'));
    return setupPage(c, ctx, token);
  });

  app.post('/edit/setup', async function setPassword(c) {
    if (crossOrigin(c)) return refusedCrossOrigin(c, ctx);
    let form: Record<string, string>;
    try {
      form = await readForm(c, { token: 100, password: PASSWORD_MAX_LENGTH, _csrf: 100 });
    } catch (error) {
      if (error instanceof FormError) return formErrorPage(c, ctx, undefined, error, { password: say(c, 'edit.login.password') });
      throw error;
    }
    const token = form.token ?? '';
    if (!(await preSessionCsrfValid(c, cfg, form._csrf))) return setupPage(c, ctx, token, 400, say(c, 'edit.setup.expired'));
    const problem = passwordProblemText(c, form.password ?? '');
    if (problem !== undefined) return setupPage(c, ctx, token, 400, problem);
    const user = await cfg.store.editing.useSetupToken(tokenHash(token), await hashPassword(form.password ?? ''), cfg.now());
    if (user === undefined) return messagePage(c, ctx, undefined, 400, say(c, 'edit.setup.linkTitle'), say(c, 'edit.setup.used'));
    await cfg.store.editing.audit({
      at: cfg.now(),
      actor: user.email,
      action: 'user.password-set',
      subject: `user:${user.email}`,
      detail: {},
      ip: clientIp(c),
    });
    return c.redirect('/edit/login', 303);
  });
}
