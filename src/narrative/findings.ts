/**
 * What's Good and Concerns, derived from the scored criteria and the facts.
 * A finding's side is decided by the share of its criterion's weight it earned
 * (and, for fact-based findings, by the fact itself), so a strength can never
 * be listed as a concern or the reverse.
 */
import { isKnown, type Review } from '../domain/review.ts';
import type { Category, Taxonomy } from '../domain/catalog.ts';
import type { Rubric } from '../domain/rubric.ts';
import type { ScoreResult, CriterionResult } from '../scoring/score.ts';
import type { Finding } from './model.ts';
import { capitalise, joinWords, inSentence } from './text.ts';

/** A criterion earning at least this share of its weight is a strength... */
export const STRENGTH_AT = 0.75;
/** ...and one earning less than this share is a concern. In between it is neither. */
export const CONCERN_BELOW = 0.5;

export interface FindingContext {
  review: Review;
  category: Category;
  taxonomy: Taxonomy;
  rubric: Rubric;
  score: ScoreResult;
}

type Text = (c: CriterionResult, ctx: FindingContext) => { id: string; text: string } | null;

function rubricText(ctx: FindingContext, criterionId: string, which: 'good' | 'bad'): string | undefined {
  for (const d of ctx.rubric.dimensions) {
    for (const c of d.criteria) if (c.id === criterionId && 'fact' in c) return c[which].replace('{content}', capitalise(ctx.category.contentNoun));
  }
  return undefined;
}

const owner = (ctx: FindingContext) => ctx.review.owner.company;

/** Texts for values between "all" and "nothing", keyed by criterion id then value. */
const partialTexts: Record<string, Record<string, (ctx: FindingContext) => { id: string; text: string }>> = {
  'e2ee-content': { 'opt-in': (ctx) => ({ id: 'no-e2ee', text: `${capitalise(ctx.category.contentNoun)} are end-to-end encrypted only if you turn it on` }) },
  'e2ee-groups': { 'opt-in': () => ({ id: 'no-e2ee-groups', text: 'Group conversations are end-to-end encrypted only if you turn it on' }) },
  'e2ee-calls': { 'opt-in': () => ({ id: 'no-e2ee-calls', text: 'Calls are end-to-end encrypted only if you turn it on' }) },
  'e2ee-backups': { 'opt-in': () => ({ id: 'provider-readable-backups', text: 'Backups are end-to-end encrypted only if you turn it on' }) },
  'at-rest': {
    'encrypted with keys the provider holds': (ctx) => ({
      id: 'provider-can-read-stored',
      text: `Stored content is encrypted with keys ${owner(ctx)} holds, so ${owner(ctx)} can read it`,
    }),
  },
  'third-parties': {
    'only with service providers': (ctx) => ({
      id: 'service-providers-only',
      text: `${owner(ctx)} shares data only with service providers acting on its behalf`,
    }),
  },
  advertising: { "for the company's own ads": (ctx) => ({ id: 'advertising', text: `${owner(ctx)} uses your data for its own advertising` }) },
  'open-source-client': { partly: () => ({ id: 'partly-open-source', text: "Only part of the app's source code is public" }) },
};

const ids: Record<string, [good: string, bad: string]> = {
  'in-transit': ['encrypted-in-transit', 'not-encrypted-in-transit'],
  'e2ee-content': ['e2ee', 'no-e2ee'],
  'e2ee-groups': ['e2ee-groups', 'no-e2ee-groups'],
  'e2ee-calls': ['e2ee-calls', 'no-e2ee-calls'],
  'e2ee-backups': ['e2ee-backups', 'provider-readable-backups'],
  'at-rest': ['zero-access-storage', 'provider-can-read-stored'],
  'forward-secrecy': ['forward-secrecy', 'no-forward-secrecy'],
  'open-source-client': ['open-source', 'closed-source'],
  'third-parties': ['no-third-party-sharing', 'third-party-sharing'],
  'sells-data': ['does-not-sell', 'sells-data'],
  advertising: ['no-advertising', 'advertising'],
};

const measureTexts: Record<string, Text> = {
  'collection-breadth': (c) =>
    c.fraction === null
      ? null
      : c.fraction >= STRENGTH_AT
        ? { id: 'low-data-collection', text: c.value === 'collects nothing' ? 'Collects no data about you' : 'Collects little data about you' }
        : c.fraction < CONCERN_BELOW
          ? { id: 'data-collection', text: `Collects a lot of data about you (${c.value.split(',')[0]})` }
          : null,
  'no-tracking': (c) =>
    c.fraction === 1
      ? { id: 'no-tracking', text: "Does not use your data to track you across other companies' apps and websites" }
      : c.fraction === 0
        ? { id: 'tracking', text: `Uses data to track you across other companies' apps and websites (${c.value})` }
        : null,
  'independent-audit': (c) =>
    c.fraction === 1
      ? { id: 'audited', text: `Independently audited: ${c.value.replace(/^audited by /, '')}` }
      : c.fraction === 0
        ? { id: 'no-audit', text: `No published independent security audit in the last five years` }
        : null,
  'concerning-parties': (c, ctx) => {
    const fact = ctx.review.sharing.parties;
    if (c.fraction === null || !isKnown(fact)) return null;
    const labels = ctx.taxonomy.parties.filter((p) => p.concern && fact.value.includes(p.id)).map((p) => inSentence(p.label));
    return labels.length === 0 ? null : { id: 'concerning-parties', text: `Data goes to ${joinWords(labels)}` };
  },
};

