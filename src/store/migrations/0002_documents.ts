/**
 * Watched documents: their texts (content-addressed), their versions
 * (append-only), the watcher's per-document state, and the re-check queue.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';

export function documentsMigration(dialect: DialectAdapter): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // One row per distinct text, keyed by its sha256: a text seen again is stored once.
      await db.schema
        .createTable('document_content')
        .addColumn('hash', 'text', (col) => col.primaryKey())
        .addColumn('text', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('document_version')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('slug', 'text', (col) => col.notNull())
        .addColumn('document_id', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull().check(sql`version >= 1`))
        .addColumn('url', 'text', (col) => col.notNull())
        .addColumn('fetched_at', 'text', (col) => col.notNull())
        .addColumn('http_status', 'integer', (col) => col.notNull())
        .addColumn('content_type', 'text', (col) => col.notNull())
        .addColumn('hash', 'text', (col) => col.notNull().references('document_content.hash'))
        .addColumn('previous_hash', 'text')
        .addColumn('diff', 'text')
        .addUniqueConstraint('document_version_slug_document_version_key', ['slug', 'document_id', 'version'])
        .execute();
      await db.schema.createIndex('document_version_fetched_at_idx').on('document_version').columns(['fetched_at', 'id']).execute();

      // Operational state, overwritten on every check (the versions are the history).
      await db.schema
        .createTable('document_state')
        .addColumn('slug', 'text', (col) => col.notNull())
        .addColumn('document_id', 'text', (col) => col.notNull())
        .addColumn('url', 'text', (col) => col.notNull())
        .addColumn('etag', 'text')
        .addColumn('last_modified', 'text')
        .addColumn('last_checked_at', 'text', (col) => col.notNull())
        .addColumn('last_status', 'text', (col) => col.notNull())
        .addColumn('last_http_status', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('failures', 'integer', (col) => col.notNull().check(sql`failures >= 0`))
        .addColumn('next_check_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('document_state_pkey', ['slug', 'document_id'])
        .execute();

      await db.schema
        .createTable('recheck_item')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('slug', 'text', (col) => col.notNull())
        .addColumn('document_id', 'text', (col) => col.notNull())
        .addColumn('version_id', 'integer', (col) => col.notNull().references('document_version.id'))
        .addColumn('changed_at', 'text', (col) => col.notNull())
        .addColumn('reason', 'text', (col) => col.notNull())
        .addColumn('facts', 'text', (col) => col.notNull())
        .addColumn('missing_quotes', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('recheck_item_slug_idx').on('recheck_item').columns(['slug', 'changed_at']).execute();
    },
  };
}
