/**
 * The prose of a review page. Every sentence is built from the facts it speaks
 * about and carries their sources; a sentence whose facts are unknown is not
 * written at all.
 */
import { isKnown, type Review, type E2eeMode } from '../domain/review.ts';
import { factsOf } from '../domain/facts.ts';
import type { Category, Taxonomy } from '../domain/catalog.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { DataGroup, Sentence, FaqItem, Alternative, Finding } from './model.ts';
import { joinList, type Locale, type MessageKey, type MessageParams } from '../i18n/index.ts';
import { say, hasMessage, listOf, inSentenceFor } from './messages.ts';
import { capitalise, uniqueSources } from './text.ts';
import { applicableE2ee, CONCERN_BELOW, readableBackupsException } from './findings.ts';

export interface SectionContext {
  review: Review;
  category: Category;
  taxonomy: Taxonomy;
  score: ScoreResult;
  /** The page's language (English when absent); the catalog passed in is already in it (localCatalog). */
  locale?: Locale | undefined;
}

const owner = (ctx: SectionContext) => ctx.review.owner.company;
const localeOf = (ctx: SectionContext): Locale => ctx.locale ?? 'en';
/** A catalogue sentence in the page's language. */
const write = (ctx: SectionContext, key: MessageKey, params: MessageParams = {}) => say(key, params, localeOf(ctx));
const words = (ctx: SectionContext, list: readonly string[]) => listOf(list, localeOf(ctx));
/** A label or finding inside a sentence; one that opens with the company's name ("Proton AG partage …") keeps it as written. */
const inSentence = (ctx: SectionContext, label: string) => (label.startsWith(`${ctx.review.owner.company} `) ? label : inSentenceFor(localeOf(ctx), label));
/** Free text of the data (written in English) quoted inside a sentence of a page in another language. */
const quoted = (ctx: SectionContext, ...texts: string[]) =>
  localeOf(ctx) === 'en' ? {} : { foreign: texts.filter((t) => t.trim() !== '').map((text) => ({ text, lang: 'en' })) };

/** Exceptions recorded for the app that let the provider (or a network) read content. */
export function readableExceptions(ctx: SectionContext) {
  const f = ctx.review.encryption.exceptions;
  if (!isKnown(f)) return [];
  const breaking = new Set(ctx.taxonomy.exceptions.filter((e) => e.breaksProviderCannotRead).map((e) => e.id));
  return f.value.filter((e) => breaking.has(e.kind));
}

function e2eeSentence(ctx: SectionContext, subject: string, mode: E2eeMode): string | null {
  switch (mode) {
    case 'default':
      return capitalise(write(ctx, 'e2ee.default', { subject }));
    case 'opt-in':
      return capitalise(write(ctx, 'e2ee.optIn', { subject }));
    case 'none':
      return capitalise(write(ctx, 'e2ee.none', { subject }));
    case 'not-applicable':
      return null;
  }
}

/** What end-to-end encryption leaves uncovered, as one noun phrase ("messages that fall back to SMS and cloud backups, …"). */
function gapsOf(ctx: SectionContext, weak: ReturnType<typeof readableExceptions>): string {
  const labels = new Map(ctx.taxonomy.exceptions.map((e) => [e.id, inSentence(ctx, e.label)]));
  const gap = (kind: string, storedWith: readonly string[] | undefined) => {
    // backups kept by other companies' services: where they are, not "whose keys the provider holds"
    if (kind === 'provider-readable-backups' && storedWith)
      return write(ctx, 'gap.provider-readable-backups.storedWith', { services: joinList(localeOf(ctx), storedWith, 'disjunction') });
    const key = `gap.${kind}`;
    return hasMessage(key) ? write(ctx, key) : (labels.get(kind) ?? kind);
  };
  return words(ctx, [...new Set(weak.map((e) => gap(e.kind, e.storedWith)))]);
}

/**
 * The "Short Answer" at the top of the page. Its first sentence answers the
 * page's question plainly, from the label and the facts that decide it (who
 * can read your content); the score follows; technical detail is left to the
 * sections below.
 */
