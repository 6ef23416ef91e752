/** Admin pages: accounts and the audit log. */
import type { Hono } from 'hono';
import { ROLES, type Session } from '../../store/index.ts';
import { renderHtml } from '../http/render.ts';
import { AccountError, addAccount, normalizeEmail, parseRole } from './accounts.ts';
import { frameFor, messagePage, signedIn, signedInPost, type EditContext } from './guard.tsx';
import { Csrf, EditLayout, Notice } from './layout.tsx';
import { clientIp } from './session.ts';

async function usersPage(ctx: EditContext, session: Session, notice?: { kind: 'error' | 'ok'; text: string; setupUrl?: string | undefined }) {
  const users = await ctx.cfg.store.editing.listUsers();
  return renderHtml(
    <EditLayout frame={await frameFor(ctx, session)} title="Accounts">
      <h1>Accounts</h1>
      {notice ? (
        <Notice kind={notice.kind}>
          {notice.text}
          {notice.setupUrl ? (
            <>
              {' '}
              One-time setup link (send it privately): <code>{notice.setupUrl}</code>
            </>
          ) : null}
        </Notice>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">State</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>{u.disabledAt ? `disabled ${u.disabledAt.slice(0, 10)}` : u.hasPassword ? 'active' : 'setup pending'}</td>
              <td>
                {u.disabledAt || u.id === session.user.id ? null : (
                  <form method="post" action="/edit/users/disable">
                    <Csrf session={session} />
                    <input type="hidden" name="email" value={u.email} />
                    <button type="submit">Disable</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add an account</h2>
      <form method="post" action="/edit/users">
        <Csrf session={session} />
        <p>
          <label for="email">Email</label>
          <br />
          <input id="email" name="email" type="email" required maxlength={254} />
        </p>
        <p>
          <label for="role">Role</label>
          <br />
          <select id="role" name="role">
            {ROLES.map((r) => (
              <option value={r}>{r}</option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">Add and show a setup link</button>
        </p>
      </form>
    </EditLayout>,
  );
}

export function registerUsers(app: Hono, ctx: EditContext): void {
  const { cfg } = ctx;
  app.get(
    '/edit/users',
    signedIn(ctx, 'manage-users', async (c, session) => c.html(await usersPage(ctx, session))),
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
        return c.html(await usersPage(ctx, session, { kind: 'ok', text: `Added ${user.email} (${user.role}).`, setupUrl }));
      } catch (error) {
        if (error instanceof AccountError) return c.html(await usersPage(ctx, session, { kind: 'error', text: `${error.message}; nothing was changed.` }), 400);
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
        if (error instanceof AccountError) return messagePage(c, ctx, session, 400, 'Accounts', error.message);
        throw error;
      }
      if (email === session.user.email) return messagePage(c, ctx, session, 409, 'Accounts', 'You cannot disable your own account.');
      if (!(await cfg.store.editing.disableUser(email, cfg.now()))) return messagePage(c, ctx, session, 404, 'Accounts', `There is no account for ${email}.`);
      await cfg.store.editing.audit({
        at: cfg.now(),
        actor: session.user.email,
        action: 'user.disable',
        subject: `user:${email}`,
        detail: {},
        ip: clientIp(c),
      });
      return c.html(await usersPage(ctx, session, { kind: 'ok', text: `Disabled ${email}; its sessions have ended.` }));
    }),
  );

  app.get(
    '/edit/audit',
    signedIn(ctx, 'manage-users', async (c, session) => {
      const entries = await cfg.store.editing.auditLog(200);
      return c.html(
        await renderHtml(
          <EditLayout frame={await frameFor(ctx, session)} title="Audit log">
            <h1>Audit log</h1>
            <p>Every action in the editor, newest first (the latest 200). Entries can't be changed or deleted.</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Subject</th>
                  <th scope="col">From</th>
                  <th scope="col">Detail</th>
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
