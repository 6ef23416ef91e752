/**
 * Comparing two to four apps side by side: for the Safety Score, each of the
 * four dimensions and each criterion beneath them, every app's value, which
 * app does better and why. Pure, computed from the scores alone, so the API's
 * /compare and the site's compare page say the same thing. An unknown fact
 * never makes an app the better one. Every sentence comes from the message
 * catalogue, in the language asked for.
 */
import type { Tone } from '../domain/rubric.ts';
import type { CriterionStatus, DimensionResult } from '../scoring/score.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import type { Taxonomy } from '../domain/catalog.ts';
import type { Locale } from '../i18n/index.ts';
import { inSentenceFor, listOf, say } from './messages.ts';
import { localScored, localTaxonomy } from './localise.ts';
import { taxonomyLabels, valueText } from './values.ts';
import { readableBackupsException } from './findings.ts';

/** The separator between two apps' values: French sets a narrow no-break space before a semicolon. */
const semicolon = (locale: Locale): string => (locale === 'fr' ? '\u202f; ' : '; ');

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

/** The language to write in and the (English) taxonomy whose labels, in that language, replace ids in values (without it, ids stay as they are). */
export interface CompareOptions {
  locale?: Locale;
  taxonomy?: Taxonomy;
}

interface Writer {
  locale: Locale;
  labels: ReadonlyMap<string, string>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The labels one app's values are written with: a readable-backups exception that
 * names the services keeping the backups (storedWith) is labelled as on the app's
 * review page, never as backups "the provider can read".
 */
function labelsOf(app: ScoredReview, w: Writer): ReadonlyMap<string, string> {
  if (!readableBackupsException(app.review)?.storedWith) return w.labels;
  const labels = new Map(w.labels);
  labels.set('provider-readable-backups', inSentenceFor(w.locale, say('exception.provider-readable-backups.storedWith', {}, w.locale)));
  return labels;
}

/**
 * The entries with the highest number, when that number beats at least one
 * other entry's number: an entry without one (unknown, not rated) is beaten by
 * nobody, so it never makes another entry the better one.
 */
function leaders<T>(entries: readonly T[], measure: (e: T) => number | null): { winners: T[]; others: T[] } {
  const known = entries.map((e) => ({ e, m: measure(e) })).filter((x): x is { e: T; m: number } => x.m !== null);
  if (known.length === 0) return { winners: [], others: [...entries] };
  const best = Math.max(...known.map((x) => x.m));
  const winners = known.filter((x) => x.m === best).map((x) => x.e);
  const others = entries.filter((e) => !winners.includes(e));
  return known.some((x) => x.m < best) ? { winners, others } : { winners: [], others: [] };
}

function compareCriterion(id: string, apps: readonly ScoredReview[], dimension: DimensionResult['id'], w: Writer): CriterionComparison {
  const { locale } = w;
  const found = apps.map((a) => ({ app: a, c: a.score.dimensions[dimension].criteria.find((c) => c.id === id) }));
  const first = found.find((f) => f.c !== undefined)?.c;
  const values: CriterionValue[] = found.map(({ app, c }) =>
    c === undefined
      ? {
          slug: app.review.slug,
          value: say('value.not-applicable', {}, locale),
          status: 'not-applicable',
          fraction: null,
          points: 0,
          maxPoints: 0,
          sources: [],
        }
      : {
          slug: app.review.slug,
          value: valueText(c.words, labelsOf(app, w), locale, c.value),
          status: c.status,
          fraction: c.fraction,
          points: c.points,
          maxPoints: c.maxPoints,
          sources: c.sources,
        },
  );
  const named = values.map((v, i) => ({ v, name: apps[i]?.review.name ?? v.slug }));
  const applicable = named.filter((n) => n.v.status !== 'not-applicable');
  const base = { id, label: first?.label ?? id, facts: first?.facts ?? [], values };
  if (applicable.length === 0) return { ...base, better: [], why: say('compare.notApplicable', {}, locale) };
  // an unknown fact never makes an app the better one: the leaders are found among the known values only
  const known = applicable.filter((n) => n.v.status === 'known');
  const unknown = applicable.filter((n) => n.v.status !== 'known');
  const led = leaders(known, (n) => n.v.fraction);
  const winners = led.winners;
  const others = [...led.others, ...unknown];
  const valueOf = (n: (typeof named)[number]) =>
    n.v.status === 'unknown'
      ? say('compare.valueUnknown', {}, locale)
      : say('compare.valuePoints', { value: n.v.value, points: round2(n.v.points), max: round2(n.v.maxPoints) }, locale);
  const describe = (n: (typeof named)[number]) => say('compare.named', { name: n.name, value: valueOf(n) }, locale);
  const all = (xs: readonly (typeof named)[number][]) => xs.map(describe).join(semicolon(locale));
  if (known.length === 0) return { ...base, better: [], why: say('compare.allUnknown', {}, locale) };
  // the known values are level (or only one is known): not knowing the others' is no difference to report
  if (winners.length === 0) return { ...base, better: [], why: levelOrUnknown(applicable, unknown, describe, (n) => n.name, locale) };
  if ((winners[0]?.v.fraction ?? 0) === 0) return { ...base, better: [], why: say('compare.nobodyEarns', { list: all(applicable) }, locale) };
  return {
    ...base,
    better: winners.map((w) => w.v.slug),
    why: say(
      'compare.criterionBetter',
      {
        winners: listOf(
          winners.map((x) => x.name),
          locale,
        ),
        count: winners.length,
        values: winners.length === 1 ? winners.map(valueOf).join('') : all(winners),
        others: all(others.filter((o) => o.v.status !== 'not-applicable')),
      },
      locale,
    ),
  };
}

/** A rating without a sub-score ("Not enough evidence", or no number): beaten by nobody, better than nobody. */
export function isUnrated(v: DimensionValue): boolean {
  return v.score === null || v.tone === 'none';
}

/** Why no entry is the better one: all level, or the known ones level and the others not known. */
function levelOrUnknown<T>(all: readonly T[], unknown: readonly T[], describe: (x: T) => string, nameOf: (x: T) => string, locale: Locale): string {
  if (unknown.length === 0 || unknown.length === all.length) return say('compare.noDifference', { list: all.map(describe).join(semicolon(locale)) }, locale);
  return say(
    'compare.someUnknown',
    {
      names: listOf(unknown.map(nameOf), locale),
      list: all
        .filter((x) => !unknown.includes(x))
        .map(describe)
        .join(semicolon(locale)),
    },
    locale,
  );
}

function compareDimension(id: DimensionResult['id'], apps: readonly ScoredReview[], w: Writer): DimensionComparison {
  const { locale } = w;
  const results = apps.map((a) => a.score.dimensions[id]);
  const name = results[0]?.name ?? id;
  const values: DimensionValue[] = apps.map((a) => {
    const d = a.score.dimensions[id];
    return { slug: a.review.slug, score: d.score, level: d.level, tone: d.tone, coverage: Math.round(d.coverage * 100) / 100 };
  });
  const ids: string[] = [];
  for (const d of results) for (const c of d.criteria) if (!ids.includes(c.id)) ids.push(c.id);
  const criteria = ids.map((cid) => compareCriterion(cid, apps, id, w));
  const rated = apps.map((a, i) => ({ a, v: values[i] })).filter((x): x is { a: ScoredReview; v: DimensionValue } => x.v !== undefined);
  const { winners, others } = leaders(rated, (x) => (isUnrated(x.v) ? null : x.v.score));
  const levelText = (x: (typeof rated)[number]) =>
    x.v.score === null || x.v.tone === 'none' ? x.v.level : say('compare.level', { level: x.v.level, score: x.v.score }, locale);
  const describe = (x: (typeof rated)[number]) => say('compare.named', { name: x.a.review.name, value: levelText(x) }, locale);
  const unrated = rated.filter((x) => isUnrated(x.v));
  if (winners.length === 0) return { id, name, values, criteria, better: [], why: levelOrUnknown(rated, unrated, describe, (x) => x.a.review.name, locale) };
  const better = winners.map((w) => w.a.review.slug);
  const strengths = criteria
    .filter((c) => c.better.some((s) => better.includes(s)) && c.better.length < apps.length)
    .map((c) => (locale === 'en' ? c.label.toLowerCase() : inSentenceFor(locale, c.label)));
  const why = say(
    'compare.dimensionBetter',
    {
      winners: listOf(
        winners.map((x) => x.a.review.name),
        locale,
      ),
      count: winners.length,
      values: winners.length === 1 ? winners.map(levelText).join('') : winners.map(describe).join(semicolon(locale)),
      others: others.map(describe).join(semicolon(locale)),
    },
    locale,
  );
  const where = winners.length === 1 && strengths.length > 0 ? ` ${say('compare.strengths', { list: listOf(strengths, locale) }, locale)}` : '';
  return { id, name, values, criteria, better, why: `${why}${where}` };
}

/**
 * Compare two to four scored apps, in `options.locale` (English by default:
 * names of ratings, levels, labels, values and every sentence). Throws a
 * RangeError for fewer than two, more than four, or the same app twice.
 * @example compareApps([signal, whatsapp]).dimensions[1]?.better // ['signal']
 * @example compareApps([signal, whatsapp], { locale: 'de', taxonomy }).overall.why // "Signal hat den höheren Sicherheitswert: …"
 */
export function compareApps(scored: readonly ScoredReview[], options: CompareOptions = {}): AppComparison {
  if (scored.length < 2 || scored.length > 4) throw new RangeError(`compareApps: compare 2 to 4 apps, got ${scored.length}`);
  if (new Set(scored.map((a) => a.review.slug)).size !== scored.length) throw new RangeError('compareApps: the same app is listed twice');
  const locale = options.locale ?? 'en';
  const w: Writer = { locale, labels: options.taxonomy ? taxonomyLabels(localTaxonomy(options.taxonomy, locale), locale) : new Map() };
  const apps = scored.map((a) => localScored(a, locale));
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
  const scoreText = (a: ComparedApp) => (a.score === null ? a.label : say('compare.score', { score: a.score, label: a.label }, locale));
  const describe = (a: ComparedApp) => say('compare.named', { name: a.name, value: scoreText(a) }, locale);
  const overall =
    winners.length === 0
      ? {
          better: [],
          why: levelOrUnknown(
            compared,
            compared.filter((a) => a.score === null),
            describe,
            (a) => a.name,
            locale,
          ),
        }
      : {
          better: winners.map((w) => w.slug),
          why: say(
            'compare.overallBetter',
            {
              winners: listOf(
                winners.map((x) => x.name),
                locale,
              ),
              count: winners.length,
              values: winners.length === 1 ? winners.map(scoreText).join('') : winners.map(describe).join(semicolon(locale)),
              others: others.map(describe).join(semicolon(locale)),
            },
            locale,
          ),
        };
  return { apps: compared, overall, dimensions: dimensionIds.map((id) => compareDimension(id, apps, w)) };
}