function criterionFinding(c: CriterionResult, ctx: FindingContext): Finding | null {
  if (c.status !== 'known' || c.fraction === null) return null;
  if (c.id.startsWith('control-') || c.id === 'exceptions') return null; // summarised below
  const measured = measureTexts[c.id];
  let found: { id: string; text: string } | null | undefined;
  if (measured) found = measured(c, ctx);
  else if (c.fraction >= STRENGTH_AT || c.fraction < CONCERN_BELOW) {
    const partial = c.fraction !== 1 && c.fraction !== 0 ? partialTexts[c.id]?.[c.value] : undefined;
    const pair = ids[c.id];
    if (partial) found = partial(ctx);
    else if (pair && (c.fraction === 1 || c.fraction === 0)) {
      const text = rubricText(ctx, c.id, c.fraction === 1 ? 'good' : 'bad');
      found = text === undefined ? null : { id: c.fraction === 1 ? pair[0] : pair[1], text };
    }
  }
  if (!found) return null;
  const tone: 'good' | 'bad' | null = c.fraction >= STRENGTH_AT ? 'good' : c.fraction < CONCERN_BELOW ? 'bad' : null;
  return tone === null ? null : { ...found, tone, sources: c.sources };
}

function controlFindings(ctx: FindingContext): Finding[] {
  const controls = ctx.score.dimensions.controls;
  const known = controls.criteria.filter((c) => c.status === 'known');
  const offered = known.filter((c) => c.fraction === 1);
  const missing = known.filter((c) => c.fraction === 0);
  const out: Finding[] = [];
  const src = (cs: CriterionResult[]) => [...new Set(cs.flatMap((c) => c.sources))];
  if (controls.tone === 'good' && offered.length > 0) {
    out.push({
      id: 'good-controls',
      tone: 'good',
      text: `Good privacy controls: ${joinWords(offered.map((c) => inSentence(c.label)))}`,
      sources: src(offered),
    });
  }
  if (missing.length > 0) {
    out.push({ id: 'missing-controls', tone: 'bad', text: `No way to ${joinWords(missing.map((c) => inSentence(c.label)))}`, sources: src(missing) });
  }
  const twoFactor = ctx.review.controls['two-factor'];
  if (isKnown(twoFactor) && twoFactor.value === 'no') {
    out.push({ id: 'account-security', tone: 'bad', text: 'No two-factor authentication to protect your account', sources: twoFactor.sources });
  }
  return out;
}

function factFindings(ctx: FindingContext): Finding[] {
  const out: Finding[] = [];
  const r = ctx.review;
  if (isKnown(r.encryption.exceptions)) {
    const kinds = new Map(ctx.taxonomy.exceptions.map((e) => [e.id, e]));
    for (const e of r.encryption.exceptions.value) {
      out.push({ id: e.kind, tone: 'bad', text: `${kinds.get(e.kind)?.label ?? e.kind}: ${e.description}`, sources: e.sources });
    }
  }
  if (isKnown(r.app.accountRequires) && r.app.accountRequires.value === 'phone-number') {
    out.push({
      id: 'phone-number-required',
      tone: 'bad',
      text: 'You need a phone number to sign up, which ties your account to your identity',
      sources: r.app.accountRequires.sources,
    });
  }
  if (isKnown(r.app.accountRequires) && r.app.accountRequires.value === 'nothing') {
    out.push({
      id: 'no-account-needed',
      tone: 'good',
      text: 'Works without an account, phone number or email address',
      sources: r.app.accountRequires.sources,
    });
  }
  for (const c of r.controversies) {
    if (c.status === 'ongoing' && c.severity === 'high') {
      out.push({ id: 'unresolved-controversy', tone: 'bad', text: `Unresolved: ${c.title} (${c.date})`, sources: c.sources });
    }
  }
  return out;
}

/**
 * The page's What's Good and Concerns lists.
 * @example const { pros, concerns } = findingsFor(ctx);
 */
export function findingsFor(ctx: FindingContext): { pros: Finding[]; concerns: Finding[] } {
  const all = [
    ...Object.values(ctx.score.dimensions).flatMap((d) => d.criteria.map((c) => criterionFinding(c, ctx))),
    ...controlFindings(ctx),
    ...factFindings(ctx),
  ].filter((f): f is Finding => f !== null);
  const pros = mergeEncryptionStrengths(
    all.filter((f) => f.tone === 'good' && !BASELINE.has(f.id)),
    ctx,
  );
  return { pros, concerns: all.filter((f) => f.tone === 'bad') };
}

/** Strengths every reputable app has: not worth a line under What's Good (their absence still is a concern). */
const BASELINE = new Set(['encrypted-in-transit']);

/** "Messages, group conversations and calls are end-to-end encrypted by default" instead of three lines. */
function mergeEncryptionStrengths(pros: Finding[], ctx: FindingContext): Finding[] {
  const parts: [string, string][] = [
    ['e2ee', capitalise(ctx.category.contentNoun)],
    ['e2ee-groups', 'group conversations'],
    ['e2ee-calls', 'calls'],
    ['e2ee-backups', 'backups'],
  ];
  const present = parts.filter(([id]) => pros.some((p) => p.id === id));
  if (present.length < 2) return pros;
  const merged: Finding = {
    id: 'e2ee',
    tone: 'good',
    text: `${capitalise(joinWords(present.map(([, noun]) => noun)))} are end-to-end encrypted by default`,
    sources: [...new Set(pros.filter((p) => present.some(([id]) => id === p.id)).flatMap((p) => p.sources))],
  };
  const firstAt = pros.findIndex((p) => present.some(([id]) => id === p.id));
  const rest = pros.filter((p) => !present.some(([id]) => id === p.id));
  return [...rest.slice(0, firstAt), merged, ...rest.slice(firstAt)];
}
