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
import { say, exceptionGaps } from './messages.ts';
import { capitalise, joinWords, plural, uniqueSources, inSentence } from './text.ts';

export interface SectionContext {
  review: Review;
  category: Category;
  taxonomy: Taxonomy;
  score: ScoreResult;
}

const owner = (ctx: SectionContext) => ctx.review.owner.company;

/** Exceptions recorded for the app that let the provider (or a network) read content. */
export function readableExceptions(ctx: SectionContext) {
  const f = ctx.review.encryption.exceptions;
  if (!isKnown(f)) return [];
  const breaking = new Set(ctx.taxonomy.exceptions.filter((e) => e.breaksProviderCannotRead).map((e) => e.id));
  return f.value.filter((e) => breaking.has(e.kind));
}

function e2eeSentence(subject: string, mode: E2eeMode): string | null {
  switch (mode) {
    case 'default':
      return `${subject} are end-to-end encrypted by default.`;
    case 'opt-in':
      return `${subject} are end-to-end encrypted only if you turn it on.`;
    case 'none':
      return `${subject} are not end-to-end encrypted.`;
    case 'not-applicable':
      return null;
  }
}

/** What end-to-end encryption leaves uncovered, as one noun phrase ("messages that fall back to SMS and cloud backups, …"). */
function gapsOf(ctx: SectionContext, weak: ReturnType<typeof readableExceptions>): string {
  const labels = new Map(ctx.taxonomy.exceptions.map((e) => [e.id, inSentence(e.label)]));
  return joinWords([...new Set(weak.map((e) => exceptionGaps[e.kind] ?? labels.get(e.kind) ?? e.kind))]);
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
  const content = review.encryption.e2ee.content;
  if (score.score === null) {
    const percent = Math.round(score.coverage * 100);
    out.push({
      text: percent === 0 ? say('answer.unscored.none', { name: review.name }) : say('answer.unscored.some', { name: review.name, percent }),
      sources: [],
    });
  } else if (category.e2eeApplies.content && isKnown(content)) {
    const weak = readableExceptions(ctx);
    const noun = category.contentNoun;
    const known = isKnown(review.encryption.exceptions);
    const exceptionSources = weak.flatMap((e) => e.sources);
    const text =
      content.value === 'default'
        ? weak.length > 0
          ? say('answer.e2ee.gaps', { content: noun, gaps: gapsOf(ctx, weak) })
          : known
            ? say('answer.e2ee.clean', { content: noun, owner: who })
            : say('answer.e2ee.unverified', { lead: 'Partly:', content: noun })
        : content.value === 'opt-in'
          ? say('answer.e2ee.optIn', { content: noun, owner: who })
          : say('answer.e2ee.none', { content: noun, owner: who });
    out.push({ text, sources: uniqueSources(content.sources, exceptionSources) });
  } else {
    const lead = score.tone === 'good' ? findings.pros[0] : findings.concerns[0];
    const key = score.tone === 'good' ? 'answer.tone.good' : score.tone === 'bad' ? 'answer.tone.bad' : 'answer.tone.mixed';
    out.push(
      lead
        ? { text: say(key, { finding: inSentence(lead.text) }), sources: lead.sources }
        : { text: say('answer.tone.plain', { name: review.name, label: score.label }), sources: [] },
    );
  }
  if (score.score !== null) out.push({ text: say('answer.score', { name: review.name, score: score.score, label: score.label }), sources: [] });
  const ads = review.sharing.advertising;
  const sells = review.sharing.sellsData;
  if (isKnown(sells) && sells.value) out.push({ text: say('answer.sells', { owner: who }), sources: sells.sources });
  if (isKnown(ads) && ads.value === 'third-party') out.push({ text: say('answer.ads.third', { owner: who }), sources: ads.sources });
  else if (isKnown(ads) && ads.value === 'first-party') out.push({ text: say('answer.ads.first', { owner: who }), sources: ads.sources });
  else if (isKnown(ads) && ads.value === 'none' && isKnown(sells) && !sells.value)
    out.push({ text: say('answer.ads.none', { owner: who }), sources: uniqueSources(ads.sources, sells.sources) });
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
  const groups: DataGroup[] = [
    {
      title: 'Data used to track you',
      description: "May be combined with data from other companies' apps and websites to target or measure ads.",
      items: f.value.filter((i) => i.tracking === true).map(item),
    },
    {
      title: 'Data that may be used to track you',
      description: 'The sources do not say whether this data is used to track you, so we cannot rule it out.',
      items: f.value.filter((i) => i.tracking === 'unknown').map(item),
    },
    {
      title: 'Data linked to you',
      description: 'Tied to your identity through your account, phone number or device.',
      items: f.value.filter((i) => i.tracking === false && i.linked === true).map(item),
    },
    {
      title: 'Data that may be linked to you',
      description: 'The sources do not say whether this data is tied to your identity.',
      items: f.value.filter((i) => i.tracking === false && i.linked === 'unknown').map(item),
    },
    {
      title: 'Data not linked to you',
      description: 'Collected without being tied to your identity.',
      items: f.value.filter((i) => i.tracking === false && i.linked === false).map(item),
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}

export function dataIntro(ctx: SectionContext): Sentence[] {
  const { review, score } = ctx;
  const f = review.dataCollected;
  const level = score.dimensions.dataCollection;
  if (!isKnown(f)) return [{ text: `We could not verify what data ${review.name} collects: ${f.unknown}`, sources: [] }];
  if (f.value === 'nothing') return [{ text: `${review.name} collects no data about you.`, sources: f.sources }];
  const linked = f.value.filter((i) => i.linked === true).length;
  const tracking = f.value.filter((i) => i.tracking === true).length;
  const undetermined = f.value.filter((i) => i.tracking === 'unknown').length;
  const parts = [`${review.name} collects ${plural(f.value.length, 'type')} of data`];
  if (linked > 0) parts.push(`${linked} of them linked to your identity`);
  if (tracking > 0) parts.push(`${tracking} used to track you`);
  if (undetermined > 0) parts.push(`${undetermined} for which the sources don't say whether it is used to track you`);
  return [
    { text: `${parts.join(', ')}.`, sources: uniqueSources(f.sources, ...f.value.map((i) => i.sources)) },
    { text: `Its Data Collection rating is ${level.level}.`, sources: [] },
  ];
}

/** "Why this matters": only the consequences the facts support. */
export function whyItMatters(ctx: SectionContext): Sentence[] {
  const r = ctx.review;
  const f = r.dataCollected;
  if (!isKnown(f) || f.value === 'nothing') return [];
  const out: Sentence[] = [];
  const tracking = f.value.filter((i) => i.tracking === true);
  if (tracking.length > 0)
    out.push({
      text: `Data used to track you can be combined with what other companies know about you, to build an advertising profile that follows you across apps and websites.`,
      sources: f.sources,
    });
  const linked = f.value.filter((i) => i.linked === true);
  if (linked.length > 0)
    out.push({ text: `Data linked to you can be handed over if ${owner(ctx)} is breached or legally compelled, and it identifies you.`, sources: f.sources });
  const purposeIds = [...new Set(f.value.flatMap((i) => i.purposes))];
  const labels = new Map(ctx.taxonomy.purposes.map((p) => [p.id, inSentence(p.label)]));
  if (purposeIds.length > 0)
    out.push({ text: `${owner(ctx)} says it uses this data for ${joinWords(purposeIds.map((p) => labels.get(p) ?? p))}.`, sources: f.sources });
  const third = r.sharing.thirdParties;
  if (isKnown(third) && third.value === 'yes') out.push({ text: `${owner(ctx)} also shares data with third parties (see below).`, sources: third.sources });
  return out;
}

export function encryptionFacts(ctx: SectionContext): Sentence[] {
  const { review, category } = ctx;
  const e = review.encryption;
  const out: Sentence[] = [];
  const protocol = isKnown(e.protocol) ? e.protocol : undefined;
  const subjects: [keyof Category['e2eeApplies'], string][] = [
    ['content', capitalise(category.contentNoun)],
    ['groups', 'Group conversations'],
    ['calls', 'Calls'],
    ['backups', 'Backups'],
  ];
  for (const [key, subject] of subjects) {
    const f = e.e2ee[key];
    if (!category.e2eeApplies[key] || !isKnown(f)) continue;
    const s = e2eeSentence(subject, f.value);
    if (s) out.push({ text: s, sources: f.sources });
  }
  if (protocol) out.push({ text: `Protocol: ${protocol.value}.`, sources: protocol.sources });
  if (isKnown(e.inTransit))
    out.push({ text: e.inTransit.value ? 'Data is encrypted in transit.' : 'Data is not encrypted in transit.', sources: e.inTransit.sources });
  if (isKnown(e.atRest)) {
    const content = e.e2ee.content;
    // where content is end-to-end encrypted, provider keys protect the rest of what is stored, not the content
    const besides = category.e2eeApplies.content && isKnown(content) && content.value === 'default';
    const text = {
      'end-to-end': 'Stored data is encrypted with keys only you hold.',
      'provider-keys': besides
        ? `${say('finding.stored.besidesE2ee', { owner: owner(ctx), content: category.contentNoun }).replace(/, so .*$/, '')}.`
        : `Stored data is encrypted with keys ${owner(ctx)} holds.`,
      none: 'Stored data is not encrypted.',
      'not-applicable': null,
    }[e.atRest.value];
    if (text) out.push({ text, sources: e.atRest.sources });
  }
  if (isKnown(e.forwardSecrecy) && e.forwardSecrecy.value !== 'not-applicable') {
    out.push({
      text: e.forwardSecrecy.value ? 'It uses forward secrecy: a key stolen today cannot unlock past messages.' : 'It does not use forward secrecy.',
      sources: e.forwardSecrecy.sources,
    });
  }
  const client = review.app.clientOpenSource;
  if (isKnown(client))
    out.push({
      text: { yes: "The app's source code is public.", partial: "Part of the app's source code is public.", no: 'The app is closed source.' }[client.value],
      sources: client.sources,
    });
  return out;
}

export function encryptionExceptions(ctx: SectionContext): Sentence[] {
  const f = ctx.review.encryption.exceptions;
  if (!isKnown(f)) return [];
  const labels = new Map(ctx.taxonomy.exceptions.map((e) => [e.id, e.label]));
  return f.value.map((e) => ({ text: `${labels.get(e.kind) ?? e.kind}: ${e.description}`, sources: e.sources }));
}

/**
 * "What this means for you". The absolute promise that even the company cannot
 * read your content is made only when content is end-to-end encrypted by default
 * and no recorded exception lets the provider read it.
 */
export function whatEncryptionMeans(ctx: SectionContext): Sentence[] {
  const { review, category } = ctx;
  const content = review.encryption.e2ee.content;
  const noun = category.contentNoun;
  const who = owner(ctx);
  if (!category.e2eeApplies.content) {
    const t = review.encryption.inTransit;
    if (!isKnown(t)) return [];
    return [{ text: say(t.value ? 'means.readable.provider' : 'means.readable.network', { owner: who, content: noun }), sources: t.sources }];
  }
  if (!isKnown(content)) return [{ text: say('means.unknown', { content: noun, owner: who }), sources: [] }];
  const weak = readableExceptions(ctx);
  const exceptionsKnown = isKnown(review.encryption.exceptions);
  if (content.value === 'default' && exceptionsKnown && weak.length === 0) {
    return [{ text: say('means.clean', { content: noun, owner: who }), sources: content.sources }];
  }
  if (content.value === 'default') {
    return [
      {
        text:
          weak.length > 0 ? say('means.gaps', { owner: who, content: noun, gaps: gapsOf(ctx, weak) }) : say('means.unverified', { owner: who, content: noun }),
        sources: uniqueSources(content.sources, ...weak.map((e) => e.sources)),
      },
    ];
  }
  if (content.value === 'opt-in') return [{ text: say('means.optIn', { owner: who, content: noun }), sources: content.sources }];
  return [{ text: say('means.none', { owner: who, content: noun }), sources: content.sources }];
}

export function sharingFacts(ctx: SectionContext): Sentence[] {
  const s = ctx.review.sharing;
  const out: Sentence[] = [];
  const who = owner(ctx);
  if (isKnown(s.thirdParties)) {
    const text = {
      no: `${who} does not share your data with third parties.`,
      'service-providers-only': `${who} shares data only with service providers that process it on its behalf.`,
      yes: `${who} shares your data with third parties.`,
    }[s.thirdParties.value];
    out.push({ text, sources: s.thirdParties.sources });
  }
  if (isKnown(s.parties) && s.parties.value.length > 0) {
    const labels = new Map(ctx.taxonomy.parties.map((p) => [p.id, inSentence(p.label)]));
    out.push({ text: `Data can go to: ${joinWords(s.parties.value.map((p) => labels.get(p) ?? p))}.`, sources: s.parties.sources });
  }
  if (isKnown(s.sellsData))
    out.push({ text: s.sellsData.value ? `${who} sells data about its users.` : `${who} does not sell your data.`, sources: s.sellsData.sources });
  if (isKnown(s.advertising)) {
    const text = {
      none: `${who} does not use your data for advertising.`,
      'first-party': `${who} uses your data for its own advertising.`,
      'third-party': `${who} uses your data for third-party advertising.`,
    }[s.advertising.value];
    out.push({ text, sources: s.advertising.sources });
  }
  return out;
}

/** "Is X safe?" answered in other words than the short answer: the score, then the strongest point and the biggest concern. */
function safeAnswer(ctx: SectionContext, answer: readonly Sentence[], findings: { pros: readonly Finding[]; concerns: readonly Finding[] }): Sentence[] {
  const { review, score } = ctx;
  if (score.score === null) {
    const unknown = factsOf(review).filter((f) => 'unknown' in f.fact).length;
    return [{ text: say('faq.safe.unscored', { name: review.name, unknown }), sources: [] }];
  }
  const out: Sentence[] = [{ text: say('faq.safe.score', { name: review.name, score: score.score, label: score.label }), sources: [] }];
  const pro = findings.pros[0];
  const concern = findings.concerns[0];
  if (pro) out.push({ text: say('faq.safe.strength', { finding: inSentence(pro.text) }), sources: pro.sources });
  if (concern) out.push({ text: say('faq.safe.concern', { finding: inSentence(concern.text) }), sources: concern.sources });
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
  if (safe.length > 0) out.push({ id: 'safe', question: `Is ${review.name} safe to use in ${year}?`, answer: safe });
  const data = review.dataCollected;
  if (isKnown(data)) {
    const labels = new Map(ctx.taxonomy.dataTypes.map((d) => [d.id, inSentence(d.label)]));
    const text =
      data.value === 'nothing'
        ? `${review.name} collects no data about you.`
        : `${review.name} collects: ${joinWords(data.value.map((i) => labels.get(i.type) ?? i.type))}. Its Data Collection rating is ${ctx.score.dimensions.dataCollection.level}.`;
    out.push({ id: 'data-collected', question: `What data does ${review.name} collect about me?`, answer: [{ text, sources: data.sources }] });
  }
  const sells = review.sharing.sellsData;
  if (isKnown(sells)) {
    const ads = review.sharing.advertising;
    const answerParts: Sentence[] = [{ text: say(sells.value ? 'faq.sells.yes' : 'faq.sells.no', { owner: owner(ctx) }), sources: sells.sources }];
    if (isKnown(ads)) answerParts.push({ text: say(`faq.ads.${ads.value}`, { owner: owner(ctx) }), sources: ads.sources });
    out.push({ id: 'sells-data', question: `Does ${review.name} sell my personal data?`, answer: answerParts.filter((s) => s.text !== '') });
  }
  const content = review.encryption.e2ee.content;
  if (category.e2eeApplies.content && isKnown(content)) {
    out.push({ id: 'e2ee', question: `Is ${review.name} end-to-end encrypted?`, answer: [...encryptionFacts(ctx).slice(0, 1), ...whatEncryptionMeans(ctx)] });
  }
  const kids = kidsAnswer(ctx);
  if (kids.length > 0) out.push({ id: 'kids', question: `Is ${review.name} safe for kids?`, answer: kids });
  if (ctx.score.score !== null) {
    out.push({
      id: 'alternatives',
      question: `What are safer alternatives to ${review.name}?`,
      answer: [
        alternatives.length > 0
          ? {
              text: `${joinWords(alternatives.map((a) => `${a.name} (${a.score}/10)`))} score${alternatives.length === 1 ? 's' : ''} higher among ${category.plural}.`,
              sources: [],
            }
          : { text: `None of the ${category.plural} we review scores higher than ${review.name}.`, sources: [] },
      ],
    });
  }
  for (const entry of review.faq) {
    const same = out.find((q) => questionKey(q.question) === questionKey(entry.question));
    const sentence = { text: entry.answer, sources: entry.sources };
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
          ? `${ctx.review.name}'s terms require users to be at least ${minimumAge.value}.`
          : `${ctx.review.name}'s terms set no minimum age.`,
      sources: minimumAge.sources,
    });
  if (isKnown(childrenOffering))
    out.push({ text: childrenOffering.value.endsWith('.') ? childrenOffering.value : `${childrenOffering.value}.`, sources: childrenOffering.sources });
  return out;
}
