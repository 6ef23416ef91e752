/**
 * Scoring: a review's facts and the rubric in, dimension sub-scores, levels, a
 * Safety Score with its label, coverage and a line-by-line explanation out.
 * Pure and deterministic: the reference date is the review's own date, never
 * the clock.
 */
import type { Review, Fact } from '../domain/review.ts';
import { isKnown } from '../domain/review.ts';
import type { Category, Taxonomy } from '../domain/catalog.ts';
import type { Rubric, Dimension, DimensionId, Tone, FactCriterion } from '../domain/rubric.ts';
import { valueInWords, valueWordsOf, type ValueWords } from '../domain/words.ts';
import { measures, yearsBetween } from './measures.ts';
import { controlsFor } from '../domain/references.ts';

export type CriterionStatus = 'known' | 'unknown' | 'not-applicable';

export interface CriterionResult {
  id: string;
  label: string;
  /** Weight within its dimension. */
  weight: number;
  status: CriterionStatus;
  /** Share of the weight earned (0..1); null unless known. */
  fraction: number | null;
  /** The fact's value in words (English). */
  value: string;
  /** The same value as catalogue material, for a page in another language (narrative/values.ts writes it). */
  words: ValueWords;
  /** Points of the overall Safety Score this criterion earned, and could have earned. */
  points: number;
  maxPoints: number;
  facts: string[];
  sources: string[];
}

export interface DimensionResult {
  id: DimensionId;
  name: string;
  /** 0..10 with one decimal; null when no criterion applies. */
  score: number | null;
  level: string;
  tone: Tone;
  /** Share of this dimension's applicable weight whose facts are known. */
  coverage: number;
  criteria: CriterionResult[];
}

export interface PenaltyLine {
  controversy: string;
  title: string;
  date: string;
  points: number;
  sources: string[];
}

export interface ScoreResult {
  rubricVersion: string;
  dimensions: Record<DimensionId, DimensionResult>;
  /** The weighted score before controversies, 0..10 unrounded. */
  base: number;
  penalty: { total: number; capped: boolean; lines: PenaltyLine[] };
  /** Share of all applicable criterion weight whose facts are known (0..1, two decimals). */
  coverage: number;
  /** The Safety Score, one decimal; null when coverage is below the rubric's minimum. */
  score: number | null;
  label: string;
  tone: Tone;
}

/** Round half away from zero to `digits` decimals without binary-fraction surprises (8.45 -> 8.5). */
export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round((x + Math.sign(x) * 1e-9) * f) / f;
}

/** The fact at a dotted path of a review, e.g. "encryption.e2ee.content". */
export function factAt(review: Review, path: string): Fact<unknown> | undefined {
  let node: unknown = review;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node as Fact<unknown> | undefined;
}

interface Context {
  review: Review;
  category: Category;
  taxonomy: Taxonomy;
}

/** A criterion before its points are known (they depend on the whole dimension). */
type RawCriterion = Omit<CriterionResult, 'points' | 'maxPoints'>;

function scoreFactCriterion(c: FactCriterion, ctx: Context): RawCriterion {
  const base = { id: c.id, label: c.label, weight: c.weight, facts: [c.fact] };
  if (c.appliesWhen) {
    const flag = c.appliesWhen.split('.')[1] as keyof Category['e2eeApplies'];
    if (!ctx.category.e2eeApplies[flag])
      return { ...base, status: 'not-applicable', fraction: null, value: 'not applicable', words: { key: 'value.not-applicable' }, sources: [] };
  }
  const fact = factAt(ctx.review, c.fact);
  if (!isKnown(fact)) return { ...base, status: 'unknown', fraction: null, value: 'unknown', words: { key: 'value.unknown' }, sources: [] };
  const key = String(fact.value);
  const fraction = c.points[key];
  const words = { value: valueInWords(fact.value), words: valueWordsOf(fact.value) };
  if (fraction === undefined) return { ...base, status: 'not-applicable', fraction: null, ...words, sources: fact.sources };
  return { ...base, status: 'known', fraction, ...words, sources: fact.sources };
}

function scoreControls(weight: number, partial: number, ctx: Context): RawCriterion[] {
  const applicable = controlsFor({ taxonomy: ctx.taxonomy }, ctx.review.category);
  const total = applicable.reduce((s, c) => s + c.weight, 0);
  return applicable.map((control) => {
    const fact = ctx.review.controls[control.id];
    const base = { id: `control-${control.id}`, label: control.label, weight: (weight * control.weight) / total, facts: [`controls.${control.id}`] };
    if (!isKnown(fact)) return { ...base, status: 'unknown' as const, fraction: null, value: 'unknown', words: { key: 'value.unknown' }, sources: [] };
    const fraction = fact.value === 'yes' ? 1 : fact.value === 'partial' ? partial : 0;
    return { ...base, status: 'known' as const, fraction, value: valueInWords(fact.value), words: valueWordsOf(fact.value), sources: fact.sources };
  });
}

function rawCriteria(dimension: Dimension, ctx: Context): RawCriterion[] {
  return dimension.criteria.flatMap((c): RawCriterion[] => {
    if ('fact' in c) return [scoreFactCriterion(c, ctx)];
    if (c.measure === 'privacy-controls') return scoreControls(c.weight, c.params.partial ?? 0.5, ctx);
    const outcome = measures[c.measure]({ review: ctx.review, taxonomy: ctx.taxonomy, params: c.params });
    return [
      {
        id: c.id,
        label: c.label,
        weight: c.weight,
        status: outcome.fraction === null ? 'unknown' : 'known',
        fraction: outcome.fraction,
        value: outcome.value,
        words: outcome.words,
        facts: outcome.facts,
        sources: outcome.sources,
      },
    ];
  });
}

