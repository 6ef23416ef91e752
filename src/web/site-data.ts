/**
 * What the web layer reads: the store's current data, validated, scored and
 * turned into page models, cached until the store's data version changes.
 * Every app process computes the same snapshot from the same database, so
 * nothing here assumes a single process.
 */
import { storedReviewOf, type AppRow, type DocumentState, type RecheckItem, type Store } from '../store/index.ts';
import { appMonitoring, type AppMonitoring } from '../watch/monitoring.ts';
import { Catalog } from '../domain/dataset.ts';
import { scoreReview, type ScoreResult } from '../scoring/score.ts';
import { buildSearchIndex, type SearchIndex } from '../search/index.ts';
import { buildReviewPage } from '../narrative/page.ts';
import type { Locale } from '../i18n/index.ts';
import type { ReviewPage } from '../narrative/model.ts';
import { categoryStats, type CategoryStats } from '../narrative/category.ts';
import type { ScoredReview } from '../scoring/ranking.ts';

export interface SiteApp extends ScoredReview {
  row: AppRow;
}

/** An app whose latest stored revision can't be read: its page says it is unavailable. */
export interface UnavailableApp {
  slug: string;
  name: string;
  category: string;
  reason: string;
}

export interface SiteSnapshot {
  /** Changes whenever the data changes: the cache key of everything derived. */
  version: string;
  catalog: Catalog;
  apps: SiteApp[];
  bySlug: Map<string, SiteApp>;
  stats: Map<string, CategoryStats>;
  /** The review page of `slug` in `locale` (English by default), built once per data version and language. */
  page(slug: string, locale?: Locale): ReviewPage | undefined;
  /** Apps whose stored revision can't be read (shown as unavailable, never as a 500). */
  unavailable: UnavailableApp[];
  /** The search index of this data, built on first use (once per data version). */
  searchIndex(): SearchIndex;
  /** The app's watched documents and open re-check items (src/watch/monitoring.ts). */
  monitoring(slug: string): AppMonitoring | undefined;
}

/** What the watcher stored, as of the snapshot's data version. */
export interface WatchState {
  states: DocumentState[];
  rechecks: RecheckItem[];
}

/** One app's latest revision as read and scored under one catalog: served, or unavailable with the reason. */
export type AppEntry = { row: AppRow; app: SiteApp; unavailable?: undefined } | { row: AppRow; app?: undefined; unavailable: UnavailableApp };

function entryOf(row: AppRow, catalog: Catalog): AppEntry {
  const stored = storedReviewOf(row);
  if (!stored.ok) {
    // One unreadable revision takes only its own app offline, and says why in the log.
    console.error(`app "${row.slug}" is unavailable: ${stored.reason}`);
    return { row, unavailable: { slug: row.slug, name: row.name, category: row.category, reason: stored.reason } };
  }
  const score: ScoreResult = scoreReview(stored.review, catalog);
  return { row, app: { review: stored.review, score, row } };
}

function buildSnapshot(version: string, catalog: Catalog, entries: readonly AppEntry[], watch: WatchState = { states: [], rechecks: [] }): SiteSnapshot {
  const apps: SiteApp[] = [];
  const unavailable: UnavailableApp[] = [];
  for (const e of entries) {
    if (e.app) apps.push(e.app);
    else unavailable.push(e.unavailable);
  }
  const bySlug = new Map(apps.map((a) => [a.review.slug, a]));
  const stats = new Map(catalog.categories.map((c) => [c.id, categoryStats(c.id, apps)]));
  const pages = new Map<string, ReviewPage>();
  let searchIndex: SearchIndex | undefined;
  return {
    version,
    catalog,
    apps,
    bySlug,
    stats,
    unavailable,
    monitoring(slug) {
      const app = bySlug.get(slug);
      return app && appMonitoring(app.review, app.row, watch.states, watch.rechecks);
    },
    searchIndex() {
      searchIndex ??= buildSearchIndex({ apps, catalog });
      return searchIndex;
    },
    page(slug, locale = 'en') {
      const key = `${locale}:${slug}`;
      const cached = pages.get(key);
      if (cached) return cached;
      const app = bySlug.get(slug);
      if (!app) return undefined;
      const page = buildReviewPage(app, apps, catalog, locale);
      pages.set(key, page);
      return page;
    },
  };
}

