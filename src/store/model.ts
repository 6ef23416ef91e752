/**
 * The store's public types: what goes in, what comes out, and the Store contract.
 * Plain data only; how rows are laid out in SQL is src/store/schema.ts.
 */

import type { EditingStore } from './editing/model.ts';

/** One app's reviewed state, as computed from its review file. */
export interface RevisionInput {
  slug: string;
  name: string;
  category: string;
  /** The full review object (JSON-serialisable). */
  facts: unknown;
  /** null when coverage is too low to score. */
  score: number | null;
  label: string | null;
  /** 0..1 */
  coverage: number;
  rubricVersion: string;
  /** YYYY-MM-DD from the review. */
  reviewedAt: string;
}

/** Who made a change and why. `at` defaults to now. */
export interface RevisionMeta {
  author: string;
  note: string;
  at?: Date;
}

/** One stored revision of one app. Revisions are append-only and numbered from 1 per app. */
export interface RevisionRow extends RevisionInput {
  revision: number;
  /** ISO-8601 UTC timestamp. */
  createdAt: string;
  author: string;
  note: string;
  /** sha256 of the canonical JSON of facts, score, label, coverage and rubricVersion. */
  hash: string;
  /** The review-format version `facts` was written in. */
  formatVersion: number;
}

/** The latest revision of an app. */
export type AppRow = RevisionRow;

/** Rubric, taxonomy, categories, products... as one JSON value. `version` is the sha256 of its canonical JSON. */
export interface CatalogSnapshot {
  version: string;
  content: unknown;
}

export type DialectName = 'sqlite' | 'postgres';

export interface ImportResult {
  added: { slug: string; revision: number }[];
  unchanged: string[];
  catalogChanged: boolean;
}

export interface StoreStatus {
  dialect: DialectName;
  /** The SQLite path, or the PostgreSQL URL without its password. */
  location: string;
  applied: string[];
  pending: string[];
}

/** What Store.currentData() reads: one consistent view of everything served. */
export interface CurrentData {
  version: string;
  catalog: CatalogSnapshot | undefined;
  /** The latest revision of every app, or, when the caller said which revisions it holds, of the apps whose latest revision is another. */
  apps: AppRow[];
  /** Every app's slug, in order (the apps left out of `apps` included). */
  slugs: string[];
}

export interface Store extends DocumentStore {
  readonly dialect: DialectName;
  /** The SQLite path, or the PostgreSQL URL without its password: safe to print. */
  readonly location: string;
  /** Applies every pending migration (safe when several processes start at once). */
  migrate(): Promise<{ applied: string[] }>;
  /** Where the database is and which migrations are applied or pending. Works on an empty database. */
  status(): Promise<StoreStatus>;
  /** Everything in one transaction: the catalog and one revision per changed app; unchanged apps add no revision. Throws (and writes nothing) on any failure. */
  importDataset(input: { catalog: unknown; apps: RevisionInput[] }, meta: RevisionMeta): Promise<ImportResult>;
  /** Append one revision of one app (an editor's save). Returns created:false when nothing changed. */
  saveRevision(input: RevisionInput, meta: RevisionMeta): Promise<{ revision: number; created: boolean }>;
  /** The latest revision of every app, ordered by slug. */
  listApps(): Promise<AppRow[]>;
  /** The latest revision of one app, or undefined when there is none. */
  getApp(slug: string): Promise<AppRow | undefined>;
  /** Every revision of one app, oldest first. */
  history(slug: string): Promise<RevisionRow[]>;
  /** The latest `limit` revisions across all apps, newest first. */
  recentChanges(limit: number): Promise<RevisionRow[]>;
  /** The latest catalog snapshot, or undefined before the first import. */
  catalog(): Promise<CatalogSnapshot | undefined>;
  /**
   * The data version, the current catalog and the latest revision of every
   * app, read in one read-only transaction (repeatable read on PostgreSQL), so
   * a commit landing meanwhile can't pair data with another version.
   * Given the revision the caller holds of each app, it reads in full only
   * the apps whose latest revision is another (a change of one app among
   * 10,000 reads one row, not 10,000). Given the revision's hash too, also
   * those whose latest revision has that number and another hash (what a
   * caller holds from another database).
   */
  currentData(held?: ReadonlyMap<string, number | { revision: number; hash: string }>): Promise<CurrentData>;
  /** A token that changes whenever any data changes (for page caches and ETags); cheap to call. */
  dataVersion(): Promise<string>;
  /** The fingerprint recorded by the last import, with the data version it left; undefined before any. */
  lastImport(): Promise<{ fingerprint: string; dataVersion: string } | undefined>;
  /** Record `fingerprint` as the last import's, with the current data version (does not move the data version). */
  recordImport(fingerprint: string): Promise<void>;
  /** Accounts, sessions, the audit log, corrections and drafts (src/store/editing). */
  readonly editing: EditingStore<RevisionInput>;
  /** Closes the connection(s). The store can't be used afterwards. */
  close(): Promise<void>;
}

