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

/** A watched document's text, stored once per distinct sha256. */
export interface DocumentContentTable {
  hash: string;
  text: string;
}

/** One version of a watched document: appended only when its text changed. */
export interface DocumentVersionTable {
  id: Generated<number>;
  slug: string;
  document_id: string;
  version: number;
  url: string;
  fetched_at: string;
  http_status: number;
  content_type: string;
  hash: string;
  /** null for a document's first version. */
  previous_hash: string | null;
  /** Unified diff from the previous version; null for the first. */
  diff: string | null;
}

/** The watcher's state for one document (overwritten by each check). */
export interface DocumentStateTable {
  slug: string;
  document_id: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string;
  last_status: string;
  last_http_status: number | null;
  last_error: string | null;
  failures: number;
  next_check_at: string;
}

export interface RecheckItemTable {
  id: Generated<number>;
  slug: string;
  document_id: string;
  version_id: number;
  changed_at: string;
  reason: string;
  /** JSON array of dotted fact paths. */
  facts: string;
  /** JSON array of source ids whose quote is no longer in the text. */
  missing_quotes: string;
  /** When an editor closed the item (ISO-8601), by whom and why; null while open (migration 0008). */
  closed_at: string | null;
  closed_by: string | null;
  close_note: string | null;
}

/** The last import's fingerprint (one row, id 1; migration 0005). */
export interface ImportFingerprintTable {
  id: number;
  fingerprint: string;
  data_version: string;
  recorded_at: string;
}

export interface Database {
  app_revision: AppRevisionTable;
  catalog_snapshot: CatalogSnapshotTable;
  data_version: DataVersionTable;
  document_content: DocumentContentTable;
  document_version: DocumentVersionTable;
  document_state: DocumentStateTable;
  recheck_item: RecheckItemTable;
  import_fingerprint: ImportFingerprintTable;
}
