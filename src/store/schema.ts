/**
 * The tables as Kysely sees them. JSON is stored as text and timestamps as
 * ISO-8601 text in both dialects, so these types hold for SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

export interface AppRevisionTable {
  id: Generated<number>;
  slug: string;
  revision: number;
  name: string;
  category: string;
  /** JSON text of the review object. */
  facts: string;
  score: number | null;
  label: string | null;
  coverage: number;
  rubric_version: string;
  reviewed_at: string;
  created_at: string;
  author: string;
  note: string;
  hash: string;
  /** The review-format version the facts were written in (src/domain/format.ts). */
  format_version: Generated<number>;
}

export interface CatalogSnapshotTable {
  id: Generated<number>;
  hash: string;
  /** JSON text of the catalog. */
  content: string;
  created_at: string;
  author: string;
  note: string;
}

/**
 * A single row (id = 1). Every write transaction locks it first, which orders
 * writers across processes, and bumps `counter` when it changes data.
 * `epoch` is random per database so tokens from a recreated database never repeat.
 */
export interface DataVersionTable {
  id: number;
  epoch: string;
  counter: number;
}

export interface Database {
  app_revision: AppRevisionTable;
  catalog_snapshot: CatalogSnapshotTable;
  data_version: DataVersionTable;
}
