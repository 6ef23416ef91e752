/**
 * What the web layer reads: the store's current data, validated, scored and
 * turned into page models, cached until the store's data version changes.
 * Every app process computes the same snapshot from the same database, so
 * nothing here assumes a single process.
 */
import type { Store, AppRow } from '../store/index.ts';
import { Review } from '../domain/review.ts';
import { Catalog } from '../dataset/catalog.ts';
import { scoreReview, type ScoreResult } from '../scoring/score.ts';
import { buildReviewPage } from '../narrative/page.ts';
import type { ReviewPage } from '../narrative/model.ts';
import { categoryStats, type CategoryStats, type ScoredReview } from '../narrative/category.ts';

export interface SiteApp extends ScoredReview {
  row: AppRow;
}

export interface SiteSnapshot {
  /** Changes whenever the data changes: the cache key of everything derived. */
  version: string;
  catalog: Catalog;
  apps: SiteApp[];
  bySlug: Map<string, SiteApp>;
  stats: Map<string, CategoryStats>;
  page(slug: string): ReviewPage | undefined;
}

function buildSnapshot(version: string, catalog: Catalog, rows: AppRow[]): SiteSnapshot {
  const apps: SiteApp[] = rows.map((row) => {
    const parsed = Review.safeParse(row.facts);
    if (!parsed.success)
      throw new Error(`stored revision ${row.revision} of "${row.slug}" does not match the review schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const review = parsed.data;
    const score: ScoreResult = scoreReview(review, catalog);
    return { review, score, row };
  });
  const bySlug = new Map(apps.map((a) => [a.review.slug, a]));
  const stats = new Map(catalog.categories.map((c) => [c.id, categoryStats(c.id, apps)]));
  const pages = new Map<string, ReviewPage>();
  return {
    version,
    catalog,
    apps,
    bySlug,
    stats,
    page(slug) {
      const cached = pages.get(slug);
      if (cached) return cached;
      const app = bySlug.get(slug);
      if (!app) return undefined;
      const page = buildReviewPage(app, apps, catalog);
      pages.set(slug, page);
      return page;
    },
  };
}

/**
 * A cached view of the store. `snapshot()` asks the store for its data
 * version at most once per `recheckMs` and rebuilds only when it changed.
 * @example const site = new SiteData(store); const snap = await site.snapshot();
 */
export class SiteData {
  private current: SiteSnapshot | undefined;
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
    const data = await this.store.currentData();
    if (!data.catalog) throw new Error('the database holds no dataset yet: run `privacydefend import`');
    this.current = buildSnapshot(data.version, Catalog.parse(data.catalog.content), data.apps);
    return this.current;
  }
}
