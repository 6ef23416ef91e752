/** `privacydefend user add|list|disable`: the accounts of the editors (see README, "Editing"). */
import { userInfo } from 'node:os';
import { openStore } from '../../store/index.ts';
import { AccountError, addAccount, normalizeEmail, parseRole, SETUP_LINK_HOURS } from '../../web/edit/accounts.ts';
import { parseCommandArgs, storeEnv, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend user <add|list|disable> [options] [--db FILE | --database URL]

  add --email E --role contributor|editor|admin [--password-stdin] [--site-url URL]
          Adds an account. With --password-stdin the password is read from
          standard input; without it a one-time setup link (valid ${SETUP_LINK_HOURS} hours)
          is printed, through which the person chooses a password.
  list    Lists the accounts: email, role, whether a password is set, disabled.
  disable --email E
          Disables the account and ends all its sessions.

Roles: contributors propose changes; editors propose and approve others' changes;
admins also manage accounts. SITE_URL / --site-url is the origin of the setup link.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Who ran the command, for the audit log. */
function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export async function runUser(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { ...storeFlags, email: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean' }, 'site-url': { type: 'string' } },
    USAGE,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const [sub, ...extra] = parsed.positionals;
  if (sub === undefined || !['add', 'list', 'disable'].includes(sub) || extra.length > 0) {
    console.error(
      `${sub === undefined ? 'privacydefend user: missing subcommand' : `privacydefend user: unknown arguments "${parsed.positionals.join(' ')}"`}\n\n${USAGE}`,
    );
    return 2;
  }
  const { email, role } = parsed.values;
  if ((sub === 'add' || sub === 'disable') && email === undefined) {
    console.error(`privacydefend user ${sub}: --email is required\n\n${USAGE}`);
    return 2;
  }
  if (sub === 'add' && role === undefined) {
    console.error(`privacydefend user add: --role is required (contributor, editor or admin)\n\n${USAGE}`);
    return 2;
  }
  const password = sub === 'add' && parsed.values['password-stdin'] ? await readStdin() : undefined;
  const siteUrl = (parsed.values['site-url'] ?? process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`).replace(/\/+$/, '');

  const store = await openStore(storeEnv(args));
  try {
    await store.migrate();
    if (sub === 'list') {
      const users = await store.editing.listUsers();
      if (users.length === 0) console.log('No accounts yet: add one with "privacydefend user add --email E --role admin".');
      for (const u of users)
        console.log(
          `${u.email.padEnd(32)} ${u.role.padEnd(12)} ${u.hasPassword ? 'password set' : 'setup pending'}${u.disabledAt ? `  disabled ${u.disabledAt}` : ''}`,
        );
      return 0;
    }
    if (sub === 'disable') {
      const address = normalizeEmail(email ?? '');
      if (!(await store.editing.disableUser(address, new Date()))) {
        console.error(`privacydefend user disable: there is no account for ${address}`);
        return 1;
      }
      await store.editing.audit({ at: new Date(), actor: cliActor(), action: 'user.disable', subject: `user:${address}`, detail: {}, ip: 'cli' });
      console.log(`Disabled ${address}; its sessions have ended.`);
      return 0;
    }
    const { user, setupUrl } = await addAccount(store, { email: email ?? '', role: parseRole(role ?? ''), password, siteUrl, actor: cliActor(), ip: 'cli' });
    console.log(`Added ${user.email} (${user.role}).`);
    if (setupUrl !== undefined) console.log(`One-time setup link (valid ${SETUP_LINK_HOURS} hours; send it privately):\n${setupUrl}`);
    return 0;
  } catch (error) {
    if (error instanceof AccountError) {
      console.error(`privacydefend user ${sub}: ${error.message}; nothing was changed`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
