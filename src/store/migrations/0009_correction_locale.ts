/**
 * A reader's correction remembers the language of the form it was sent from
 * (en, de or fr), so that the answer emailed to the reader is written in it.
 * Corrections sent before this migration were all sent from the English form.
 */
import type { Kysely, Migration } from 'kysely';

export function correctionLocaleMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .alterTable('edit_correction')
        .addColumn('locale', 'text', (col) => col.notNull().defaultTo('en'))
        .execute();
    },
  };
}
