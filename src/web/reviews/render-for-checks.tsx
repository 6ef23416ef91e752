/**
 * The review page exactly as the site renders it (same page model, same
 * view), so page rules judge what a reader would see.
 */
import { REVIEW_FORMAT_VERSION } from '../../domain/format.ts';
import { ReviewView } from './view.tsx';
import { buildReviewPage, type NarrativeCatalog } from '../../narrative/page.ts';
import type { ScoredReview } from '../../scoring/ranking.ts';
import type { PageRenderer, RenderedReview } from '../../checks/index.ts';
import { reviewHistory } from '../../narrative/revisions.ts';
import { renderHtmlSync } from '../http/render.ts';
import type { RevisionRow } from '../../store/index.ts';
import { revisionInputOf } from '../../dataset/revision.ts';
import { compareApps, type AppComparison } from '../../narrative/compare.ts';
import type { Locale } from '../../i18n/index.ts';
import { localiseLinks } from '../http/locale-paths.ts';

/** The origin canonical URLs are written with while checking; links to it are absolute and not checked as internal. */
export const CHECK_SITE_URL = 'https://privacydefend.invalid';

/** The apps by slug, built once per list (a search per page made checking a large dataset quadratic). */
const slugIndexes = new WeakMap<readonly ScoredReview[], Map<string, ScoredReview>>();
function slugIndex(all: readonly ScoredReview[]): Map<string, ScoredReview> {
  let index = slugIndexes.get(all);
  if (!index) {
    index = new Map(all.map((a) => [a.review.slug, a]));
    slugIndexes.set(all, index);
  }
  return index;
}

/**
 * Build the page model of `app` and render it with the site's review view.
 * The history shows one revision dated from the review, as a first import would.
 * @example const { page, html } = renderReviewPage(scored, allScored, catalog);
 */
export const renderReviewPage: PageRenderer = (app, all, catalog) => renderReviewPageIn('en')(app, all, catalog);

/**
 * The same renderer for the page in `locale` (/de/apps/<slug>, /fr/apps/<slug>), links moved under its prefix as the site serves them.
 * @example const { html } = renderReviewPageIn('de')(scored, allScored, catalog);
 */
export const renderReviewPageIn = (locale: Locale): PageRenderer =>
  function renderLocalReviewPage(app: ScoredReview, all: readonly ScoredReview[], catalog: NarrativeCatalog): RenderedReview {
    return render(app, all, catalog, locale);
  };

function render(app: ScoredReview, all: readonly ScoredReview[], catalog: NarrativeCatalog, locale: Locale): RenderedReview {
  const page = buildReviewPage(app, all, catalog, locale);
  const { review, score } = app;
  const createdAt = `${review.review.reviewed}T00:00:00.000Z`;
  const history: RevisionRow[] = [
    {
      ...revisionInputOf(review, score),
      revision: 1,
      createdAt,
      author: 'check',
      note: 'Rendered for checking',
      hash: '',
      formatVersion: REVIEW_FORMAT_VERSION,
    },
  ];
  const tradeoffs = new Map<string, AppComparison>();
  const bySlug = slugIndex(all);
  for (const alt of page.alternatives) {
    const other = bySlug.get(alt.slug);
    if (other) tradeoffs.set(alt.slug, compareApps([app, other], { locale, taxonomy: catalog.taxonomy }));
  }
  const html = renderHtmlSync(
    <ReviewView
      page={page}
      history={reviewHistory(history, catalog.taxonomy, locale)}
      updated={createdAt}
      tradeoffs={tradeoffs}
      meta={{ siteUrl: CHECK_SITE_URL, stylesheet: '/assets/site.css', locale }}
    />,
  );
  return { page, html: localiseLinks(html, locale) };
}
