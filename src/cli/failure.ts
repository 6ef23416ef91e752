/**
 * What the command line tells a user when a command fails for a reason
 * outside the program: a broken dataset, an unreachable or locked database,
 * a folder it can't write, a port in use. Each becomes one message naming
 * what and where; anything else is a programmer error and crashes loudly.
 */
import { DatasetError } from '../dataset/load.ts';
import { ExportError } from '../export/errors.ts';
import { MailConfigError } from '../web/edit/mail.ts';
import { ProxyConfigError } from '../web/edit/client-address.ts';
import { StoreConnectionError, StoreMigrationError, StoreNotMigratedError, StoreWriteError } from '../store/index.ts';

const SYSTEM_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EMFILE: 'too many open files',
  EADDRINUSE: 'the address is already in use',
  EADDRNOTAVAIL: 'the address is not available on this machine',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
};

interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  address?: string;
  port?: number;
}

function isSystemError(err: Error): err is SystemError {
  const code: unknown = (err as { code?: unknown }).code;
  return typeof code === 'string' && Object.hasOwn(SYSTEM_ERRORS, code);
}

/** better-sqlite3's SqliteError: a locked, read-only or corrupt database file, a full disk. */
function isSqliteError(err: Error): err is Error & { code: string } {
  return err.name === 'SqliteError' && typeof (err as { code?: unknown }).code === 'string';
}

/** PostgreSQL's own errors (pg's DatabaseError) carry a five-character SQLSTATE. */
function isPostgresError(err: Error): err is Error & { code: string } {
  return err.name === 'error' && /^[0-9A-Z]{5}$/.test(String((err as { code?: unknown }).code));
}

/**
 * The message for a failure the user can act on, or undefined for a
 * programmer error.
 * @example userFacingFailure(new StoreConnectionError('Cannot reach PostgreSQL at db:5432/app')) // 'Cannot reach PostgreSQL at db:5432/app'
 */
export function userFacingFailure(err: unknown): string | undefined {
  if (!(err instanceof Error)) return undefined;
  if (err instanceof DatasetError) return `${err.message}\n\nThe dataset has problems; nothing was changed.`;
  if (err instanceof MailConfigError || err instanceof ProxyConfigError) return err.message;
  if (err instanceof ExportError) return `${err.message}\nThe previous contents of the output folder (if any) are untouched.`;
  if (err instanceof StoreConnectionError || err instanceof StoreMigrationError || err instanceof StoreNotMigratedError || err instanceof StoreWriteError) {
    return err.message;
  }
  if (isSqliteError(err)) {
    const hint = err.code.startsWith('SQLITE_BUSY') ? ' (another process holds the database lock; try again when it has finished)' : '';
    return `SQLite database error ${err.code}: ${err.message}${hint}`;
  }
  if (isPostgresError(err)) return `PostgreSQL error ${err.code}: ${err.message}`;
  if (isSystemError(err)) {
    const where = err.path ?? (err.address !== undefined ? `${err.address}${err.port !== undefined ? `:${err.port}` : ''}` : undefined);
    return `${err.syscall ?? 'operation'}${where !== undefined ? ` ${where}` : ''} failed: ${SYSTEM_ERRORS[err.code]} (${err.code})`;
  }
  return undefined;
}
