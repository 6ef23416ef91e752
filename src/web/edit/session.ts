/**
 * Who is asking: server-side sessions in the store behind an HttpOnly,
 * SameSite=Strict cookie scoped to the editor (Secure when the site is https),
 * CSRF tokens, and the client address. The public site never reads or sets
 * a cookie, and the browser never sends one there: the editor's cookies are
 * set for each of its paths, /edit, /de/edit and /fr/edit (one sign-in serves
 * every language), and for nothing else.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/index.ts';
import type { Session, Store, User } from '../../store/index.ts';
import { rememberedClientAddress } from './client-address.ts';
import type { Mailer } from './mail.ts';
import { newToken, tokenHash } from './password.ts';

export const SESSION_COOKIE = 'pd_session';
/** Holds a random value that the login (and setup) form's _csrf must match, before there is a session. */
export const LOGIN_COOKIE = 'pd_login';
/** A session unused this long ends. */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
/** A session this old ends, however active. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;

export interface EditConfig {
  store: Store;
  /** Where answers to readers are sent from; undefined when no SMTP server is configured. */
  mailer: Mailer | undefined;
  /** Cookies are Secure when the site is served over https. */
  secureCookies: boolean;
  now: () => Date;
}

/**
 * The client's address: the socket's, or the one a trusted proxy forwarded
 * (TRUST_PROXY; see client-address.ts). Without TRUST_PROXY forwarded headers
 * are not believed: anyone can send them.
 */
export function clientIp(c: Context): string {
  return rememberedClientAddress(c);
}

/** Where the editor lives in each language: its cookies are scoped to each of these paths. */
export const EDITOR_PATHS = LOCALES.map((locale) => (locale === DEFAULT_LOCALE ? '/edit' : `/${locale}/edit`));

/** Sets an editor cookie for every language's editor path. */
function setEditorCookie(c: Context, cfg: EditConfig, name: string, value: string, maxAgeSeconds: number): void {
  for (const path of EDITOR_PATHS) setCookie(c, name, value, { path, httpOnly: true, sameSite: 'Strict', secure: cfg.secureCookies, maxAge: maxAgeSeconds });
}

/** Deletes an editor cookie at every language's editor path. */
function deleteEditorCookie(c: Context, cfg: EditConfig, name: string): void {
  for (const path of EDITOR_PATHS) deleteCookie(c, name, { path, secure: cfg.secureCookies });
}

/** Equal strings, compared in constant time. */
export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The signed-in session of this request, or undefined; an idle or expired session is ended. */
export async function currentSession(c: Context, cfg: EditConfig): Promise<Session | undefined> {
  const id = getCookie(c, SESSION_COOKIE);
  if (id === undefined || id.length > 100) return undefined;
  const idHash = tokenHash(id);
  const session = await cfg.store.editing.getSession(idHash);
  if (session === undefined) return undefined;
  const now = cfg.now().getTime();
  if (now - Date.parse(session.lastSeenAt) > IDLE_TIMEOUT_MS || now - Date.parse(session.createdAt) > ABSOLUTE_TIMEOUT_MS) {
    await cfg.store.editing.deleteSession(idHash);
    deleteEditorCookie(c, cfg, SESSION_COOKIE);
    return undefined;
  }
  // Writing last_seen_at on every request would cost a write per click; a minute's precision is plenty.
  if (now - Date.parse(session.lastSeenAt) > 60_000) await cfg.store.editing.touchSession(idHash, cfg.now());
  return session;
}

/**
 * Signs `user` in with a brand-new session id and CSRF token, ending the
 * session the request came with (if any), so an id planted before login is
 * worth nothing after it.
 */
export async function startSession(c: Context, cfg: EditConfig, user: User): Promise<void> {
  const old = getCookie(c, SESSION_COOKIE);
  if (old !== undefined) await cfg.store.editing.deleteSession(tokenHash(old));
  const now = cfg.now();
  await cfg.store.editing.pruneSessions(new Date(now.getTime() - IDLE_TIMEOUT_MS), new Date(now.getTime() - ABSOLUTE_TIMEOUT_MS));
  const id = newToken();
  await cfg.store.editing.createSession({ idHash: tokenHash(id), userId: user.id, csrfToken: newToken(), ip: clientIp(c), at: now });
  setEditorCookie(c, cfg, SESSION_COOKIE, id, ABSOLUTE_TIMEOUT_MS / 1000);
  deleteEditorCookie(c, cfg, LOGIN_COOKIE);
}

export async function endSession(c: Context, cfg: EditConfig, session: Session): Promise<void> {
  await cfg.store.editing.deleteSession(session.idHash);
  deleteEditorCookie(c, cfg, SESSION_COOKIE);
}

function hmac(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}\0${value}`).digest('base64url');
}

/**
 * The _csrf value for a form shown before sign-in (login, password setup):
 * an HMAC of a random value held in a SameSite=Strict cookie, so a form
 * posted from another site (which has neither) is refused.
 */
export async function preSessionCsrf(c: Context, cfg: EditConfig): Promise<string> {
  let nonce = getCookie(c, LOGIN_COOKIE);
  if (nonce === undefined || !/^[A-Za-z0-9_-]{43}$/.test(nonce)) {
    nonce = newToken();
    setEditorCookie(c, cfg, LOGIN_COOKIE, nonce, 3600);
  }
  return hmac(await cfg.store.editing.secret(), 'login', nonce);
}

export async function preSessionCsrfValid(c: Context, cfg: EditConfig, submitted: string | undefined): Promise<boolean> {
  const nonce = getCookie(c, LOGIN_COOKIE);
  if (nonce === undefined) return false;
  return sameToken(submitted, hmac(await cfg.store.editing.secret(), 'login', nonce));
}

/** How long a reader's correction form stays valid. */
const FORM_TOKEN_MAX_AGE_MS = 6 * 3_600_000;

/**
 * The _csrf of the reader's correction form: a timestamp signed with the
 * site's secret. Readers have no session and get no cookie; the token proves
 * the form was served by this site recently.
 */
export async function readerFormToken(cfg: EditConfig): Promise<string> {
  const issued = String(cfg.now().getTime());
  return `${issued}.${hmac(await cfg.store.editing.secret(), 'correction', issued)}`;
}

export async function readerFormTokenValid(cfg: EditConfig, submitted: string | undefined): Promise<boolean> {
  const [issued, mac] = (submitted ?? '').split('.');
  if (issued === undefined || mac === undefined || !/^\d{1,15}$/.test(issued)) return false;
  const age = cfg.now().getTime() - Number(issued);
  if (age < 0 || age > FORM_TOKEN_MAX_AGE_MS) return false;
  return sameToken(mac, hmac(await cfg.store.editing.secret(), 'correction', issued));
}

/** The client address as kept for readers: a keyed hash, enough to rate-limit, not enough to identify. */
export async function readerKey(c: Context, cfg: EditConfig): Promise<string> {
  return hmac(await cfg.store.editing.secret(), 'reader-ip', clientIp(c)).slice(0, 22);
}