export function shortAnswer(ctx: SectionContext, findings: { pros: readonly Finding[]; concerns: readonly Finding[] }): Sentence[] {
  const { review, score, category } = ctx;
  const out: Sentence[] = [];
  const who = owner(ctx);
  const content = applicableE2ee(ctx, 'content');
  if (score.score === null) {
    const percent = Math.round(score.coverage * 100);
    out.push({
      text: percent === 0 ? write(ctx, 'answer.unscored.none', { name: review.name }) : write(ctx, 'answer.unscored.some', { name: review.name, percent }),
      sources: [],
    });
  } else if (content) {
    const weak = readableExceptions(ctx);
    const noun = category.contentNoun;
    const known = isKnown(review.encryption.exceptions);
    const exceptionSources = weak.flatMap((e) => e.sources);
    const text =
      content.value === 'default'
        ? weak.length > 0
          ? write(ctx, 'answer.e2ee.gaps', { content: noun, gaps: gapsOf(ctx, weak) })
          : known
            ? write(ctx, 'answer.e2ee.clean', { content: noun, owner: who })
            : write(ctx, 'answer.e2ee.unverified', { content: noun })
        : content.value === 'opt-in'
          ? write(ctx, 'answer.e2ee.optIn', { content: noun, owner: who })
          : write(ctx, 'answer.e2ee.none', { content: noun, owner: who });
    out.push({ text, sources: uniqueSources(content.sources, exceptionSources) });
  } else {
    const lead = score.tone === 'good' ? findings.pros[0] : findings.concerns[0];
    const key = score.tone === 'good' ? 'answer.tone.good' : score.tone === 'bad' ? 'answer.tone.bad' : 'answer.tone.mixed';
    out.push(
      lead
        ? { text: write(ctx, key, { finding: inSentence(ctx, lead.text) }), sources: lead.sources }
        : { text: write(ctx, 'answer.tone.plain', { name: review.name, label: score.label }), sources: [] },
    );
  }
  if (score.score !== null) out.push({ text: write(ctx, 'answer.score', { name: review.name, score: score.score, label: score.label }), sources: [] });
  const ads = review.sharing.advertising;
  const sells = review.sharing.sellsData;
  if (isKnown(sells) && sells.value) out.push({ text: write(ctx, 'answer.sells', { owner: who }), sources: sells.sources });
  if (isKnown(ads) && ads.value === 'third-party') out.push({ text: write(ctx, 'answer.ads.third', { owner: who }), sources: ads.sources });
  else if (isKnown(ads) && ads.value === 'first-party') out.push({ text: write(ctx, 'answer.ads.first', { owner: who }), sources: ads.sources });
  else if (isKnown(ads) && ads.value === 'none' && isKnown(sells) && !sells.value)
    out.push({ text: write(ctx, 'answer.ads.none', { owner: who }), sources: uniqueSources(ads.sources, sells.sources) });
  return out;
}

/** Collected data grouped as Apple's labels do: used to track you, linked to you, not linked to you. */
export function dataGroups(ctx: SectionContext): DataGroup[] {
  const f = ctx.review.dataCollected;
  if (!isKnown(f) || f.value === 'nothing') return [];
  const types = new Map(ctx.taxonomy.dataTypes.map((d) => [d.id, d.label]));
  const purposes = new Map(ctx.taxonomy.purposes.map((p) => [p.id, p.label]));
  const item = (i: (typeof f.value)[number]) => ({
    type: i.type,
    label: types.get(i.type) ?? i.type,
    purposes: i.purposes.map((p) => purposes.get(p) ?? p),
    sources: uniqueSources(f.sources, i.sources),
  });
  const group = (which: 'tracking' | 'maybeTracking' | 'linked' | 'maybeLinked' | 'notLinked', items: DataGroup['items']): DataGroup => ({
    title: write(ctx, `data.group.${which}.title`),
    description: write(ctx, `data.group.${which}.description`),
    items,
  });
  const groups: DataGroup[] = [
    group('tracking', f.value.filter((i) => i.tracking === true).map(item)),
    group('maybeTracking', f.value.filter((i) => i.tracking === 'unknown').map(item)),
    group('linked', f.value.filter((i) => i.tracking === false && i.linked === true).map(item)),
    group('maybeLinked', f.value.filter((i) => i.tracking === false && i.linked === 'unknown').map(item)),
    group('notLinked', f.value.filter((i) => i.tracking === false && i.linked === false).map(item)),
  ];
  return groups.filter((g) => g.items.length > 0);
}

