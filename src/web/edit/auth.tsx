/** Signing in and out, and choosing a password through a setup link. */
import type { Context, Hono } from 'hono';
import { renderHtml } from '../http/render.ts';
import { normalizeEmail, AccountError } from './accounts.ts';
import { readForm, FormError } from './form.ts';
import { crossOrigin, frameFor, messagePage, signedInPost, type EditContext } from './guard.tsx';
import { EditLayout, Notice } from './layout.tsx';
import { hashPassword, passwordProblem, PASSWORD_MAX_LENGTH, tokenHash, verifyPassword } from './password.ts';
import { countEvent, limited, LOGIN_PER_ACCOUNT, LOGIN_PER_IP } from './rate-limit.ts';
import { clientIp, currentSession, endSession, preSessionCsrf, preSessionCsrfValid, startSession } from './session.ts';

const WRONG = 'The email or password is wrong, or the account is disabled.';

/** Only a path inside the editor, so the login page can't be used to send people elsewhere. */
function safeNext(next: string | undefined): string {
  return next !== undefined && /^\/edit(?:\/[A-Za-z0-9/_-]*)?$/.test(next) ? next : '/edit';
}

async function loginPage(c: Context, ctx: EditContext, opts: { status?: 200 | 401 | 403 | 429; error?: string; email?: string; next?: string }) {
  const csrf = await preSessionCsrf(c, ctx.cfg);
  const html = await renderHtml(
    <EditLayout frame={await frameFor(ctx, undefined)} title="Sign in">
      <h1>Sign in to the editor</h1>
      {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
      <form method="post" action="/edit/login">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="next" value={safeNext(opts.next)} />
        <p>
          <label for="email">Email</label>
          <br />
          <input id="email" name="email" type="email" autocomplete="username" required maxlength={254} value={opts.email ?? ''} />
        </p>
        <p>
          <label for="password">Password</label>
          <br />
          <input id="password" name="password" type="password" autocomplete="current-password" required maxlength={PASSWORD_MAX_LENGTH} />
        </p>
        <p>
          <button type="submit">Sign in</button>
        </p>
      </form>
    </EditLayout>,
  );
  return c.html(html, opts.status ?? 200);
}

async function setupPage(c: Context, ctx: EditContext, token: string, status: 200 | 400 = 200, error?: string) {
  const csrf = await preSessionCsrf(c, ctx.cfg);
  const html = await renderHtml(
    <EditLayout frame={await frameFor(ctx, undefined)} title="Choose a password">
      <h1>Choose your password</h1>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <form method="post" action="/edit/setup">
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="token" value={token} />
        <p>
          <label for="password">Password (at least 12 characters)</label>
          <br />
          <input id="password" name="password" type="password" autocomplete="new-password" required minlength={12} maxlength={PASSWORD_MAX_LENGTH} />
        </p>
        <p>
          <button type="submit">Set password</button>
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
    if (crossOrigin(c)) return messagePage(c, ctx, undefined, 403, 'Refused', 'This form was sent from another site.');
    let form: Record<string, string>;
    try {
      form = await readForm(c, { email: 254, password: PASSWORD_MAX_LENGTH, _csrf: 100, next: 200 });
    } catch (error) {
      if (error instanceof FormError) return loginPage(c, ctx, { status: 401, error: WRONG });
      throw error;
    }
    if (!(await preSessionCsrfValid(c, cfg, form._csrf)))
      return loginPage(c, ctx, { status: 403, error: 'The sign-in form had expired or came from another site. Please try again.' });
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
      return loginPage(c, ctx, { status: 429, error: 'Too many sign-in attempts. Wait 15 minutes, then try again.', email });
    }
    await countEvent(cfg.store, ipKey, now);
    const user = await cfg.store.editing.findUserByEmail(email);
    const matches = await verifyPassword(form.password ?? '', user?.passwordHash ?? undefined);
    if (user === undefined || !matches || user.disabledAt !== null) {
      await countEvent(cfg.store, accountKey, now);
      await cfg.store.editing.audit({ at: now, actor: email, action: 'login.failed', subject: `user:${email}`, detail: {}, ip });
      return loginPage(c, ctx, { status: 401, error: WRONG, email, next: form.next });
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
    if (!/^[A-Za-z0-9_-]{43}$/.test(token))
      return messagePage(c, ctx, undefined, 400, 'Setup link', 'This setup link is not valid: ask an admin for a new one.');
    return setupPage(c, ctx, token);
  });

  app.post('/edit/setup', async function setPassword(c) {
    if (crossOrigin(c)) return messagePage(c, ctx, undefined, 403, 'Refused', 'This form was sent from another site.');
    let form: Record<string, string>;
    try {
      form = await readForm(c, { token: 100, password: PASSWORD_MAX_LENGTH, _csrf: 100 });
    } catch (error) {
      if (error instanceof FormError) return messagePage(c, ctx, undefined, 400, 'Form refused', error.message);
      throw error;
    }
    const token = form.token ?? '';
    if (!(await preSessionCsrfValid(c, cfg, form._csrf))) return setupPage(c, ctx, token, 400, 'The form had expired. Please try again.');
    const problem = passwordProblem(form.password ?? '');
    if (problem !== undefined) return setupPage(c, ctx, token, 400, `Password: ${problem}.`);
    const user = await cfg.store.editing.useSetupToken(tokenHash(token), await hashPassword(form.password ?? ''), cfg.now());
    if (user === undefined)
      return messagePage(c, ctx, undefined, 400, 'Setup link', 'This setup link has expired or was already used: ask an admin for a new one.');
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
