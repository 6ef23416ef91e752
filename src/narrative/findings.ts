/**
 * What's Good and Concerns, derived from the scored criteria and the facts.
 * A finding's side is decided by the share of its criterion's weight it earned
 * (and, for fact-based findings, by the fact itself), so a strength can never
 * be listed as a concern or the reverse.
 */
import { isKnown, type E2eeMode, type EncryptionException, type KnownFact, type Review } from '../domain/review.ts';
import type { Category, Taxonomy } from '../domain/catalog.ts';
import type { Rubric } from '../domain/rubric.ts';
import type { ScoreResult, CriterionResult } from '../scoring/score.ts';
import type { Finding } from './model.ts';
import { capitalise } from './text.ts';
import { formatDate, joinList, type Locale, type MessageKey, type MessageParams } from '../i18n/index.ts';
import { say, listOf, inSentenceFor } from './messages.ts';

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
  /** The page's language (English when absent); the catalog passed in is already in it (localCatalog). */
  locale?: Locale | undefined;
}

const localeOf = (ctx: FindingContext): Locale => ctx.locale ?? 'en';
/** A catalogue sentence in the page's language, its first letter capitalised unless it opens with a name written in lower case ("nordvpn S.A."). */
const write = (ctx: FindingContext, key: MessageKey, params: MessageParams = {}) => {
  const text = say(key, params, localeOf(ctx));
  return [ctx.review.owner.company, ctx.review.name].some((n) => text.startsWith(n)) ? text : capitalise(text);
};
const joinWords = (ctx: FindingContext, list: readonly string[]) => listOf(list, localeOf(ctx));
const inSentence = (ctx: FindingContext, label: string) => inSentenceFor(localeOf(ctx), label);
/** A controversy's title in the page's language when the data translates it, else as written. */
const titleOf = (c: { title: string; translations?: Partial<Record<'de' | 'fr', { title: string }>> | undefined }, locale: Locale) =>
  locale === 'de' || locale === 'fr' ? (c.translations?.[locale]?.title ?? c.title) : c.title;

type Draft = Omit<Finding, 'tone' | 'covers'> & { tone: 'good' | 'bad' };
type Text = (c: CriterionResult, ctx: FindingContext) => { id: string; text: string } | null;

function rubricText(ctx: FindingContext, criterionId: string, which: 'good' | 'bad'): string | undefined {
  for (const d of ctx.rubric.dimensions) {
    for (const c of d.criteria) if (c.id === criterionId && 'fact' in c) return capitalise(c[which].replace('{content}', ctx.category.contentNoun));
  }
  return undefined;
}

const owner = (ctx: FindingContext) => ctx.review.owner.company;

/** The recorded exception that backups are readable by someone other than you, if the review has one. */
export function readableBackupsException(review: Review): EncryptionException | undefined {
  const exceptions = review.encryption.exceptions;
  return isKnown(exceptions) ? exceptions.value.find((e) => e.kind === 'provider-readable-backups') : undefined;
}

/**
 * The end-to-end encryption of one thing the app handles (its content, groups,
 * calls or backups) when the app's category asks about it and the fact is
 * known; undefined otherwise: a VPN has no content of its own to encrypt end to
 * end, and an unknown fact says nothing about which mode applies.
 * @example applicableE2ee({ review: signal, category: messaging }, 'content')?.value // 'default'; undefined for a VPN
 */
export function applicableE2ee(ctx: { review: Review; category: Category }, subject: keyof Category['e2eeApplies']): KnownFact<E2eeMode> | undefined {
  const f = ctx.review.encryption.e2ee[subject];
  return ctx.category.e2eeApplies[subject] && isKnown(f) ? f : undefined;
}

