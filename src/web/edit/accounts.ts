/** Adding and disabling accounts: shared by `privacydefend user` and the admin pages. */
import type { MessageKey, MessageParams } from '../../i18n/index.ts';
import { ROLES, type Role, type Store, type User } from '../../store/index.ts';
import { hashPassword, newToken, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem, tokenHash } from './password.ts';

/** How long a setup link stays valid. */
export const SETUP_LINK_HOURS = 48;
const EMAIL_MAX_LENGTH = 254;

/**
 * Thrown for a user's mistake (a bad email, a weak password, a duplicate
 * account); the message says what to change, in English (the CLI shows it),
 * and `key` with `params` say it in the catalogue (the admin pages show it in
 * their language).
 */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

/**
 * The email as stored (trimmed, lower case), or an AccountError naming the problem.
 * @example normalizeEmail(' Ed@Example.org ') // 'ed@example.org'
 */
export function normalizeEmail(input: string): string {
  const email = input.trim().toLowerCase();
  if (email.length > EMAIL_MAX_LENGTH)
    throw new AccountError(`email: must be at most ${EMAIL_MAX_LENGTH} characters`, 'edit.account.emailTooLong', { max: EMAIL_MAX_LENGTH });
  if (!/^[^\s@<>"'`\\]+@[^\s@<>"'`\\]+\.[^\s@<>"'`\\.]+$/.test(email))
    throw new AccountError(`email: "${input}" is not an email address`, 'edit.account.emailInvalid', { input });
  return email;
}

export function parseRole(input: string): Role {
  const role = ROLES.find((r) => r === input);
  if (role === undefined)
    throw new AccountError(`role: must be one of ${ROLES.join(', ')}, not "${input}"`, 'edit.account.roleInvalid', { roles: ROLES.join(', '), input });
  return role;
}

/**
 * Adds an account with a password, or (without one) with a one-time setup
 * link that lets the person choose it. The addition goes to the audit log.
 * @example const { user, setupUrl } = await addAccount(store, { email, role: 'editor', siteUrl, actor: 'cli', ip: 'cli' });
 */
export async function addAccount(
  store: Store,
  opts: { email: string; role: Role; password?: string | undefined; siteUrl: string; actor: string; ip: string; at?: Date },
): Promise<{ user: User; setupUrl: string | undefined }> {
  const at = opts.at ?? new Date();
  const email = normalizeEmail(opts.email);
  if ((await store.editing.findUserByEmail(email)) !== undefined)
    throw new AccountError(`email: an account for ${email} already exists`, 'edit.account.exists', { email });
  let setupUrl: string | undefined;
  let user: User;
  if (opts.password !== undefined) {
    const problem = passwordProblem(opts.password);
    if (problem !== undefined)
      throw new AccountError(`password: ${problem}`, [...opts.password].length < PASSWORD_MIN_LENGTH ? 'edit.password.short' : 'edit.password.long', {
        min: PASSWORD_MIN_LENGTH,
        max: PASSWORD_MAX_LENGTH,
      });
    user = await store.editing.addUser({ email, role: opts.role, passwordHash: await hashPassword(opts.password), at });
  } else {
    const token = newToken();
    user = await store.editing.addUser({
      email,
      role: opts.role,
      setup: { tokenHash: tokenHash(token), expiresAt: new Date(at.getTime() + SETUP_LINK_HOURS * 3_600_000) },
      at,
    });
    setupUrl = `${opts.siteUrl}/edit/setup?token=${token}`;
  }
  await store.editing.audit({
    at,
    actor: opts.actor,
    action: 'user.add',
    subject: `user:${email}`,
    detail: { role: opts.role, setupLink: setupUrl !== undefined },
    ip: opts.ip,
  });
  return { user, setupUrl };
}
