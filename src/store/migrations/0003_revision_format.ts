/** Each revision records the review-format version its facts were written in (all earlier ones: 1). */
import { sql, type Kysely, type Migration } from 'kysely';

export function revisionFormatMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('app_revision')
        .addColumn('format_version', 'integer', (col) => col.notNull().defaultTo(1).check(sql`format_version >= 1`))
        .execute();
    },
  };
}