/** The entries a snapshot was built from, and the catalog version they were scored under (SiteData.held, SiteData.seed). */
export interface HeldEntries {
  catalogVersion: string;
  entries: AppEntry[];
}

/**
 * A cached view of the store. `snapshot()` asks the store for its data
 * version at most once per `recheckMs` and rebuilds only when it changed,
 * and then only what changed: apps whose latest revision is the one already
 * held keep their parsed review and score (unless the catalog, and so the
 * rubric, changed); page models and the search index are rebuilt lazily.
 * @example const site = new SiteData(store); const snap = await site.snapshot();
 */
export class SiteData {
  private current: SiteSnapshot | undefined;
  /** What `current` was built from: each app's entry, and the catalog it was scored under. */
  private entries = new Map<string, AppEntry>();
  private catalogVersion: string | undefined;
  private checkedAt = 0;
  private pending: Promise<SiteSnapshot> | undefined;

  constructor(
    readonly store: Store,
    private readonly recheckMs = 1000,
  ) {}

  /**
   * The current snapshot when it was confirmed against the store within the
   * last `recheckMs`, without waiting; undefined when it needs a refresh.
   */
  freshSnapshot(): SiteSnapshot | undefined {
    return this.current && Date.now() - this.checkedAt < this.recheckMs ? this.current : undefined;
  }

  /** The data version of the snapshot held now, however long ago it was confirmed. */
  currentVersion(): string | undefined {
    return this.current?.version;
  }

  /**
   * What the current snapshot was built from (each app's row, review and
   * score, and the catalog version they were scored under), for a later
   * process to `seed` from; undefined before the first snapshot.
   */
  held(): HeldEntries | undefined {
    return this.current && this.catalogVersion !== undefined ? { catalogVersion: this.catalogVersion, entries: [...this.entries.values()] } : undefined;
  }

  /**
   * Start from entries that an earlier process of the same program read and
   * scored (`held`): the first snapshot then reads in full only the apps
   * whose latest revision (number and hash) is not the one given, and scores
   * only those, or all of them when the catalog is another. Ignored once a
   * snapshot was built.
   */
  seed(held: HeldEntries): void {
    if (this.current || this.pending) return;
    this.entries = new Map(held.entries.map((e) => [e.row.slug, e]));
    this.catalogVersion = held.catalogVersion;
  }

  async snapshot(): Promise<SiteSnapshot> {
    const now = Date.now();
    if (this.current && now - this.checkedAt < this.recheckMs) return this.current;
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async refresh(): Promise<SiteSnapshot> {
    const version = await this.store.dataVersion();
    this.checkedAt = Date.now();
    if (this.current?.version === version) return this.current;
    // One transaction, so a commit landing meanwhile can't label mixed data with one version.
    const previous = this.current;
    const held = this.entries.size > 0 ? new Map([...this.entries].map(([slug, e]) => [slug, { revision: e.row.revision, hash: e.row.hash }])) : undefined;
    const data = await this.store.currentData(held);
    if (!data.catalog) throw new Error('the database holds no dataset yet: run `privacydefend import`');
    const sameCatalog = this.catalogVersion !== undefined && data.catalog.version === this.catalogVersion;
    const catalog = sameCatalog && previous ? previous.catalog : Catalog.parse(data.catalog.content);
    const read = new Map(data.apps.map((row) => [row.slug, row]));
    const entries = new Map<string, AppEntry>();
    for (const slug of data.slugs) {
      const row = read.get(slug);
      const kept = this.entries.get(slug);
      if (row) entries.set(slug, entryOf(row, catalog));
      else if (kept) entries.set(slug, sameCatalog ? kept : entryOf(kept.row, catalog));
      else throw new Error(`the store left out app "${slug}", which this process does not hold`);
    }
    const watch = { states: await this.store.documentStates(), rechecks: await this.store.recheckItems() };
    this.current = buildSnapshot(data.version, catalog, [...entries.values()], watch);
    this.entries = entries;
    this.catalogVersion = data.catalog.version;
    return this.current;
  }
}
