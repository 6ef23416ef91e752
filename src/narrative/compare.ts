/**
 * Comparing two to four apps side by side: for the Safety Score, each of the
 * four dimensions and each criterion beneath them, every app's value, which
 * app does better and why. Pure, computed from the scores alone, so the API's
 * /compare and the site's compare page say the same thing. An unknown fact
 * never makes an app the better one.
 */
import type { Tone } from '../domain/rubric.ts';
import type { CriterionStatus, DimensionResult } from '../scoring/score.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import { joinWords } from './text.ts';

export interface ComparedApp {
  slug: string;
  name: string;
  category: string;
  score: number | null;
  label: string;
  tone: Tone;
  coverage: number;
  penalty: number;
}

/** One app's value for one criterion. */
export interface CriterionValue {
  slug: string;
  /** The fact's value in words ("on by default", "unknown", "not applicable"). */
  value: string;
  status: CriterionStatus;
  /** Share of the criterion's weight earned (0..1); null unless known. */
  fraction: number | null;
  points: number;
  maxPoints: number;
  sources: string[];
}

export interface CriterionComparison {
  id: string;
  label: string;
  /** Dotted paths of the facts the criterion reads. */
  facts: string[];
  values: CriterionValue[];
  /** Slugs of the apps that do best here; empty when they are level or nothing is known. */
  better: string[];
  why: string;
}

export interface DimensionValue {
  slug: string;
  score: number | null;
  level: string;
  tone: Tone;
  coverage: number;
}

export interface DimensionComparison {
  id: DimensionResult['id'];
  name: string;
  values: DimensionValue[];
  better: string[];
  why: string;
  criteria: CriterionComparison[];
}

export interface AppComparison {
  apps: ComparedApp[];
  overall: { better: string[]; why: string };
  dimensions: DimensionComparison[];
}

const pointsText = (n: number) => String(Math.round(n * 100) / 100);

/** The entries with the highest number, when that number beats at least one other entry. */
function leaders<T>(entries: readonly T[], measure: (e: T) => number | null): { winners: T[]; others: T[] } {
  const known = entries.map((e) => ({ e, m: measure(e) })).filter((x): x is { e: T; m: number } => x.m !== null);
  if (known.length === 0) return { winners: [], others: [...entries] };
  const best = Math.max(...known.map((x) => x.m));
  const winners = known.filter((x) => x.m === best).map((x) => x.e);
  const others = entries.filter((e) => !winners.includes(e));
  return others.length === 0 ? { winners: [], others: [] } : { winners, others };
}

function compareCriterion(id: string, apps: readonly ScoredReview[], dimension: DimensionResult['id']): CriterionComparison {
  const found = apps.map((a) => ({ app: a, c: a.score.dimensions[dimension].criteria.find((c) => c.id === id) }));
  const first = found.find((f) => f.c !== undefined)?.c;
  const values: CriterionValue[] = found.map(({ app, c }) =>
    c === undefined
      ? { slug: app.review.slug, value: 'not applicable', status: 'not-applicable', fraction: null, points: 0, maxPoints: 0, sources: [] }
      : { slug: app.review.slug, value: c.value, status: c.status, fraction: c.fraction, points: c.points, maxPoints: c.maxPoints, sources: c.sources },
  );
  const named = values.map((v, i) => ({ v, name: apps[i]?.review.name ?? v.slug }));
  const applicable = named.filter((n) => n.v.status !== 'not-applicable');
  const base = { id, label: first?.label ?? id, facts: first?.facts ?? [], values };
  if (applicable.length === 0) return { ...base, better: [], why: 'This does not apply to these apps.' };
  const { winners, others } = leaders(applicable, (n) => (n.v.status === 'known' ? n.v.fraction : null));
  const valueText = (n: (typeof named)[number]) =>
    n.v.status === 'unknown' ? 'unknown (earns nothing)' : `${n.v.value} (${pointsText(n.v.points)} of ${pointsText(n.v.maxPoints)} points)`;
  const describe = (n: (typeof named)[number]) => `${n.name}: ${valueText(n)}`;
  if (winners.length === 0) {
    const allUnknown = applicable.every((n) => n.v.status !== 'known');
    return { ...base, better: [], why: allUnknown ? 'Not known for any of these apps.' : `No difference: ${applicable.map(describe).join('; ')}.` };
  }
  if ((winners[0]?.v.fraction ?? 0) === 0) return { ...base, better: [], why: `None of these apps earns points here: ${applicable.map(describe).join('; ')}.` };
  return {
    ...base,
    better: winners.map((w) => w.v.slug),
    why: `${joinWords(winners.map((w) => w.name))} ${winners.length === 1 ? 'does' : 'do'} better: ${winners.length === 1 ? winners.map(valueText).join('') : winners.map(describe).join('; ')}, against ${others
      .filter((o) => o.v.status !== 'not-applicable')
      .map(describe)
      .join('; ')}.`,
  };
}