function levelFor<T extends { min: number }>(bands: readonly T[], score: number): T {
  const band = bands.find((b) => score >= b.min) ?? bands[bands.length - 1];
  if (band === undefined) throw new Error('a rubric band list is empty');
  return band;
}

function scoreDimension(dimension: Dimension, rubric: Rubric, ctx: Context): DimensionResult {
  const raw = rawCriteria(dimension, ctx);
  const applicable = raw.filter((r) => r.status !== 'not-applicable');
  const totalWeight = applicable.reduce((s, r) => s + r.weight, 0);
  const knownWeight = applicable.filter((r) => r.status === 'known').reduce((s, r) => s + r.weight, 0);
  const earned = applicable.reduce((s, r) => s + r.weight * (r.fraction ?? 0), 0);
  const pointsPerWeight = totalWeight === 0 ? 0 : (10 * dimension.weight) / totalWeight;
  const criteria = raw.map((r) => ({
    ...r,
    points: r.status === 'not-applicable' ? 0 : r.weight * (r.fraction ?? 0) * pointsPerWeight,
    maxPoints: r.status === 'not-applicable' ? 0 : r.weight * pointsPerWeight,
  }));
  const coverage = totalWeight === 0 ? 1 : knownWeight / totalWeight;
  if (totalWeight === 0) return { id: dimension.id, name: dimension.name, score: null, level: rubric.words.notApplicable, tone: 'none', coverage, criteria };
  const score = round((10 * earned) / totalWeight);
  if (coverage < rubric.coverage.minimum) {
    return { id: dimension.id, name: dimension.name, score, level: rubric.words.unscored, tone: 'none', coverage, criteria };
  }
  const band = levelFor(dimension.levels, score);
  return { id: dimension.id, name: dimension.name, score, level: band.level, tone: band.tone, coverage, criteria };
}

/** The points each controversy takes off the Safety Score, before the cap. */
export function controversyPenalty(review: Review, rubric: Rubric): ScoreResult['penalty'] {
  const c = rubric.controversies;
  const lines = review.controversies.map((item) => {
    const years = Math.max(0, yearsBetween(item.date, review.review.reviewed));
    const recency = [...c.recency].sort((a, b) => a.withinYears - b.withinYears).find((r) => years <= r.withinYears);
    const points = c.severity[item.severity] * (recency?.factor ?? 0) * (item.status === 'ongoing' ? c.ongoingFactor : 1);
    return { controversy: item.id, title: item.title, date: item.date, points, sources: item.sources };
  });
  const sum = lines.reduce((s, l) => s + l.points, 0);
  return { total: Math.min(sum, c.maxPenalty), capped: sum > c.maxPenalty, lines };
}

export interface ScoringCatalog {
  rubric: Rubric;
  taxonomy: Taxonomy;
  categories: readonly Category[];
}

/**
 * The score over the known facts alone (unknown criteria left out of both
 * what was earned and what could be earned), ignoring the coverage minimum.
 * Never shown to readers: the calibration test uses it to compare apps that
 * experts warn about, whose reviews are often too thin to score, with the
 * rubric's judgement of what is known about them.
 * @example knownFactsScore(scoreReview(review, catalog)) // 3.1
 */
export function knownFactsScore(result: ScoreResult): number | null {
  const known = Object.values(result.dimensions).flatMap((d) => d.criteria.filter((c) => c.status === 'known'));
  const max = known.reduce((s, c) => s + c.maxPoints, 0);
  if (max === 0) return null;
  const earned = known.reduce((s, c) => s + c.points, 0);
  return round(Math.min(10, Math.max(0, (10 * earned) / max - result.penalty.total)));
}

/**
 * Score one review with the rubric.
 * @example const result = scoreReview(review, dataset); result.score // 8.5
 */
export function scoreReview(review: Review, catalog: ScoringCatalog): ScoreResult {
  const category = catalog.categories.find((c) => c.id === review.category);
  if (!category) throw new Error(`review "${review.slug}" names category "${review.category}", which the catalog does not define`);
  const ctx: Context = { review, category, taxonomy: catalog.taxonomy };
  const rubric = catalog.rubric;
  const list = rubric.dimensions.map((d) => scoreDimension(d, rubric, ctx));
  const dimensions = Object.fromEntries(list.map((d) => [d.id, d])) as Record<DimensionId, DimensionResult>;

  const all = list.flatMap((d) => d.criteria.filter((c) => c.status !== 'not-applicable'));
  const maxPoints = all.reduce((s, c) => s + c.maxPoints, 0);
  const knownPoints = all.filter((c) => c.status === 'known').reduce((s, c) => s + c.maxPoints, 0);
  const base = all.reduce((s, c) => s + c.points, 0) * (maxPoints === 0 ? 0 : 10 / maxPoints);
  const coverage = round(maxPoints === 0 ? 0 : knownPoints / maxPoints, 2);
  const penalty = controversyPenalty(review, rubric);

  if (coverage < rubric.coverage.minimum) {
    return { rubricVersion: rubric.version, dimensions, base, penalty, coverage, score: null, label: rubric.words.unscored, tone: 'none' };
  }
  const score = round(Math.min(10, Math.max(0, base - penalty.total)));
  const band = levelFor(rubric.labels, score);
  return { rubricVersion: rubric.version, dimensions, base, penalty, coverage, score, label: band.label, tone: band.tone };
}
