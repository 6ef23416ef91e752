/**
 * The fingerprint of the last dataset imported (its files' hashes, the day it
 * was checked for, the checks that ran) with the data version it left, so
 * re-importing the same files on the same day can say "unchanged" without
 * parsing and checking 10,000 files again. Not published data: writing it
 * never moves the data version.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export function importFingerprintMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('import_fingerprint')
        .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
        .addColumn('fingerprint', 'text', (col) => col.notNull())
        .addColumn('data_version', 'text', (col) => col.notNull())
        .addColumn('recorded_at', 'text', (col) => col.notNull())
        .execute();
    },
  };
}
