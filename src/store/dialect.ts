/**
 * Everything that differs between SQLite and PostgreSQL, in one place. The rest
 * of the store writes one query for both: JSON is text, timestamps are ISO-8601
 * text, there are no booleans.
 */
import { SqliteAdapter, SqliteDialect, sql, type ColumnDefinitionBuilder, type DialectAdapter as KyselyAdapter, type Kysely } from 'kysely';
import type { DialectName } from './model.ts';

export interface DialectAdapter {
  readonly name: DialectName;
  /** Makes `col` an auto-numbered primary key. */
  identityColumn(col: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Runs `fn` while holding a lock that other processes migrating the same database wait for. */
  withMigrationLock<DB, T>(db: Kysely<DB>, fn: (db: Kysely<DB>) => Promise<T>): Promise<T>;
  /** True for errors that a concurrent writer can cause and that a fresh attempt can fix. */
  isTransientWriteError(error: unknown): boolean;
  /** True when a query failed because a table doesn't exist (the database isn't migrated). */
  isMissingTable(error: unknown): boolean;
  /** True when another connection held the database's write lock past the wait allowed (SQLite's SQLITE_BUSY; PostgreSQL waits for locks instead). */
  isBusy(error: unknown): boolean;
  /** Makes `table` append-only: the database itself refuses UPDATE and DELETE on it. */
  preventUpdateAndDelete(db: Kysely<unknown>, table: string): Promise<void>;
}

/** Two-key advisory lock ids, a different key space from Kysely's own single-key migration lock. */
const MIGRATION_LOCK = { classId: 1346650957 /* "PD_M" */, objectId: 1 };

/** unique_violation, serialization_failure, deadlock_detected */
const TRANSIENT_PG_CODES = new Set(['23505', '40001', '40P01']);

export const postgresAdapter: DialectAdapter = {
  name: 'postgres',
  identityColumn: (col) => col.primaryKey().generatedAlwaysAsIdentity(),
  async withMigrationLock(db, fn) {
    // A session lock must be taken and released on the same connection.
    return db.connection().execute(async function holdingMigrationLock(conn) {
      await sql`select pg_advisory_lock(${MIGRATION_LOCK.classId}, ${MIGRATION_LOCK.objectId})`.execute(conn);
      try {
        return await fn(conn);
      } finally {
        await sql`select pg_advisory_unlock(${MIGRATION_LOCK.classId}, ${MIGRATION_LOCK.objectId})`.execute(conn);
      }
    });
  },
  isTransientWriteError: (error) => TRANSIENT_PG_CODES.has(errorCode(error) ?? ''),
  isMissingTable: (error) => errorCode(error) === '42P01', // undefined_table
  isBusy: () => false,
  async preventUpdateAndDelete(db, table) {
    await sql`create function ${sql.id(`${table}_append_only`)}() returns trigger language plpgsql as $$ begin raise exception '% is append-only', TG_TABLE_NAME; end $$`.execute(
      db,
    );
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)} for each row execute function ${sql.id(`${table}_append_only`)}()`.execute(
      db,
    );
  },
};

export const sqliteAdapter: DialectAdapter = {
  name: 'sqlite',
  identityColumn: (col) => col.primaryKey().autoIncrement(),
  // One connection per process, and SQLite's own file lock (waited for up to
  // busy_timeout) orders processes; nothing more is needed.
  withMigrationLock: (db, fn) => fn(db),
  isTransientWriteError: (error) => (errorCode(error) ?? '').startsWith('SQLITE_BUSY'),
  isMissingTable: (error) => error instanceof Error && error.message.startsWith('no such table'),
  isBusy: (error) => (errorCode(error) ?? '').startsWith('SQLITE_BUSY'),
  async preventUpdateAndDelete(db, table) {
    for (const event of ['update', 'delete'])
      await sql`create trigger ${sql.id(`${table}_no_${event}`)} before ${sql.raw(event)} on ${sql.table(table)} begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(
        db,
      );
  },
};

/**
 * Kysely's SQLite adapter claims SQLite has no transactional DDL, so a failed
 * migration would leave half its tables behind. SQLite does have it; say so.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): KyselyAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/** The driver's error code (`23505`, `SQLITE_BUSY`...), looking through wrapping errors. */
function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if ('code' in e && typeof e.code === 'string') return e.code;
  }
  return undefined;
}