function compareDimension(id: DimensionResult['id'], apps: readonly ScoredReview[]): DimensionComparison {
  const results = apps.map((a) => a.score.dimensions[id]);
  const name = results[0]?.name ?? id;
  const values: DimensionValue[] = apps.map((a) => {
    const d = a.score.dimensions[id];
    return { slug: a.review.slug, score: d.score, level: d.level, tone: d.tone, coverage: Math.round(d.coverage * 100) / 100 };
  });
  const ids: string[] = [];
  for (const d of results) for (const c of d.criteria) if (!ids.includes(c.id)) ids.push(c.id);
  const criteria = ids.map((cid) => compareCriterion(cid, apps, id));
  const rated = apps.map((a, i) => ({ a, v: values[i] })).filter((x): x is { a: ScoredReview; v: DimensionValue } => x.v !== undefined);
  const { winners, others } = leaders(rated, (x) => (x.v.tone === 'none' ? null : x.v.score));
  const levelText = (x: (typeof rated)[number]) => (x.v.score === null || x.v.tone === 'none' ? x.v.level : `${x.v.level} (${x.v.score}/10)`);
  const describe = (x: (typeof rated)[number]) => `${x.a.review.name}: ${levelText(x)}`;
  if (winners.length === 0) return { id, name, values, criteria, better: [], why: `No difference: ${rated.map(describe).join('; ')}.` };
  const better = winners.map((w) => w.a.review.slug);
  const strengths = criteria.filter((c) => c.better.some((s) => better.includes(s)) && c.better.length < apps.length).map((c) => c.label.toLowerCase());
  const where = strengths.length === 0 ? '' : ` It does better on ${joinWords(strengths)}.`;
  return {
    id,
    name,
    values,
    criteria,
    better,
    why: `${joinWords(winners.map((w) => w.a.review.name))} rate${winners.length === 1 ? 's' : ''} higher: ${winners.length === 1 ? winners.map(levelText).join('') : winners.map(describe).join('; ')}, against ${others.map(describe).join('; ')}.${winners.length === 1 ? where : ''}`,
  };
}

/**
 * Compare two to four scored apps. Throws a RangeError for fewer than two, more than four, or the same app twice.
 * @example compareApps([signal, whatsapp]).dimensions[1]?.better // ['signal']
 */
export function compareApps(apps: readonly ScoredReview[]): AppComparison {
  if (apps.length < 2 || apps.length > 4) throw new RangeError(`compareApps: compare 2 to 4 apps, got ${apps.length}`);
  if (new Set(apps.map((a) => a.review.slug)).size !== apps.length) throw new RangeError('compareApps: the same app is listed twice');
  const first = apps[0];
  const dimensionIds = first ? Object.values(first.score.dimensions).map((d) => d.id) : [];
  const compared: ComparedApp[] = apps.map(({ review, score }) => ({
    slug: review.slug,
    name: review.name,
    category: review.category,
    score: score.score,
    label: score.label,
    tone: score.tone,
    coverage: score.coverage,
    penalty: Math.round(score.penalty.total * 100) / 100,
  }));
  const { winners, others } = leaders(compared, (a) => a.score);
  const scoreText = (a: ComparedApp) => (a.score === null ? a.label : `${a.score}/10 (${a.label})`);
  const describe = (a: ComparedApp) => `${a.name}: ${scoreText(a)}`;
  const overall =
    winners.length === 0
      ? { better: [], why: `No difference: ${compared.map(describe).join('; ')}.` }
      : {
          better: winners.map((w) => w.slug),
          why: `${joinWords(winners.map((w) => w.name))} ${winners.length === 1 ? 'has' : 'have'} the higher Safety Score: ${winners.length === 1 ? winners.map(scoreText).join('') : winners.map(describe).join('; ')}, against ${others.map(describe).join('; ')}.`,
        };
  return { apps: compared, overall, dimensions: dimensionIds.map((id) => compareDimension(id, apps)) };
}
