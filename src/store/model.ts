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

export interface Store {
  readonly dialect: DialectName;
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
  /** A token that changes whenever any data changes (for page caches and ETags); cheap to call. */
  dataVersion(): Promise<string>;
  /** Accounts, sessions, the audit log, corrections and drafts (src/store/editing). */
  readonly editing: EditingStore<RevisionInput>;
  /** Closes the connection(s). The store can't be used afterwards. */
  close(): Promise<void>;
}
