/** Catalog snapshots: appended when the catalog's content changes, the newest one is current. */
import type { Kysely } from 'kysely';
import { canonicalHash } from '../domain/canonical.ts';
import type { CatalogSnapshot, RevisionMeta } from './model.ts';
import { timestamp } from './revisions.ts';
import type { Database } from './schema.ts';

/** Stores `content` as a new snapshot unless it equals the current one. Returns whether it did. */
export async function appendCatalogIfChanged(db: Kysely<Database>, content: unknown, meta: RevisionMeta): Promise<boolean> {
  const hash = canonicalHash(content);
  const current = await db.selectFrom('catalog_snapshot').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (current?.hash === hash) return false;
  await db
    .insertInto('catalog_snapshot')
    .values({ hash, content: JSON.stringify(content), created_at: timestamp(meta), author: meta.author, note: meta.note })
    .execute();
  return true;
}

export async function currentCatalog(db: Kysely<Database>): Promise<CatalogSnapshot | undefined> {
  const row = await db.selectFrom('catalog_snapshot').select(['hash', 'content']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (row === undefined) return undefined;
  const content: unknown = JSON.parse(row.content);
  return { version: row.hash, content };
}