/** Texts for values between "all" and "nothing", keyed by criterion id then value. */
const partialTexts: Record<string, Record<string, (ctx: FindingContext) => { id: string; text: string }>> = {
  'e2ee-content': {
    'opt-in': (ctx) => ({ id: 'no-e2ee', text: write(ctx, 'finding.content.optInNoStore', { content: ctx.category.contentNoun, owner: owner(ctx) }) }),
  },
  'e2ee-groups': { 'opt-in': (ctx) => ({ id: 'no-e2ee-groups', text: write(ctx, 'finding.groups.optIn') }) },
  'e2ee-calls': { 'opt-in': (ctx) => ({ id: 'no-e2ee-calls', text: write(ctx, 'finding.calls.optIn') }) },
  'e2ee-backups': { 'opt-in': (ctx) => ({ id: 'provider-readable-backups', text: write(ctx, 'finding.backups.optIn') }) },
  'at-rest': {
    'encrypted with keys the provider holds': (ctx) => ({
      id: 'provider-can-read-stored',
      text: write(ctx, 'finding.stored.providerKeys', { owner: owner(ctx) }),
    }),
  },
  'third-parties': {
    'only with service providers': (ctx) => ({ id: 'service-providers-only', text: write(ctx, 'finding.serviceProviders', { owner: owner(ctx) }) }),
  },
  advertising: { "for the company's own ads": (ctx) => ({ id: 'advertising', text: write(ctx, 'finding.ads.first', { owner: owner(ctx) }) }) },
  'open-source-client': { partly: (ctx) => ({ id: 'partly-open-source', text: write(ctx, 'finding.partlyOpen') }) },
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

/** How many data types the app collects, and how many of them track you (0 when the fact is unknown or "nothing"). */
function dataTypeCounts(ctx: FindingContext): { all: number; tracking: number; linked: number } {
  const f = ctx.review.dataCollected;
  if (!isKnown(f) || f.value === 'nothing') return { all: 0, tracking: 0, linked: 0 };
  return {
    all: f.value.length,
    tracking: f.value.filter((i) => i.tracking === true).length,
    linked: f.value.filter((i) => i.linked === true).length,
  };
}

const measureTexts: Record<string, Text> = {
  'collection-breadth': (c, ctx) =>
    c.fraction === null
      ? null
      : c.fraction >= STRENGTH_AT
        ? { id: 'low-data-collection', text: write(ctx, c.value === 'collects nothing' ? 'finding.collection.nothing' : 'finding.collection.little') }
        : c.fraction < CONCERN_BELOW
          ? { id: 'data-collection', text: write(ctx, 'finding.collection.lot', { count: dataTypeCounts(ctx).all, linked: dataTypeCounts(ctx).linked }) }
          : null,
  'no-tracking': (c, ctx) =>
    c.fraction === 1
      ? { id: 'no-tracking', text: write(ctx, 'finding.noTracking') }
      : c.fraction === 0
        ? { id: 'tracking', text: write(ctx, 'finding.tracking', { count: dataTypeCounts(ctx).tracking }) }
        : null,
  'independent-audit': (c, ctx) =>
    c.fraction === 1
      ? { id: 'audited', text: write(ctx, 'finding.audited', { who: c.value.replace(/^audited by /, '') }) }
      : c.fraction === 0
        ? { id: 'no-audit', text: write(ctx, 'finding.noAudit') }
        : null,
  'concerning-parties': (c, ctx) => {
    const labels = concerningPartyLabels(ctx);
    return c.fraction === null || labels.length === 0
      ? null
      : { id: 'concerning-parties', text: write(ctx, 'finding.parties', { parties: joinWords(ctx, labels) }) };
  },
};

function concerningPartyLabels(ctx: FindingContext): string[] {
  const fact = ctx.review.sharing.parties;
  if (!isKnown(fact)) return [];
  return ctx.taxonomy.parties.filter((p) => p.concern && fact.value.includes(p.id)).map((p) => inSentence(ctx, p.label));
}

/** Fact paths a criterion's finding states; the two data-collection measures speak of different aspects of one fact. */
function criterionFacts(c: CriterionResult): string[] {
  if (c.id === 'no-tracking') return ['dataCollected.tracking'];
  return c.facts;
}

function criterionFinding(c: CriterionResult, ctx: FindingContext): Draft | null {
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
  return tone === null ? null : { ...found, tone, sources: c.sources, facts: criterionFacts(c) };
}

/** Controls another finding already speaks of (the encrypted-backups control belongs to the backups finding). */
function controlFindings(ctx: FindingContext, folded: ReadonlySet<string>): Draft[] {
  const controls = ctx.score.dimensions.controls;
  const known = controls.criteria.filter((c) => c.status === 'known' && !folded.has(c.id.replace(/^control-/, '')));
  const offered = known.filter((c) => c.fraction === 1);
  const missing = known.filter((c) => c.fraction === 0);
  const out: Draft[] = [];
  const src = (cs: CriterionResult[]) => [...new Set(cs.flatMap((c) => c.sources))];
  const facts = (cs: CriterionResult[]) => [...new Set(cs.flatMap((c) => c.facts))];
  if (controls.tone === 'good' && offered.length > 0) {
    out.push({
      id: 'good-controls',
      tone: 'good',
      text: write(ctx, 'finding.controls.good', {
        controls: joinWords(
          ctx,
          offered.map((c) => inSentence(ctx, c.label)),
        ),
      }),
      sources: src(offered),
      facts: facts(offered),
    });
  }
  if (missing.length > 0) {
    out.push({
      id: 'missing-controls',
      tone: 'bad',
      text: write(ctx, 'finding.controls.missing', {
        controls: joinWords(
          ctx,
          missing.map((c) => inSentence(ctx, c.label)),
        ),
      }),
      sources: src(missing),
      facts: facts(missing),
    });
  }
  const twoFactor = ctx.review.controls['two-factor'];
  if (isKnown(twoFactor) && twoFactor.value === 'no') {
    out.push({
      id: 'account-security',
      tone: 'bad',
      text: write(ctx, 'finding.twoFactor.missing'),
      sources: twoFactor.sources,
      facts: ['controls.two-factor'],
    });
  }
  return out;
}

function factFindings(ctx: FindingContext): Draft[] {
  const out: Draft[] = [];
  const r = ctx.review;
  if (isKnown(r.encryption.exceptions)) {
    const kinds = new Map(ctx.taxonomy.exceptions.map((e) => [e.id, e]));
    for (const e of r.encryption.exceptions.value) {
      const kind = kinds.get(e.kind);
      // the app's own description is listed under "What weakens it"; the finding says what the kind means, so the page does not print it twice
      out.push({
        id: e.kind,
        tone: 'bad',
        text: write(ctx, 'finding.exception', {
          label: kind?.label ?? e.kind,
          what: kind ? inSentence(ctx, kind.description).replace(/\.$/, '') : e.description,
        }),
        sources: e.sources,
        facts: [`encryption.exceptions.${e.kind}`],
      });
    }
  }
  if (isKnown(r.app.accountRequires) && r.app.accountRequires.value === 'phone-number') {
    out.push({
      id: 'phone-number-required',
      tone: 'bad',
      text: write(ctx, 'finding.phone'),
      sources: r.app.accountRequires.sources,
      facts: ['app.accountRequires'],
    });
  }
  if (isKnown(r.app.accountRequires) && r.app.accountRequires.value === 'nothing') {
    out.push({
      id: 'no-account-needed',
      tone: 'good',
      text: write(ctx, 'finding.noAccount'),
      sources: r.app.accountRequires.sources,
      facts: ['app.accountRequires'],
    });
  }
  r.controversies.forEach((c, i) => {
    if (c.status === 'ongoing' && c.severity === 'high') {
      out.push({
        id: 'unresolved-controversy',
        tone: 'bad',
        text: write(ctx, 'finding.controversy', { title: titleOf(c, localeOf(ctx)), date: formatDate(localeOf(ctx), c.date) }),
        sources: c.sources,
        ...(titleOf(c, localeOf(ctx)) === c.title && localeOf(ctx) !== 'en' ? { foreign: [{ text: c.title, lang: 'en' }] } : {}),
        facts: [`controversies[${i}]`],
      });
    }
  });
  return out;
}

/**
 * Every concern id the narrative can produce for some review: what a product's
 * `addresses` may name. Exception kinds come from the taxonomy.
 */
export function concernIds(taxonomy: Pick<Taxonomy, 'exceptions'>): Set<string> {
  return new Set([
    ...Object.values(ids).map(([, bad]) => bad),
    ...Object.values(partialTexts).flatMap((byValue) => Object.values(byValue).map((f) => f(PROBE).id)),
    'data-collection',
    'tracking',
    'no-audit',
    'concerning-parties',
    'missing-controls',
    'account-security',
    'phone-number-required',
    'unresolved-controversy',
    ...taxonomy.exceptions.map((e) => e.id),
  ]);
}

/** A context only for asking partial texts their ids (their texts are never used). */
const PROBE = { review: { owner: { company: '' } }, category: { contentNoun: '' } } as unknown as FindingContext;

const union = (...lists: readonly string[][]) => [...new Set(lists.flat())];

/** Fold `extra` into `into`: one finding for one feature, its facts and sources combined. */
function fold(into: Finding, extra: readonly Draft[], text?: string): void {
  into.covers = union(into.covers, ...extra.map((e) => [e.id]));
  into.facts = union(into.facts, ...extra.map((e) => e.facts));
  into.sources = union(into.sources, ...extra.map((e) => e.sources));
  if (text !== undefined) into.text = text;
}

/**
 * One finding per feature: backups (their criterion, the readable-backups
 * exception, the encrypted-backups control and where stored data goes),
 * content (its criterion, the opt-in exception and stored data) and sharing
 * (third parties and who they are) each become a single finding that says how
 * they relate, instead of several lines repeating each other.
 */
function foldFeatures(drafts: Draft[], ctx: FindingContext): Finding[] {
  const list: Finding[] = drafts.map((d) => ({ ...d, covers: [] }));
  const take = (pred: (f: Finding) => boolean): Finding[] => {
    const hit = list.filter(pred);
    for (const h of hit) list.splice(list.indexOf(h), 1);
    return hit;
  };
  const first = (id: string) => list.find((f) => f.tone === 'bad' && f.id === id);
  const who = owner(ctx);
  const contentMode = applicableE2ee(ctx, 'content')?.value;
  const backupMode = applicableE2ee(ctx, 'backups')?.value;
  const control = ctx.review.controls['encrypted-backups'];
  const controlValue = control && isKnown(control) ? control.value : undefined;

  // Backups
  const backupConcerns = list.filter((f) => f.tone === 'bad' && f.id === 'provider-readable-backups');
  // Backups kept by other companies' services (Google Drive, iCloud) are protected by them, not readable by the owner
  const storedWith = readableBackupsException(ctx.review)?.storedWith;
  const services = storedWith ? joinList(localeOf(ctx), storedWith, 'disjunction') : undefined;
  if (backupConcerns.length > 0) {
    const [main, ...rest] = backupConcerns as [Finding, ...Finding[]];
    take((f) => rest.includes(f));
    const readable = backupConcerns.some((f) => f.facts.includes('encryption.exceptions.provider-readable-backups'));
    const offered = controlValue === 'yes' || controlValue === 'partial';
    const readableKey = (byOwner: MessageKey, byServices: MessageKey) => (services === undefined ? byOwner : byServices);
    const text =
      backupMode === 'opt-in'
        ? write(
            ctx,
            offered
              ? readable
                ? readableKey('finding.backups.optIn.control.readable', 'finding.backups.optIn.control.storedWith')
                : 'finding.backups.optIn.control'
              : readable
                ? readableKey('finding.backups.optIn.readable', 'finding.backups.optIn.storedWith')
                : 'finding.backups.optIn',
            { owner: who, services: services ?? '' },
          )
        : backupMode === 'none' && controlValue === 'no'
          ? write(ctx, 'finding.backups.none', { owner: who })
          : write(ctx, readableKey('finding.backups.readable', 'finding.backups.readable.storedWith'), { owner: who, services: services ?? '' });
    fold(main, rest, text);
    if (controlValue !== undefined && control && isKnown(control))
      fold(main, [{ id: 'encrypted-backups', tone: 'bad', text: '', sources: control.sources, facts: ['controls.encrypted-backups'] }]);
    main.covers = main.covers.filter((c) => c !== 'encrypted-backups' && c !== main.id);
  }
  const backupFinding = first('provider-readable-backups');

  // Content, and the opt-in-only exception that says the same
  const contentConcern = first('no-e2ee');
  if (contentConcern)
    fold(
      contentConcern,
      take((f) => f.tone === 'bad' && f.id === 'opt-in-only'),
    );

  // Groups that are not end-to-end encrypted, and the "features outside end-to-end encryption" exception:
  // one concern, not two lines a reader sees as the same
  const groupsConcern = first('no-e2ee-groups');
  const groupsNone = applicableE2ee(ctx, 'groups')?.value === 'none';
  if (groupsConcern && groupsNone) {
    const features = take((f) => f.tone === 'bad' && f.id === 'non-e2ee-features');
    if (features.length > 0) fold(groupsConcern, features, write(ctx, 'finding.groups.noneAndFeatures'));
  }

  // Stored data: which content, under which setting
  for (const stored of list.filter((f) => f.tone === 'bad' && (f.id === 'provider-can-read-stored' || f.id === 'no-encryption-at-rest-by-default'))) {
    const noun = ctx.category.contentNoun;
    if (contentConcern && (contentMode === 'opt-in' || contentMode === 'none')) {
      take((f) => f === stored);
      fold(contentConcern, [stored], write(ctx, contentMode === 'opt-in' ? 'finding.content.optIn' : 'finding.content.none', { content: noun, owner: who }));
    } else if (backupFinding && contentMode === 'default') {
      take((f) => f === stored);
      fold(backupFinding, [stored]);
    } else if (contentMode === 'default') {
      stored.text = write(ctx, 'finding.stored.besidesE2ee', { owner: who, content: ctx.category.contentNoun });
    }
  }

  // Sharing and who receives it
  const sharing = first('third-party-sharing');
  const parties = first('concerning-parties');
  if (sharing && parties) {
    take((f) => f === parties);
    fold(sharing, [parties], write(ctx, 'finding.sharing.parties', { parties: joinWords(ctx, concerningPartyLabels(ctx)) }));
  }

  // Stored content protected from the provider while backups are readable by someone: the strength says
  // so itself, or a reader sees "keys only you hold" next to "… can read your backups"
  if (readableBackupsException(ctx.review))
    for (const f of list) if (f.tone === 'good' && f.id === 'zero-access-storage') f.text = write(ctx, 'finding.stored.endToEnd.exceptBackups');

  // A strength about a feature that is also a concern is dropped: the concern says what holds
  const concernFacts = new Set(list.filter((f) => f.tone === 'bad').flatMap((f) => f.facts));
  return list.filter((f) => f.tone === 'bad' || !f.facts.some((p) => concernFacts.has(p)));
}

/**
 * The page's What's Good and Concerns lists.
 * @example const { pros, concerns } = findingsFor(ctx);
 */
export function findingsFor(ctx: FindingContext): { pros: Finding[]; concerns: Finding[] } {
  const criteria = Object.values(ctx.score.dimensions)
    .flatMap((d) => d.criteria.map((c) => criterionFinding(c, ctx)))
    .filter((f): f is Draft => f !== null);
  const facts = factFindings(ctx);
  const backupsFolded = [...criteria, ...facts].some((f) => f.tone === 'bad' && f.id === 'provider-readable-backups');
  const all = foldFeatures([...criteria, ...controlFindings(ctx, new Set(backupsFolded ? ['encrypted-backups'] : [])), ...facts], ctx);
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
    ['e2ee', ctx.category.contentNoun],
    ['e2ee-groups', say('subject.inList.groups', {}, localeOf(ctx))],
    ['e2ee-calls', say('subject.inList.calls', {}, localeOf(ctx))],
    ['e2ee-backups', say('subject.inList.backups', {}, localeOf(ctx))],
  ];
  const present = parts.filter(([id]) => pros.some((p) => p.id === id));
  if (present.length < 2) return pros;
  const merging = pros.filter((p) => present.some(([id]) => id === p.id));
  const merged: Finding = {
    id: 'e2ee',
    tone: 'good',
    text: write(ctx, 'finding.e2ee.merged', {
      subjects: joinWords(
        ctx,
        present.map(([, noun]) => noun),
      ),
    }),
    sources: union(...merging.map((p) => p.sources)),
    facts: union(...merging.map((p) => p.facts)),
    covers: merging.map((p) => p.id).filter((id) => id !== 'e2ee'),
  };
  const firstAt = pros.findIndex((p) => present.some(([id]) => id === p.id));
  const rest = pros.filter((p) => !present.some(([id]) => id === p.id));
  return [...rest.slice(0, firstAt), merged, ...rest.slice(firstAt)];
}
