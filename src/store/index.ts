/**
 * The store: apps as append-only revisions plus catalog snapshots, in SQLite
 * (default) or PostgreSQL. Nothing outside src/store writes SQL.
 *
 * @example
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
 * await store.migrate();
 * const apps = await store.listApps();
 * await store.close();
 */
import { sqliteAdapter, postgresAdapter } from './dialect.ts';
import { StoreConnectionError } from './errors.ts';
import type { Store } from './model.ts';
import type { PostgresPoolOptions } from './postgres-connection.ts';
import { DEFAULT_SQLITE_PATH, openSqlite } from './sqlite-connection.ts';
import { createStore } from './store.ts';

export type { AppRow, CatalogSnapshot, CurrentData, DialectName, ImportResult, RevisionInput, RevisionMeta, RevisionRow, Store, StoreStatus } from './model.ts';
export type {
  DocumentCheckRecord,
  DocumentCheckStatus,
  DocumentKey,
  DocumentState,
  DocumentStore,
  DocumentVersion,
  DocumentVersionText,
  CloseRecheckResult,
  RecheckClosing,
  RecheckItem,
} from './model.ts';
export * from './editing/index.ts';
export type { PostgresPoolOptions } from './postgres-connection.ts';
export { StoreConflictError, StoreConnectionError, StoreMigrationError, StoreNotMigratedError, StoreWriteError } from './errors.ts';
export { canonicalJson, canonicalHash } from '../domain/canonical.ts';
export { storedReviewOf, type StoredReview } from './mappers.ts';
export { DEFAULT_SQLITE_PATH } from './sqlite-connection.ts';

export interface OpenStoreOptions {
  /** A postgres:// or postgresql:// URL selects PostgreSQL; sqlite:PATH (or file:PATH) an SQLite file; when absent, SQLite at sqlitePath is used. Any other scheme is refused. */
  databaseUrl?: string | undefined;
  /** SQLite file (default var/privacydefend.db, its folder is created), or ':memory:'. */
  sqlitePath?: string | undefined;
  /** SQLite: how long a write waits for another process's lock before SQLITE_BUSY (default 10 s). */
  busyTimeoutMs?: number | undefined;
  /** PostgreSQL pool limits; the defaults suit production. */
  pool?: PostgresPoolOptions | undefined;
}

/**
 * Opens the store: PostgreSQL when `databaseUrl` is a postgres:// URL, SQLite
 * otherwise. A PostgreSQL server that can't be reached fails here with a
 * StoreConnectionError naming host, port and database (never the password).
 * Call `migrate()` before reading or writing data.
 * @example const store = await openStore({ sqlitePath: ':memory:' });
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const url = opts.databaseUrl?.trim();
  const sqliteUrl = url === undefined ? undefined : /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(url);
  if (sqliteUrl?.[1] !== undefined) {
    // sqlite:/path/to.db or file:path/to.db: the SQLite file named by the URL.
    const { db, location } = openSqlite(sqliteUrl[1], opts.busyTimeoutMs);
    return createStore(db, sqliteAdapter, location);
  }
  if (url !== undefined && url !== '') {
    // Loaded only for PostgreSQL: the pg driver (and the fetch implementation it pulls in) costs an SQLite start about a seventh of its time.
    const { isPostgresUrl, openPostgres } = await import('./postgres-connection.ts');
    if (!isPostgresUrl(url)) {
      throw new StoreConnectionError(
        `Unsupported database URL scheme "${url.split(':')[0] ?? ''}:": use postgres:// or postgresql:// for PostgreSQL, sqlite:PATH for an SQLite file, or leave the URL unset for the default SQLite file.`,
      );
    }
    const { db, location } = await openPostgres(url, opts.pool);
    return createStore(db, postgresAdapter, location);
  }
  const { db, location } = openSqlite(opts.sqlitePath ?? DEFAULT_SQLITE_PATH, opts.busyTimeoutMs);
  return createStore(db, sqliteAdapter, location);
}
