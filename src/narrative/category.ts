/**
 * Facts about a whole category, computed from the dataset: the statistics that
 * comparative sentences rely on, and the safer alternatives to an app.
 */
import { isKnown, type Review } from '../domain/review.ts';
import type { Category } from '../domain/catalog.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { Alternative, Sentence } from './model.ts';
import { plural } from './text.ts';

export interface ScoredReview {
  review: Review;
  score: ScoreResult;
}

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

/**
 * Statistics of one category over the apps given.
 * @example categoryStats('messaging', scoredReviews).medianDataTypes
 */
export function categoryStats(categoryId: string, all: readonly ScoredReview[]): CategoryStats {
  const apps = all.filter((a) => a.review.category === categoryId);
  const counts = apps.map((a) => dataTypeCount(a.review)).filter((n): n is number => n !== null);
  const scores = apps.map((a) => a.score.score).filter((s): s is number => s !== null);
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
export function dataCollectionComparison(review: Review, category: Category, all: readonly ScoredReview[]): Sentence | null {
  const own = dataTypeCount(review);
  if (own === null) return null;
  const others = all.filter((a) => a.review.category === review.category && a.review.slug !== review.slug);
  const counts = others.map((a) => dataTypeCount(a.review)).filter((n): n is number => n !== null);
  if (counts.length < 2) return null;
  const fewer = counts.filter((n) => n < own).length;
  const more = counts.filter((n) => n > own).length;
  const same = counts.length - fewer - more;
  const stats = categoryStats(review.category, all);
  const parts = [
    `Of the ${plural(counts.length, `other ${category.plural.replace(/s$/, '')}`, `other ${category.plural}`)} we review with a known data list, ${more} collect${more === 1 ? 's' : ''} more types of data, ${fewer} fewer and ${same} the same number.`,
    `The median for ${category.plural} is ${stats.medianDataTypes} data type${stats.medianDataTypes === 1 ? '' : 's'}.`,
  ];
  return { text: parts.join(' '), sources: [] };
}

/** Why `alt` is safer than `app`: the dimensions where it scores higher. */
function reasonsSafer(app: ScoredReview, alt: ScoredReview): string[] {
  const reasons: string[] = [];
  for (const [id, dim] of Object.entries(alt.score.dimensions)) {
    const mine = app.score.dimensions[id as keyof ScoreResult['dimensions']];
    if (dim.score !== null && mine.score !== null && dim.score > mine.score) {
      reasons.push(`${dim.name}: ${dim.level} (${dim.score}/10) vs ${mine.level} (${mine.score}/10)`);
    }
  }
  return reasons;
}

/**
 * Apps of the same category that score higher, best first, each with what it
 * does better. Never an app that scores the same or lower; none for an unscored app.
 */
export function findSaferAlternatives(app: ScoredReview, all: readonly ScoredReview[], limit = 3): Alternative[] {
  const own = app.score.score;
  if (own === null) return [];
  return all
    .filter((a) => a.review.category === app.review.category && a.review.slug !== app.review.slug)
    .filter((a): a is ScoredReview & { score: { score: number } } => a.score.score !== null && a.score.score > own)
    .sort((a, b) => b.score.score - a.score.score || a.review.name.localeCompare(b.review.name))
    .slice(0, limit)
    .map((a) => ({ slug: a.review.slug, name: a.review.name, score: a.score.score, label: a.score.label, reasons: reasonsSafer(app, a) }));
}