/** How the latest check of a watched document went. */
export type DocumentCheckStatus = 'changed' | 'unchanged' | 'not-modified' | 'error' | 'refused';

/** One watched document: an app's slug and the document's id in its review. */
export interface DocumentKey {
  slug: string;
  documentId: string;
}

/** The watcher's state for one document. */
export interface DocumentState extends DocumentKey {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** ISO-8601 UTC. */
  lastCheckedAt: string;
  lastStatus: DocumentCheckStatus;
  lastHttpStatus: number | null;
  /** Why the latest check failed, in words; null when it didn't. */
  lastError: string | null;
  /** Checks failed in a row (0 after a success). */
  failures: number;
  nextCheckAt: string;
  /** When a version whose text differs from the one before was fetched; null until the text first changes. */
  lastChangedAt: string | null;
}

/** One stored version of a watched document. Versions are append-only and numbered from 1 per document. */
export interface DocumentVersion extends DocumentKey {
  id: number;
  version: number;
  url: string;
  fetchedAt: string;
  httpStatus: number;
  contentType: string;
  /** sha256 of the normalised text. */
  hash: string;
  previousHash: string | null;
  /** Unified diff from the previous version; null for the first. */
  diff: string | null;
}

/** A version with its normalised text. */
export interface DocumentVersionText extends DocumentVersion {
  text: string;
}

/** Facts to re-check because a document they cite changed, or a quote is no longer in it. */
export interface RecheckItem extends DocumentKey {
  id: number;
  versionId: number;
  changedAt: string;
  reason: string;
  /** Dotted fact paths, e.g. "encryption.e2ee.content". */
  facts: string[];
  /** Ids of the sources whose quote the new text no longer holds. */
  missingQuotes: string[];
  /** Set when an editor closed the item without a new revision (`privacydefend recheck close`). */
  closed: RecheckClosing | null;
}

/** Who closed a re-check item, when (ISO-8601) and why. */
export interface RecheckClosing {
  at: string;
  by: string;
  note: string;
}

/** The outcome of closing a re-check item: the closed item, or why it could not be closed (nothing written). */
export type CloseRecheckResult =
  | { ok: true; item: RecheckItem }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'already-closed'; item: RecheckItem };

/** What one check of one document found; see Store.recordDocumentCheck. */
export interface DocumentCheckRecord extends DocumentKey {
  url: string;
  checkedAt: Date;
  status: DocumentCheckStatus;
  httpStatus: number | null;
  error: string | null;
  etag: string | null;
  lastModified: string | null;
  failures: number;
  nextCheckAt: Date;
  /** A new version, when the text differs from the latest stored one (or there is none). */
  version?: {
    text: string;
    hash: string;
    contentType: string;
    previousHash: string | null;
    diff: string | null;
    rechecks: { reason: string; facts: string[]; missingQuotes: string[] }[];
  };
}

/** The watched-document half of the store. */
export interface DocumentStore {
  /** The state of every document checked at least once, ordered by slug and document id. */
  documentStates(): Promise<DocumentState[]>;
  /** The latest version of one document, with its text. */
  latestDocumentVersion(key: DocumentKey): Promise<DocumentVersionText | undefined>;
  /**
   * Records one check in one transaction: the document's state, and when given
   * a new version (its text stored once per hash) and its re-check items. A
   * version whose hash equals the latest stored one is not appended again.
   */
  recordDocumentCheck(record: DocumentCheckRecord): Promise<{ version: DocumentVersion | undefined; rechecks: RecheckItem[] }>;
  /** The latest `limit` versions whose text changed from the one before, across all documents, newest first. */
  documentChanges(limit: number): Promise<DocumentVersion[]>;
  /** Every re-check item, newest first. */
  recheckItems(): Promise<RecheckItem[]>;
  /**
   * Closes one re-check item, recording who, when and why; bumps the data
   * version so pages stop showing it. An unknown or already closed item
   * changes nothing.
   */
  closeRecheck(id: number, closing: { by: string; note: string; at?: Date }): Promise<CloseRecheckResult>;
}
