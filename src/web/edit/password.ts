/**
 * Passwords and secret tokens. Passwords are hashed with scrypt (memory-hard;
 * N=2^17, r=8, p=1, the OWASP recommendation) under a random per-user salt and
 * compared in constant time. Tokens (session ids, setup links) are random and
 * only their sha256 is stored.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
/** scrypt needs 128·N·r bytes; allow twice that. */
const MAX_MEM = 256 * PARAMS.N * PARAMS.r;

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing stays cheap to refuse. */
export const PASSWORD_MAX_LENGTH = 256;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: 256 * params.N * params.r }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Why a password can't be used, or undefined when it can. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if ([...password].length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  return undefined;
}

/**
 * The stored form of a password: `scrypt$N$r$p$salt$key` (base64url).
 * @example const stored = await hashPassword('correct horse battery staple');
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A hash of a random password, verified against when the account doesn't exist, so that answering takes as long either way. */
let decoy: Promise<string> | undefined;
function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoy;
}

/**
 * Whether `password` matches `stored`; with stored undefined (no such account
 * or no password yet) it does the same work and answers false.
 * @example if (await verifyPassword(input, user?.passwordHash ?? undefined)) …
 */
export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const hash = stored ?? (await decoyHash());
  const [scheme, n, r, p, salt, key] = hash.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) throw new Error('stored password hash is not in the scrypt$N$r$p$salt$key form');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (params.N * params.r * 256 > MAX_MEM * 4) throw new Error('stored password hash asks for more memory than allowed');
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password.length > PASSWORD_MAX_LENGTH * 4 ? '' : password, Buffer.from(salt, 'base64url'), params);
  return timingSafeEqual(actual, expected) && stored !== undefined;
}

/** A random token for a cookie or a link (32 bytes, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored for a token: its sha256, so a copy of the database opens no session. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
