/** Admin pages: accounts and the audit log. */
import type { Context, Hono } from 'hono';
import { EditingConflictError, ROLES, type Session } from '../../store/index.ts';
import { renderHtml } from '../http/render.ts';
import { AccountError, addAccount, normalizeEmail, parseRole } from './accounts.ts';
import { formatDate } from '../../i18n/index.ts';
import { frameFor, localeOf, messagePage, say, signedIn, signedInPost, type EditContext } from './guard.tsx';
import { Csrf, EditLayout, Notice } from './layout.tsx';
import { clientIp } from './session.ts';

/** How many of the latest audit entries the audit page shows. */
const AUDIT_SHOWN = 200;

async function usersPage(c: Context, ctx: EditContext, session: Session, notice?: { kind: 'error' | 'ok'; text: string; setupUrl?: string | undefined }) {
  const users = await ctx.cfg.store.editing.listUsers();
  return renderHtml(
    <EditLayout frame={await frameFor(c, ctx, session, '/edit/users')} title={say(c, 'edit.users.title')}>
      <h1>{say(c, 'edit.users.title')}</h1>
      {notice ? (
        <Notice kind={notice.kind}>
          {notice.text}
          {notice.setupUrl ? (
            <>
              {' '}
              {say(c, 'edit.users.setupLink')} <code>{notice.setupUrl}</code>
            </>
          ) : null}
        </Notice>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{say(c, 'edit.users.email')}</th>
            <th scope="col">{say(c, 'edit.users.role')}</th>
            <th scope="col">{say(c, 'edit.users.state')}</th>
            <th scope="col">
              <span class="visually-hidden">{say(c, 'edit.users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.email}</td>
              <td>{say(c, 'edit.role', { role: u.role })}</td>
              <td>
                {u.disabledAt
                  ? say(c, 'edit.users.disabled', { date: formatDate(localeOf(c), u.disabledAt.slice(0, 10)) })
                  : say(c, u.hasPassword ? 'edit.users.active' : 'edit.users.pending')}
              </td>
              <td>
                {u.disabledAt || u.id === session.user.id ? null : (
                  <form method="post" action="/edit/users/disable">
                    <Csrf session={session} />
                    <input type="hidden" name="email" value={u.email} />
                    <button type="submit">{say(c, 'edit.users.disable')}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{say(c, 'edit.users.add')}</h2>
      <form method="post" action="/edit/users">
        <Csrf session={session} />
        <p>
          <label for="email">{say(c, 'edit.users.email')}</label>
          <br />
          <input id="email" name="email" type="email" required maxlength={254} />
        </p>
        <p>
          <label for="role">{say(c, 'edit.users.role')}</label>
          <br />
          <select id="role" name="role">
            {ROLES.map((r) => (
              <option value={r}>{say(c, 'edit.role', { role: r })}</option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">{say(c, 'edit.users.addSubmit')}</button>
        </p>
      </form>
    </EditLayout>,
  );
}

export function registerUsers(app: Hono, ctx: EditContext): void {
  const { cfg } = ctx;
  app.get(
    '/edit/users',
    signedIn(ctx, 'manage-users', async (c, session) => c.html(await usersPage(c, ctx, session))),
  );

  app.post(
    '/edit/users',
    signedInPost(ctx, 'manage-users', { email: 254, role: 20 }, async (c, session, form) => {
      try {
        const { user, setupUrl } = await addAccount(cfg.store, {
          email: form.email ?? '',
          role: parseRole(form.role ?? ''),
          siteUrl: ctx.deps.siteUrl,
          actor: session.user.email,
          ip: clientIp(c),
          at: cfg.now(),
        });
        return c.html(
          await usersPage(c, ctx, session, {
            kind: 'ok',
            text: say(c, 'edit.users.added', { email: user.email, role: say(c, 'edit.role', { role: user.role }) }),
            setupUrl,
          }),
        );
      } catch (error) {
        if (error instanceof AccountError)
          return c.html(
            await usersPage(c, ctx, session, { kind: 'error', text: say(c, 'edit.users.unchanged', { problem: say(c, error.key, error.params) }) }),
            400,
          );
        // another admin added the same address meanwhile
        if (error instanceof EditingConflictError)
          return c.html(
            await usersPage(c, ctx, session, {
              kind: 'error',
              text: say(c, 'edit.users.unchanged', { problem: say(c, 'edit.account.exists', { email: String(error.params.email ?? '') }) }),
            }),
            409,
          );
        throw error;
      }
    }),
  );

  app.post(
    '/edit/users/disable',
    signedInPost(ctx, 'manage-users', { email: 254 }, async (c, session, form) => {
      let email: string;
      try {
        email = normalizeEmail(form.email ?? '');
      } catch (error) {
        if (error instanceof AccountError) return messagePage(c, ctx, session, 400, say(c, 'edit.users.title'), say(c, error.key, error.params));
        throw error;
      }
      if (email === session.user.email) return messagePage(c, ctx, session, 409, say(c, 'edit.users.title'), say(c, 'edit.users.self'));
      if (!(await cfg.store.editing.disableUser(email, cfg.now())))
        return messagePage(c, ctx, session, 404, say(c, 'edit.users.title'), say(c, 'edit.users.none', { email }));
      await cfg.store.editing.audit({
        at: cfg.now(),
        actor: session.user.email,
        action: 'user.disable',
        subject: `user:${email}`,
        detail: {},
        ip: clientIp(c),
      });
      return c.html(await usersPage(c, ctx, session, { kind: 'ok', text: say(c, 'edit.users.disabledNotice', { email }) }));
    }),
  );

  app.get(
    '/edit/audit',
    signedIn(ctx, 'manage-users', async (c, session) => {
      const entries = await cfg.store.editing.auditLog(AUDIT_SHOWN);
      return c.html(
        await renderHtml(
          <EditLayout frame={await frameFor(c, ctx, session)} title={say(c, 'edit.audit.title')}>
            <h1>{say(c, 'edit.audit.title')}</h1>
            <p>{say(c, 'edit.audit.intro', { count: AUDIT_SHOWN })}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{say(c, 'edit.audit.when')}</th>
                  <th scope="col">{say(c, 'edit.audit.who')}</th>
                  <th scope="col">{say(c, 'edit.audit.what')}</th>
                  <th scope="col">{say(c, 'edit.audit.subject')}</th>
                  <th scope="col">{say(c, 'edit.audit.from')}</th>
                  <th scope="col">{say(c, 'edit.audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr>
                    <td>{e.at}</td>
                    <td>{e.actor}</td>
                    <td>{e.action}</td>
                    <td>{e.subject}</td>
                    <td>{e.ip}</td>
                    <td>
                      <code>{JSON.stringify(e.detail)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </EditLayout>,
        ),
      );
    }),
  );
}