export function dataIntro(ctx: SectionContext): Sentence[] {
  const { review, score } = ctx;
  const f = review.dataCollected;
  const level = score.dimensions.dataCollection;
  if (!isKnown(f)) return [{ text: write(ctx, 'data.unknown', { name: review.name, why: f.unknown }), sources: [], ...quoted(ctx, f.unknown) }];
  if (f.value === 'nothing') return [{ text: write(ctx, 'data.nothing', { name: review.name }), sources: f.sources }];
  const linked = f.value.filter((i) => i.linked === true).length;
  const tracking = f.value.filter((i) => i.tracking === true).length;
  const undetermined = f.value.filter((i) => i.tracking === 'unknown').length;
  const parts = [write(ctx, 'data.summary.count', { name: review.name, count: f.value.length })];
  if (linked > 0) parts.push(write(ctx, 'data.summary.linked', { count: linked }));
  if (tracking > 0) parts.push(write(ctx, 'data.summary.tracking', { count: tracking }));
  if (undetermined > 0) parts.push(write(ctx, 'data.summary.undetermined', { count: undetermined }));
  return [
    { text: write(ctx, 'data.summary.end', { parts: parts.join(', ') }), sources: uniqueSources(f.sources, ...f.value.map((i) => i.sources)) },
    { text: write(ctx, dataLevelKey(level), { level: level.level }), sources: [] },
  ];
}

/**
 * The rating sentence. When the page also raises "Collects a lot of data" (the breadth criterion below
 * CONCERN_BELOW) but the rating is not a bad one, it says why both hold: the rating also counts tracking,
 * and none of this data tracks you. Without it a reader saw a concern and a "Moderate" rating side by side.
 */
function dataLevelKey(level: ScoreResult['dimensions']['dataCollection']): MessageKey {
  const breadth = level.criteria.find((c) => c.id === 'collection-breadth')?.fraction ?? null;
  const noTracking = level.criteria.find((c) => c.id === 'no-tracking')?.fraction ?? null;
  if (level.tone === 'bad' || breadth === null || breadth >= CONCERN_BELOW) return 'data.level';
  return noTracking === 1 ? 'data.level.muchNoTracking' : 'data.level';
}

/** "Why this matters": only the consequences the facts support. */
export function whyItMatters(ctx: SectionContext): Sentence[] {
  const r = ctx.review;
  const f = r.dataCollected;
  if (!isKnown(f) || f.value === 'nothing') return [];
  const out: Sentence[] = [];
  const tracking = f.value.filter((i) => i.tracking === true);
  if (tracking.length > 0) out.push({ text: write(ctx, 'data.why.tracking'), sources: f.sources });
  const linked = f.value.filter((i) => i.linked === true);
  if (linked.length > 0) out.push({ text: write(ctx, 'data.why.linked', { owner: owner(ctx) }), sources: f.sources });
  const purposeIds = [...new Set(f.value.flatMap((i) => i.purposes))];
  const labels = new Map(ctx.taxonomy.purposes.map((p) => [p.id, inSentence(ctx, p.label)]));
  if (purposeIds.length > 0)
    out.push({
      text: write(ctx, 'data.why.purposes', {
        owner: owner(ctx),
        purposes: words(
          ctx,
          purposeIds.map((p) => labels.get(p) ?? p),
        ),
      }),
      sources: f.sources,
    });
  const third = r.sharing.thirdParties;
  if (isKnown(third) && third.value === 'yes') out.push({ text: write(ctx, 'data.why.thirdParties', { owner: owner(ctx) }), sources: third.sources });
  return out;
}

