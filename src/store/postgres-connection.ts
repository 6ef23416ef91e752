/** Opening a PostgreSQL connection pool from a postgres:// URL, checked at start-up. */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import { StoreConnectionError } from './errors.ts';
import type { Database } from './schema.ts';

/** Pool limits. The defaults suit several app processes sharing one server. */
export interface PostgresPoolOptions {
  /** Connections per process (default 10). */
  max?: number;
  /** How long to wait for a connection, new or from the pool (default 10 s). */
  connectionTimeoutMillis?: number;
  /** Idle connections are closed after this (default 30 s). */
  idleTimeoutMillis?: number;
  /** The server cancels any statement running longer (default 30 s). */
  statementTimeoutMillis?: number;
}

/** Who and where a URL points at, without its password. */
export interface PostgresTarget {
  host: string;
  port: number;
  database: string;
  user: string;
  /** The URL without password or query string: safe to print. */
  location: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

/**
 * Reads host, port, database and user from a postgres:// URL.
 * @example describePostgresUrl('postgres://ann:secret@db:5433/pd').location // 'postgres://ann@db:5433/pd'
 */
export function describePostgresUrl(url: string): PostgresTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The URL itself may hold a password: don't echo it.
    throw new StoreConnectionError('The database URL is not a valid URL (expected postgres://user:password@host:port/database).');
  }
  const user = decodeURIComponent(parsed.username);
  const host = parsed.hostname || 'localhost';
  const port = parsed.port === '' ? 5432 : Number(parsed.port);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user || 'postgres';
  const userPart = parsed.username === '' ? '' : `${parsed.username}@`;
  return { host, port, database, user, location: `${parsed.protocol}//${userPart}${parsed.host}/${encodeURIComponent(database)}` };
}

/** Opens a pool and runs one query, so a wrong URL or a down server fails here, clearly. */
export async function openPostgres(url: string, options: PostgresPoolOptions = {}): Promise<{ db: Kysely<Database>; location: string }> {
  const target = describePostgresUrl(url);
  const password = new URL(url).password;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    idleTimeoutMillis: options.idleTimeoutMillis ?? 30_000,
    statement_timeout: options.statementTimeoutMillis ?? 30_000,
    application_name: 'privacydefend',
  });
  // An idle connection dropped by the server is discarded by the pool; the next
  // query reports any lasting problem. Without a listener the process would crash.
  pool.on('error', function idleConnectionLost(error) {
    console.warn(`PostgreSQL connection to ${target.host}:${target.port} lost: ${redact(error.message, password)}`);
  });
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw unreachable(target, error, password);
  }
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), location: target.location };
}

function unreachable(target: PostgresTarget, error: unknown, password: string): StoreConnectionError {
  const reason = redact(error instanceof Error ? error.message || errorCodeOf(error) : String(error), password);
  return new StoreConnectionError(
    `Cannot connect to PostgreSQL at ${target.host}:${target.port}, database "${target.database}"` +
      `${target.user === '' ? '' : ` as user "${target.user}"`}: ${reason}`,
  );
}

function errorCodeOf(error: Error): string {
  return 'code' in error && typeof error.code === 'string' ? error.code : error.name;
}

function redact(text: string, password: string): string {
  if (password === '') return text;
  return text.split(password).join('***').split(decodeURIComponent(password)).join('***');
}
