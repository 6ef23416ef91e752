/**
 * The checks of `privacydefend check` over the data the site serves: the
 * dataset a draft is checked among, and every current finding of every app
 * (for the work list), computed once per data version and day.
 */
import { checkDataset, type Finding } from '../../checks/index.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { renderReviewPage } from '../reviews/render-for-checks.tsx';
import type { SiteSnapshot } from '../site-data.ts';

export const fileOf = (slug: string) => `apps/${slug}.yaml`;

/** The dataset the site serves, as `check` sees one, for checking a draft among the other reviews. */
export function datasetOf(snapshot: SiteSnapshot): Dataset {
  const { catalog } = snapshot;
  // A catalog stored before the source classification existed has none; checking against an
  // empty classification fails closed (every core fact unclassified) until `import` refreshes it.
  const sourcePolicy = catalog.sourcePolicy ?? {
    coreFacts: ['encryption', 'sharing', 'dataCollected', 'app.accountRequires'],
    acceptedForCoreFacts: ['vendor'],
    freshness: { maxAgeYears: 3 },
    hosts: [],
  };
  return { ...catalog, sourcePolicy, reviews: snapshot.apps.map((a) => ({ ...a.review, file: fileOf(a.review.slug) })) };
}

const findingsCache = new WeakMap<SiteSnapshot, { today: string; bySlug: Map<string, Finding[]> }>();

/**
 * Every finding of `check` on the published data, by app slug (dataset-wide
 * findings not tied to one app's file are left out). Cached per snapshot and day.
 */
export function currentFindings(snapshot: SiteSnapshot, today: string): Map<string, Finding[]> {
  const cached = findingsCache.get(snapshot);
  if (cached?.today === today) return cached.bySlug;
  const bySlug = new Map<string, Finding[]>();
  const slugOfFile = new Map(snapshot.apps.map((a) => [fileOf(a.review.slug), a.review.slug]));
  for (const f of checkDataset(datasetOf(snapshot), { today, renderPage: renderReviewPage })) {
    const slug = slugOfFile.get(f.file);
    if (slug !== undefined) bySlug.set(slug, [...(bySlug.get(slug) ?? []), f]);
  }
  findingsCache.set(snapshot, { today, bySlug });
  return bySlug;
}
