/**
 * Editing through the web: accounts, server-side sessions, rate-limit events,
 * the append-only audit log, reader corrections and drafts of reviews.
 * None of these tables is published data, so writing them never moves the data version.
 */
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';

export function editingMigration(dialect: DialectAdapter): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('edit_secret')
        .addColumn('id', 'integer', (col) => col.primaryKey().check(sql`id = 1`))
        .addColumn('secret', 'text', (col) => col.notNull())
        .execute();
      // Shared by every process serving this database: it signs form tokens.
      await sql`insert into edit_secret (id, secret) values (1, ${randomBytes(32).toString('hex')})`.execute(db);

      await db.schema
        .createTable('edit_user')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('email', 'text', (col) => col.notNull().unique())
        .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('contributor', 'editor', 'admin')`))
        .addColumn('password_hash', 'text')
        .addColumn('setup_token_hash', 'text')
        .addColumn('setup_expires_at', 'text')
        .addColumn('disabled_at', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('edit_session')
        .addColumn('id_hash', 'text', (col) => col.primaryKey())
        .addColumn('user_id', 'integer', (col) => col.notNull().references('edit_user.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('last_seen_at', 'text', (col) => col.notNull())
        .addColumn('ip', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('edit_session_user_idx').on('edit_session').column('user_id').execute();

      await db.schema
        .createTable('edit_rate_event')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('key', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('edit_rate_event_key_at_idx').on('edit_rate_event').columns(['key', 'at']).execute();

      await db.schema
        .createTable('edit_audit')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('actor', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('subject', 'text', (col) => col.notNull())
        .addColumn('detail', 'text', (col) => col.notNull())
        .addColumn('ip', 'text', (col) => col.notNull())
        .execute();
      await dialect.preventUpdateAndDelete(db, 'edit_audit');

      await db.schema
        .createTable('edit_correction')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('slug', 'text', (col) => col.notNull())
        .addColumn('section', 'text', (col) => col.notNull())
        .addColumn('fact', 'text', (col) => col.notNull())
        .addColumn('problem', 'text', (col) => col.notNull())
        .addColumn('source_url', 'text', (col) => col.notNull())
        .addColumn('email', 'text')
        .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('open', 'accepted', 'declined')`))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('handled_at', 'text')
        .addColumn('handled_by', 'text')
        .addColumn('decline_reason', 'text')
        .addColumn('draft_id', 'integer')
        .execute();
      await db.schema.createIndex('edit_correction_status_idx').on('edit_correction').columns(['status', 'created_at']).execute();

      await db.schema
        .createTable('edit_draft')
        .addColumn('id', 'integer', (col) => dialect.identityColumn(col))
        .addColumn('slug', 'text', (col) => col.notNull())
        .addColumn('base_revision', 'integer', (col) => col.notNull())
        .addColumn('facts', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('editing', 'submitted', 'changes-requested', 'published', 'withdrawn')`))
        .addColumn('author_id', 'integer', (col) => col.notNull().references('edit_user.id'))
        .addColumn('note', 'text', (col) => col.notNull())
        .addColumn('reviewer_id', 'integer', (col) => col.references('edit_user.id'))
        .addColumn('review_comment', 'text')
        .addColumn('published_revision', 'integer')
        .addColumn('correction_id', 'integer')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('edit_draft_slug_status_idx').on('edit_draft').columns(['slug', 'status']).execute();
    },
  };
}