export function encryptionFacts(ctx: SectionContext): Sentence[] {
  const { review, category } = ctx;
  const e = review.encryption;
  const out: Sentence[] = [];
  const protocol = isKnown(e.protocol) ? e.protocol : undefined;
  const subjects: [keyof Category['e2eeApplies'], string][] = [
    ['content', write(ctx, 'subject.content', { content: category.contentNoun })],
    ['groups', write(ctx, 'subject.groups')],
    ['calls', write(ctx, 'subject.calls')],
    ['backups', write(ctx, 'subject.backups')],
  ];
  for (const [key, subject] of subjects) {
    const f = applicableE2ee(ctx, key);
    if (!f) continue;
    const s = e2eeSentence(ctx, subject, f.value);
    if (s) out.push({ text: s, sources: f.sources });
  }
  if (protocol) out.push({ text: write(ctx, 'encryption.protocol', { protocol: protocol.value }), sources: protocol.sources });
  if (isKnown(e.inTransit))
    out.push({ text: write(ctx, e.inTransit.value ? 'encryption.inTransit.yes' : 'encryption.inTransit.no'), sources: e.inTransit.sources });
  if (isKnown(e.atRest)) {
    // where content is end-to-end encrypted, provider keys protect the rest of what is stored, not the content
    const besides = applicableE2ee(ctx, 'content')?.value === 'default';
    const text = {
      'end-to-end': write(ctx, readableBackupsException(ctx.review) ? 'encryption.atRest.endToEnd.exceptBackups' : 'encryption.atRest.endToEnd'),
      'provider-keys': besides
        ? write(ctx, 'encryption.atRest.besidesE2ee', { owner: owner(ctx), content: category.contentNoun })
        : write(ctx, 'encryption.atRest.providerKeys', { owner: owner(ctx) }),
      none: write(ctx, 'encryption.atRest.none'),
      'not-applicable': null,
    }[e.atRest.value];
    if (text) out.push({ text, sources: e.atRest.sources });
  }
  if (isKnown(e.forwardSecrecy) && e.forwardSecrecy.value !== 'not-applicable') {
    out.push({
      text: e.forwardSecrecy.value ? forwardSecrecySentence(ctx) : write(ctx, 'encryption.forwardSecrecy.no'),
      sources: e.forwardSecrecy.sources,
    });
  }
  const client = review.app.clientOpenSource;
  if (isKnown(client))
    out.push({
      text: write(ctx, `encryption.client.${client.value}`),
      sources: client.sources,
    });
  return out;
}

/**
 * What forward secrecy protects depends on what is encrypted end to end: the
 * content itself when that is the default; only what the reader turns it on
 * for when it is opt-in; only the connections when nothing is (Gmail's HTTPS).
 * Where content encryption does not apply (a VPN, a browser) the page says
 * no more than that it is used.
 */
function forwardSecrecySentence(ctx: SectionContext): string {
  const mode = applicableE2ee(ctx, 'content')?.value;
  if (mode === 'default') return write(ctx, 'encryption.forwardSecrecy.yes', { content: ctx.category.contentNoun });
  if (mode === 'opt-in') return write(ctx, 'encryption.forwardSecrecy.optIn');
  if (mode === 'none') return write(ctx, 'encryption.forwardSecrecy.connections');
  return write(ctx, 'encryption.forwardSecrecy.plain');
}

export function encryptionExceptions(ctx: SectionContext): Sentence[] {
  const f = ctx.review.encryption.exceptions;
  if (!isKnown(f)) return [];
  const labels = new Map(ctx.taxonomy.exceptions.map((e) => [e.id, e.label]));
  return f.value.map((e) => ({
    text: write(ctx, 'encryption.exception', { label: labels.get(e.kind) ?? e.kind, description: e.description }),
    sources: e.sources,
    ...quoted(ctx, e.description),
  }));
}

/**
 * "What this means for you". The absolute promise that even the company cannot
 * read your content is made only when content is end-to-end encrypted by default
 * and no recorded exception lets the provider read it.
 */
