/** Opening a SQLite database file (or `:memory:`) with better-sqlite3. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { StoreConnectionError } from './errors.ts';
import { TransactionalDdlSqliteDialect } from './dialect.ts';
import type { Database } from './schema.ts';

export const DEFAULT_SQLITE_PATH = 'var/privacydefend.db';

/** How long a writer waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

export function openSqlite(path: string, busyTimeoutMs: number = BUSY_TIMEOUT_MS): { db: Kysely<Database>; location: string } {
  const inMemory = path === ':memory:';
  const location = inMemory ? path : resolve(path);
  let database: BetterSqlite3.Database;
  try {
    if (!inMemory) mkdirSync(dirname(location), { recursive: true });
    database = new BetterSqlite3(location, { timeout: busyTimeoutMs });
    if (!inMemory) database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
  } catch (cause) {
    throw new StoreConnectionError(`Cannot open SQLite database ${location}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  return { db: new Kysely<Database>({ dialect: new TransactionalDdlSqliteDialect({ database }) }), location };
}
