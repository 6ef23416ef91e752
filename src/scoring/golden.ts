/**
 * The golden scores: every bundled app's score, label, coverage and levels,
 * pinned in src/scoring/golden-scores.json. A change to the rubric or the data
 * that moves a score shows up as a reviewed change to that file
 * (`npm run golden` rewrites it).
 */
import type { Dataset } from '../domain/dataset.ts';
import { scoreReview } from './score.ts';

export interface GoldenScore {
  score: number | null;
  label: string;
  coverage: number;
  levels: Record<string, string>;
}

export function goldenScores(dataset: Dataset): Record<string, GoldenScore> {
  const out: Record<string, GoldenScore> = {};
  for (const r of [...dataset.reviews].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const s = scoreReview(r, dataset);
    out[r.slug] = { score: s.score, label: s.label, coverage: s.coverage, levels: Object.fromEntries(Object.values(s.dimensions).map((d) => [d.id, d.level])) };
  }
  return out;
}