export function whatEncryptionMeans(ctx: SectionContext): Sentence[] {
  const { review, category } = ctx;
  const content = applicableE2ee(ctx, 'content');
  const noun = category.contentNoun;
  const who = owner(ctx);
  if (!category.e2eeApplies.content) {
    const t = review.encryption.inTransit;
    if (!isKnown(t)) return [];
    return [{ text: write(ctx, t.value ? 'means.readable.provider' : 'means.readable.network', { owner: who, content: noun }), sources: t.sources }];
  }
  if (!content) return [{ text: write(ctx, 'means.unknown', { content: noun, owner: who }), sources: [] }];
  const weak = readableExceptions(ctx);
  const exceptionsKnown = isKnown(review.encryption.exceptions);
  if (content.value === 'default' && exceptionsKnown && weak.length === 0) {
    return [{ text: write(ctx, 'means.clean', { content: noun, owner: who }), sources: content.sources }];
  }
  if (content.value === 'default') {
    return [
      {
        text:
          weak.length > 0
            ? write(ctx, 'means.gaps', { owner: who, content: noun, gaps: gapsOf(ctx, weak) })
            : write(ctx, 'means.unverified', { owner: who, content: noun }),
        sources: uniqueSources(content.sources, ...weak.map((e) => e.sources)),
      },
    ];
  }
  if (content.value === 'opt-in') return [{ text: write(ctx, 'means.optIn', { owner: who, content: noun }), sources: content.sources }];
  return [{ text: write(ctx, 'means.none', { owner: who, content: noun }), sources: content.sources }];
}

export function sharingFacts(ctx: SectionContext): Sentence[] {
  const s = ctx.review.sharing;
  const out: Sentence[] = [];
  const who = owner(ctx);
  if (isKnown(s.thirdParties)) {
    const text = {
      no: write(ctx, 'sharing.thirdParties.no', { owner: who }),
      'service-providers-only': write(ctx, 'sharing.thirdParties.serviceProviders', { owner: who }),
      yes: write(ctx, 'sharing.thirdParties.yes', { owner: who }),
    }[s.thirdParties.value];
    out.push({ text, sources: s.thirdParties.sources });
  }
  if (isKnown(s.parties) && s.parties.value.length > 0) {
    const labels = new Map(ctx.taxonomy.parties.map((p) => [p.id, inSentence(ctx, p.label)]));
    out.push({
      text: write(ctx, 'sharing.parties', {
        parties: words(
          ctx,
          s.parties.value.map((p) => labels.get(p) ?? p),
        ),
      }),
      sources: s.parties.sources,
    });
  }
  if (isKnown(s.sellsData))
    out.push({ text: write(ctx, s.sellsData.value ? 'sharing.sells.yes' : 'sharing.sells.no', { owner: who }), sources: s.sellsData.sources });
  if (isKnown(s.advertising)) out.push({ text: write(ctx, `sharing.ads.${s.advertising.value}`, { owner: who }), sources: s.advertising.sources });
  return out;
}

/** "Is X safe?" answered in other words than the short answer: the score, then the strongest point and the biggest concern. */
function safeAnswer(ctx: SectionContext, answer: readonly Sentence[], findings: { pros: readonly Finding[]; concerns: readonly Finding[] }): Sentence[] {
  const { review, score } = ctx;
  if (score.score === null) {
    const unknown = factsOf(review).filter((f) => 'unknown' in f.fact).length;
    return [{ text: write(ctx, 'faq.safe.unscored', { name: review.name, unknown }), sources: [] }];
  }
  const out: Sentence[] = [{ text: write(ctx, 'faq.safe.score', { name: review.name, score: score.score, label: score.label }), sources: [] }];
  const pro = findings.pros[0];
  const concern = findings.concerns[0];
  if (pro) out.push({ text: write(ctx, 'faq.safe.strength', { finding: inSentence(ctx, pro.text) }), sources: pro.sources });
  if (concern) out.push({ text: write(ctx, 'faq.safe.concern', { finding: inSentence(ctx, concern.text) }), sources: concern.sources });
  const shown = new Set(answer.map((s) => s.text));
  return out.filter((s) => !shown.has(s.text));
}

