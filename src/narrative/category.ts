/**
 * Facts about a whole category, computed from the dataset: the statistics that
 * comparative sentences rely on, and the safer alternatives to an app.
 */
import { isKnown, retirementOf, type Review } from '../domain/review.ts';
import type { Category } from '../domain/catalog.ts';
import { byScore, type ScoredReview } from '../scoring/ranking.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { Alternative, Sentence } from './model.ts';
import { term, type Locale } from '../i18n/index.ts';
import { say } from './messages.ts';
import type { Tone } from '../domain/rubric.ts';

export interface CategoryStats {
  id: string;
  apps: number;
  scored: number;
  /** Number of data types each app with a known list collects ("nothing" counts 0). */
  dataTypeCounts: number[];
  medianDataTypes: number | null;
  medianScore: number | null;
  bestScore: number | null;
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** How many data types a review records, or null when its data collection is unknown. */
export function dataTypeCount(review: Review): number | null {
  if (!isKnown(review.dataCollected)) return null;
  return review.dataCollected.value === 'nothing' ? 0 : review.dataCollected.value.length;
}

type Ranked = ScoredReview & { score: { score: number } };

/** The apps of each category, indexed once per list of apps (every page of a dataset asks about the same list). */
interface CategoryIndex {
  apps: Map<string, ScoredReview[]>;
  bySlug: Map<string, ScoredReview>;
  /** Known data-type counts of each category, ascending. */
  counts: Map<string, number[]>;
  /** Scored apps of each category, best first, ties by name. */
  ranked: Map<string, Ranked[]>;
}

const indexes = new WeakMap<readonly ScoredReview[], CategoryIndex>();

function categoryIndex(all: readonly ScoredReview[]): CategoryIndex {
  const cached = indexes.get(all);
  if (cached) return cached;
  const apps = new Map<string, ScoredReview[]>();
  for (const a of all) {
    const list = apps.get(a.review.category);
    if (list) list.push(a);
    else apps.set(a.review.category, [a]);
  }
  const counts = new Map<string, number[]>();
  const ranked = new Map<string, Ranked[]>();
  for (const [id, list] of apps) {
    counts.set(
      id,
      list
        .map((a) => dataTypeCount(a.review))
        .filter((n): n is number => n !== null)
        .sort((x, y) => x - y),
    );
    ranked.set(
      id,
      list.filter((a): a is Ranked => a.score.score !== null).sort((a, b) => byScore(a, b)),
    );
  }
  const index = { apps, bySlug: new Map(all.map((a) => [a.review.slug, a])), counts, ranked };
  indexes.set(all, index);
  return index;
}

/** How many of the ascending `xs` are below `x`. */
function countBelow(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Statistics of one category over the apps given.
 * @example categoryStats('messaging', scoredReviews).medianDataTypes
 */
export function categoryStats(categoryId: string, all: readonly ScoredReview[]): CategoryStats {
  const index = categoryIndex(all);
  const apps = index.apps.get(categoryId) ?? [];
  const counts = index.counts.get(categoryId) ?? [];
  const scores = (index.ranked.get(categoryId) ?? []).map((a) => a.score.score);
  return {
    id: categoryId,
    apps: apps.length,
    scored: scores.length,
    dataTypeCounts: counts,
    medianDataTypes: median(counts),
    medianScore: median(scores),
    bestScore: scores.length === 0 ? null : Math.max(...scores),
  };
}

/**
 * How the app's data collection compares with the other apps of its category,
 * stated as counts from the dataset; null when there are too few to compare.
 */
export function dataCollectionComparison(
  review: Review,
  category: Category,
  all: readonly ScoredReview[],
  rating?: { level: string; tone: Tone },
  locale: Locale = 'en',
): Sentence | null {
  const own = dataTypeCount(review);
  if (own === null) return null;
  const index = categoryIndex(all);
  const counts = index.counts.get(review.category) ?? [];
  let fewer = countBelow(counts, own);
  let more = counts.length - countBelow(counts, own + 1);
  let total = counts.length;
  // The app itself (as the dataset holds it) is not one of "the other" apps.
  const self = index.bySlug.get(review.slug);
  const selfCount = self && self.review.category === review.category ? dataTypeCount(self.review) : null;
  if (selfCount !== null) {
    total -= 1;
    if (selfCount < own) fewer -= 1;
    else if (selfCount > own) more -= 1;
  }
  if (total < 2) return null;
  const same = total - fewer - more;
  const stats = categoryStats(review.category, all);
  const singular = term(locale, `category.${category.id}.singular`, category.plural.replace(/s$/, ''));
  const parts = [
    say('data.comparison.counts', { total, singular, plural: category.plural, more, fewer, same }, locale),
    say('data.comparison.median', { plural: category.plural, median: stats.medianDataTypes ?? 0 }, locale),
  ];
  // The rating weighs types by sensitivity and linkage, the count does not: say why both hold when they seem to disagree
  if (rating?.tone === 'good' && more < fewer)
    parts.push(say('data.comparison.explainLow', { name: review.name, plural: category.plural, level: rating.level }, locale));
  if (rating?.tone === 'bad' && fewer < more)
    parts.push(say('data.comparison.explainHigh', { name: review.name, plural: category.plural, level: rating.level }, locale));
  return { text: parts.join(' '), sources: [] };
}

/** Why `alt` is safer than `app`: the dimensions where it scores higher. */
function reasonsSafer(app: ScoredReview, alt: ScoredReview, locale: Locale): string[] {
  const reasons: string[] = [];
  for (const [id, dim] of Object.entries(alt.score.dimensions)) {
    const mine = app.score.dimensions[id as keyof ScoreResult['dimensions']];
    // an unrated dimension (not enough evidence) has no number to compare
    if (dim.score !== null && mine.score !== null && dim.tone !== 'none' && mine.tone !== 'none' && dim.score > mine.score) {
      reasons.push(say('alternative.reason', { dimension: dim.name, level: dim.level, score: dim.score, ownLevel: mine.level, ownScore: mine.score }, locale));
    }
  }
  return reasons;
}

/**
 * Apps of the same category that score higher, best first, each with what it
 * does better. Never an app that scores the same or lower; none for an unscored app.
 */
export function findSaferAlternatives(app: ScoredReview, all: readonly ScoredReview[], limit = 3, locale: Locale = 'en'): Alternative[] {
  return saferThan(app, all, limit).map((a) => ({
    slug: a.review.slug,
    name: a.review.name,
    score: a.score.score,
    label: a.score.label,
    reasons: reasonsSafer(app, a, locale),
  }));
}

/**
 * The apps findSaferAlternatives offers, without the reasons (the export's
 * dependency keys need only which apps they are).
 * @example saferAlternativeSlugs(app, snapshot.apps) // ['signal', 'threema']
 */
export function saferAlternativeSlugs(app: ScoredReview, all: readonly ScoredReview[], limit = 3): string[] {
  return saferThan(app, all, limit).map((a) => a.review.slug);
}

function saferThan(app: ScoredReview, all: readonly ScoredReview[], limit: number): Ranked[] {
  const own = app.score.score;
  if (own === null) return [];
  const better: Ranked[] = [];
  for (const a of categoryIndex(all).ranked.get(app.review.category) ?? []) {
    if (a.score.score <= own || better.length === limit) break;
    if (a.review.slug !== app.review.slug && !retirementOf(a.review)) better.push(a);
  }
  return better;
}
