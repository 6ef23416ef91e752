/** Apps as append-only revisions, catalog snapshots, and the data-version row. */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';

export function initialMigration(dialect: DialectAdapter): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('app_revision')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('slug', 'text', (col) => col.notNull())
        .addColumn('revision', 'integer', (col) => col.notNull().check(sql`revision >= 1`))
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('category', 'text', (col) => col.notNull())
        .addColumn('facts', 'text', (col) => col.notNull())
        .addColumn('score', 'double precision')
        .addColumn('label', 'text')
        .addColumn('coverage', 'double precision', (col) => col.notNull().check(sql`coverage >= 0 and coverage <= 1`))
        .addColumn('rubric_version', 'text', (col) => col.notNull())
        .addColumn('reviewed_at', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('author', 'text', (col) => col.notNull())
        .addColumn('note', 'text', (col) => col.notNull())
        .addColumn('hash', 'text', (col) => col.notNull())
        .addUniqueConstraint('app_revision_slug_revision_key', ['slug', 'revision'])
        .execute();
      await db.schema.createIndex('app_revision_created_at_idx').on('app_revision').columns(['created_at', 'id']).execute();

      await db.schema
        .createTable('catalog_snapshot')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('hash', 'text', (col) => col.notNull())
        .addColumn('content', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('author', 'text', (col) => col.notNull())
        .addColumn('note', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('data_version')
        .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
        .addColumn('epoch', 'text', (col) => col.notNull())
        .addColumn('counter', 'integer', (col) => col.notNull())
        .execute();
      await sql`insert into data_version (id, epoch, counter) values (1, ${randomUUID()}, 0)`.execute(db);
    },
  };
}
