/**
 * The named measures a rubric criterion can use where one fact's value is not
 * enough (see `measure:` in data/rubric.yaml). Each returns the fraction of the
 * criterion's weight earned, or null when the facts it needs are unknown.
 */
import { isKnown, type Review } from '../domain/review.ts';
import type { Taxonomy } from '../domain/catalog.ts';
import type { ValueWords } from '../domain/words.ts';

export interface MeasureOutcome {
  /** 0..1, or null when the facts are unknown. */
  fraction: number | null;
  /** The value in words (English), for the explanation. */
  value: string;
  /** The same value as catalogue material, for a page in another language. */
  words: ValueWords;
  facts: string[];
  sources: string[];
}

export interface MeasureContext {
  review: Review;
  taxonomy: Taxonomy;
  params: Record<string, number>;
}

function param(ctx: MeasureContext, name: string, fallback: number): number {
  return ctx.params[name] ?? fallback;
}

const unique = (xs: string[]) => [...new Set(xs)];
const UNKNOWN: ValueWords = { key: 'value.unknown' };

function dataCollectionCost(ctx: MeasureContext): MeasureOutcome {
  const fact = ctx.review.dataCollected;
  if (!isKnown(fact)) return { fraction: null, value: 'unknown', words: UNKNOWN, facts: ['dataCollected'], sources: [] };
  if (fact.value === 'nothing')
    return { fraction: 1, value: 'collects nothing', words: { key: 'value.collectsNothing' }, facts: ['dataCollected'], sources: fact.sources };
  const sensitivity = new Map(ctx.taxonomy.dataTypes.map((d) => [d.id, d.sensitivity]));
  let cost = 0;
  for (const item of fact.value) {
    cost +=
      (sensitivity.get(item.type) ?? 1) *
      // An unknown flag costs as much as the worse answer: unknown never counts as good.
      (item.linked === false ? param(ctx, 'unlinked', 0.4) : param(ctx, 'linked', 1)) *
      (item.tracking === false ? 1 : param(ctx, 'tracking', 2));
  }
  const cap = param(ctx, 'cap', 30);
  const n = fact.value.length;
  return {
    fraction: Math.max(0, 1 - cost / cap),
    value: `${n} data type${n === 1 ? '' : 's'}, weighted cost ${Math.round(cost * 10) / 10} of ${cap}`,
    words: { key: 'value.dataCost', params: { count: n, cost: Math.round(cost * 10) / 10, cap } },
    facts: ['dataCollected'],
    sources: unique([...fact.sources, ...fact.value.flatMap((i) => i.sources ?? [])]),
  };
}

function noTracking(ctx: MeasureContext): MeasureOutcome {
  const fact = ctx.review.dataCollected;
  if (!isKnown(fact)) return { fraction: null, value: 'unknown', words: UNKNOWN, facts: ['dataCollected'], sources: [] };
  const items = fact.value === 'nothing' ? [] : fact.value;
  const tracking = items.filter((i) => i.tracking === true);
  const undetermined = items.filter((i) => i.tracking === 'unknown');
  if (tracking.length === 0 && undetermined.length > 0) {
    return {
      fraction: null,
      value: `unknown for ${undetermined.length} data type${undetermined.length === 1 ? '' : 's'}`,
      words: { key: 'value.trackingUnknown', params: { count: undetermined.length } },
      facts: ['dataCollected'],
      sources: [],
    };
  }
  return {
    fraction: tracking.length === 0 ? 1 : 0,
    value: tracking.length === 0 ? 'no data used to track you' : `${tracking.length} data type${tracking.length === 1 ? '' : 's'} used to track you`,
    words: tracking.length === 0 ? { key: 'value.noTracking' } : { key: 'value.tracking', params: { count: tracking.length } },
    facts: ['dataCollected'],
    sources: fact.sources,
  };
}

function encryptionExceptions(ctx: MeasureContext): MeasureOutcome {
  const fact = ctx.review.encryption.exceptions;
  if (!isKnown(fact)) return { fraction: null, value: 'unknown', words: UNKNOWN, facts: ['encryption.exceptions'], sources: [] };
  const n = fact.value.length;
  return {
    fraction: Math.max(0, 1 - n * param(ctx, 'perException', 0.35)),
    value: n === 0 ? 'none recorded' : fact.value.map((e) => e.kind).join(', '),
    words: n === 0 ? { key: 'value.noneRecorded' } : { key: 'value.list', list: fact.value.map((e) => e.kind) },
    facts: ['encryption.exceptions'],
    sources: unique([...fact.sources, ...fact.value.flatMap((e) => e.sources)]),
  };
}

/** Whole years from `from` (YYYY[-MM[-DD]]) to `to` (YYYY-MM-DD); a partial date counts from its first day. */
export function yearsBetween(from: string, to: string): number {
  const [y = '1970', m = '01', d = '01'] = from.split('-');
  const start = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const end = Date.parse(`${to}T00:00:00Z`);
  return (end - start) / (365.25 * 24 * 3600 * 1000);
}

function independentAudit(ctx: MeasureContext): MeasureOutcome {
  const fact = ctx.review.app.audits;
  if (!isKnown(fact)) return { fraction: null, value: 'unknown', words: UNKNOWN, facts: ['app.audits'], sources: [] };
  const within = param(ctx, 'withinYears', 5);
  const recent = fact.value.filter((a) => {
    const years = yearsBetween(a.date, ctx.review.review.reviewed);
    return years >= 0 && years <= within;
  });
  return {
    fraction: recent.length > 0 ? 1 : 0,
    value:
      recent.length > 0
        ? `audited by ${recent.map((a) => `${a.by} (${a.date})`).join(', ')}`
        : fact.value.length > 0
          ? `no audit in the last ${within} years`
          : 'no independent audit',
    words:
      recent.length > 0
        ? { key: 'value.audited', list: recent.map((a) => `${a.by} (${a.date})`) }
        : fact.value.length > 0
          ? { key: 'value.noRecentAudit', params: { years: within } }
          : { key: 'value.noAudit' },
    facts: ['app.audits'],
    sources: fact.sources,
  };
}

function concerningParties(ctx: MeasureContext): MeasureOutcome {
  const fact = ctx.review.sharing.parties;
  if (!isKnown(fact)) return { fraction: null, value: 'unknown', words: UNKNOWN, facts: ['sharing.parties'], sources: [] };
  const concern = new Set(ctx.taxonomy.parties.filter((p) => p.concern).map((p) => p.id));
  const hits = fact.value.filter((p) => concern.has(p));
  return {
    fraction: Math.max(0, 1 - hits.length * param(ctx, 'perParty', 0.4)),
    value: hits.length === 0 ? 'no concerning kind of party' : hits.join(', '),
    words: hits.length === 0 ? { key: 'value.noConcerningParty' } : { key: 'value.list', list: hits },
    facts: ['sharing.parties'],
    sources: fact.sources,
  };
}

export const measures = {
  'data-collection-cost': dataCollectionCost,
  'no-tracking': noTracking,
  'encryption-exceptions': encryptionExceptions,
  'independent-audit': independentAudit,
  'concerning-parties': concerningParties,
} as const;
