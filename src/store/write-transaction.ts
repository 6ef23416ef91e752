/**
 * The one way data is written: a transaction that first locks the data-version
 * row, so writers from every process take turns, and bumps it if data changed,
 * so dataVersion() moves exactly when data does.
 */
import { sql, type Kysely } from 'kysely';
import type { DialectAdapter } from './dialect.ts';
import { StoreConflictError, StoreNotMigratedError } from './errors.ts';
import type { Database } from './schema.ts';

const MAX_ATTEMPTS = 5;

export interface WriteOutcome<T> {
  result: T;
  changed: boolean;
}

/**
 * Runs `work` in a write transaction, retrying (a bounded number of times) when
 * a concurrent writer made it fail. Any error rolls back everything `work` did.
 */
export async function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: DialectAdapter,
  what: string,
  work: (trx: Kysely<Database>) => Promise<WriteOutcome<T>>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async function writing(trx) {
        await lockWrites(trx, dialect);
        const { result, changed } = await work(trx);
        if (changed) await sql`update data_version set counter = counter + 1 where id = 1`.execute(trx);
        return result;
      });
    } catch (error) {
      if (!dialect.isTransientWriteError(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new StoreConflictError(`${what}: still conflicting with concurrent writers after ${attempt} attempts; nothing was written`, { cause: error });
      }
    }
  }
}

/**
 * A write that changes nothing, to hold the row lock (PostgreSQL) or the
 * database write lock (SQLite) until the transaction ends.
 */
async function lockWrites(trx: Kysely<Database>, dialect: DialectAdapter): Promise<void> {
  const { numAffectedRows } = await sql`update data_version set counter = counter where id = 1`.execute(trx).catch(notMigrated(dialect));
  if (numAffectedRows !== 1n) throw new StoreNotMigratedError();
}

/** The token behind Store.dataVersion(). */
export async function readDataVersion(db: Kysely<Database>, dialect: DialectAdapter): Promise<string> {
  const row = await db.selectFrom('data_version').select(['epoch', 'counter']).where('id', '=', 1).executeTakeFirst().catch(notMigrated(dialect));
  if (row === undefined) throw new StoreNotMigratedError();
  return `${row.epoch}.${row.counter}`;
}

/** Rethrows a missing-table error as StoreNotMigratedError, anything else as is. */
function notMigrated(dialect: DialectAdapter) {
  return function rethrow(error: unknown): never {
    throw dialect.isMissingTable(error) ? new StoreNotMigratedError() : error;
  };
}