/** A question as a key: case, spacing and punctuation do not make two questions different. */
export function questionKey(question: string): string {
  return question
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The FAQ: a question is asked only when the facts answer it, and only once:
 * an editorial question that a generated one already asks adds its answer to it.
 */
export function faq(
  ctx: SectionContext,
  answer: Sentence[],
  alternatives: Alternative[],
  year: string,
  findings: { pros: readonly Finding[]; concerns: readonly Finding[] } = { pros: [], concerns: [] },
): FaqItem[] {
  const { review, category } = ctx;
  const out: FaqItem[] = [];
  const safe = safeAnswer(ctx, answer, findings);
  if (safe.length > 0) out.push({ id: 'safe', question: write(ctx, 'faq.q.safe', { name: review.name, year }), answer: safe });
  const data = review.dataCollected;
  if (isKnown(data)) {
    const labels = new Map(ctx.taxonomy.dataTypes.map((d) => [d.id, inSentence(ctx, d.label)]));
    const text =
      data.value === 'nothing'
        ? write(ctx, 'data.nothing', { name: review.name })
        : write(ctx, 'faq.data.list', {
            name: review.name,
            types: words(
              ctx,
              data.value.map((i) => labels.get(i.type) ?? i.type),
            ),
            level: ctx.score.dimensions.dataCollection.level,
          });
    out.push({ id: 'data-collected', question: write(ctx, 'faq.q.data', { name: review.name }), answer: [{ text, sources: data.sources }] });
  }
  const sells = review.sharing.sellsData;
  if (isKnown(sells)) {
    const ads = review.sharing.advertising;
    const answerParts: Sentence[] = [{ text: write(ctx, sells.value ? 'faq.sells.yes' : 'faq.sells.no', { owner: owner(ctx) }), sources: sells.sources }];
    if (isKnown(ads)) answerParts.push({ text: write(ctx, `faq.ads.${ads.value}`, { owner: owner(ctx) }), sources: ads.sources });
    out.push({ id: 'sells-data', question: write(ctx, 'faq.q.sells', { name: review.name }), answer: answerParts.filter((s) => s.text !== '') });
  }
  if (applicableE2ee(ctx, 'content')) {
    out.push({
      id: 'e2ee',
      question: write(ctx, 'faq.q.e2ee', { name: review.name }),
      answer: [...encryptionFacts(ctx).slice(0, 1), ...whatEncryptionMeans(ctx)],
    });
  }
  const kids = kidsAnswer(ctx);
  if (kids.length > 0) out.push({ id: 'kids', question: write(ctx, 'faq.q.kids', { name: review.name }), answer: kids });
  if (ctx.score.score !== null) {
    out.push({
      id: 'alternatives',
      question: write(ctx, 'faq.q.alternatives', { name: review.name }),
      answer: [
        alternatives.length > 0
          ? {
              text: write(ctx, 'faq.alternatives.some', {
                apps: words(
                  ctx,
                  alternatives.map((a) => write(ctx, 'faq.alternatives.item', { name: a.name, score: a.score })),
                ),
                count: alternatives.length,
                plural: category.plural,
              }),
              sources: [],
            }
          : { text: write(ctx, 'faq.alternatives.none', { plural: category.plural, name: review.name }), sources: [] },
      ],
    });
  }
  for (const entry of review.faq) {
    const same = out.find((q) => questionKey(q.question) === questionKey(entry.question));
    const sentence: Sentence = { text: entry.answer, sources: entry.sources, lang: 'en' };
    if (same) {
      if (!same.answer.some((s) => s.text === entry.answer)) same.answer.push(sentence);
    } else out.push({ id: 'editorial', question: entry.question, answer: [sentence] });
  }
  return out;
}

function kidsAnswer(ctx: SectionContext): Sentence[] {
  const { minimumAge, childrenOffering } = ctx.review.app;
  const out: Sentence[] = [];
  if (isKnown(minimumAge))
    out.push({
      text:
        minimumAge.value > 0
          ? write(ctx, 'faq.kids.minimumAge', { name: ctx.review.name, age: minimumAge.value })
          : write(ctx, 'faq.kids.noMinimumAge', { name: ctx.review.name }),
      sources: minimumAge.sources,
    });
  if (isKnown(childrenOffering))
    out.push({
      text: childrenOffering.value.endsWith('.') ? childrenOffering.value : `${childrenOffering.value}.`,
      sources: childrenOffering.sources,
      lang: 'en',
    });
  return out;
}
