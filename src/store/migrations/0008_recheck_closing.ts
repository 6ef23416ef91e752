/**
 * A re-check item can be closed by an editor (`privacydefend recheck close`):
 * when, by whom and why. Null while the item is open; a closed item stays in
 * the table, so the queue keeps its history.
 */
import type { Kysely, Migration } from 'kysely';

export function recheckClosingMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('recheck_item').addColumn('closed_at', 'text').execute();
      await db.schema.alterTable('recheck_item').addColumn('closed_by', 'text').execute();
      await db.schema.alterTable('recheck_item').addColumn('close_note', 'text').execute();
    },
  };
}
