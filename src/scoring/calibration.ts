/**
 * Calibration against expert consensus: the rubric should agree with the
 * people who review privacy for a living. An inversion is an app that experts
 * recommend scoring no higher than one they warn about. Apps warned about are
 * compared on what is known of them (their reviews are often too thin to
 * score), so an unknown fact never lets a warned app off. Pure.
 */
import type { Dataset } from '../domain/dataset.ts';
import { scoreReview, knownFactsScore } from './score.ts';

export interface CalibrationSide {
  app: string;
  category: string;
  by: string;
  /** Recommended: the Safety Score. Warned: the score over its known facts (10 when nothing is known). */
  score: number;
}

export interface CalibrationInversion {
  recommended: CalibrationSide;
  warned: CalibrationSide;
  sameCategory: boolean;
}

export interface CalibrationResult {
  /** Scored apps that experts recommend (unscored ones cannot be compared). */
  recommended: CalibrationSide[];
  warned: CalibrationSide[];
  /** Every recommended/warned pair where the recommended app does not score higher. */
  inversions: CalibrationInversion[];
  /** Categories that have both a scored recommended app and a warned app, so that an inversion inside them can be detected. */
  comparableCategories: string[];
}

/**
 * Compare every scored recommended app with every warned app.
 * @example calibration(dataset).inversions.filter((i) => i.sameCategory) // []
 */
export function calibration(dataset: Dataset): CalibrationResult {
  const bySlug = new Map(dataset.reviews.map((r) => [r.slug, r]));
  const recommended: CalibrationSide[] = [];
  const warned: CalibrationSide[] = [];
  for (const v of dataset.verdicts) {
    const review = bySlug.get(v.app);
    if (!review) continue; // crossReferenceProblems reports verdicts naming no review
    const result = scoreReview(review, dataset);
    if (v.verdict === 'recommended') {
      if (result.score !== null) recommended.push({ app: v.app, category: review.category, by: v.by, score: result.score });
    } else {
      warned.push({ app: v.app, category: review.category, by: v.by, score: knownFactsScore(result) ?? 10 });
    }
  }
  const inversions: CalibrationInversion[] = [];
  for (const r of recommended) {
    for (const w of warned) {
      if (r.app !== w.app && r.score <= w.score) inversions.push({ recommended: r, warned: w, sameCategory: r.category === w.category });
    }
  }
  const comparableCategories = [...new Set(recommended.map((r) => r.category))].filter((c) => warned.some((w) => w.category === c)).sort();
  return { recommended, warned, inversions, comparableCategories };
}

/** One line per inversion, for test failures and the dataset report. */
export function describeInversion(i: CalibrationInversion): string {
  return `${i.recommended.app} (${i.recommended.category}; ${i.recommended.by}: recommended, ${i.recommended.score}) does not outscore ${i.warned.app} (${i.warned.category}; ${i.warned.by}: warning; ${i.warned.score} on its known facts)`;
}
