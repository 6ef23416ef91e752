/**
 * Assembling a review page from the facts, the score and the rest of the
 * dataset (for comparisons, alternatives and products).
 */
import { isKnown, tracksYou, type Review } from '../domain/review.ts';
import type { Category, Product, Taxonomy } from '../domain/catalog.ts';
import type { Rubric, Tone } from '../domain/rubric.ts';
import { factsOf } from '../domain/facts.ts';
import { staleCoreFacts, type SourcePolicy } from '../domain/source-hosts.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { ReviewPage, Rating, ProductBlock, Finding, Sentence, StatusItem } from './model.ts';
import { findingsFor, readableBackupsException } from './findings.ts';
import type { Locale } from '../i18n/index.ts';
import { say, hasMessage, inSentenceFor, listOf } from './messages.ts';
import { localCatalog, localScored, localScoredAll } from './localise.ts';
import { taxonomyLabels, valueText } from './values.ts';
import { protectSteps, topProtectStep } from './protect.ts';
import { retiredNotice, statusItems } from './status.ts';
import { dataCollectionComparison, findSaferAlternatives } from './category.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import { shortAnswer, dataGroups, dataIntro, whyItMatters, encryptionFacts, encryptionExceptions, whatEncryptionMeans, sharingFacts, faq } from './sections.ts';

export interface NarrativeCatalog {
  rubric: Rubric;
  taxonomy: Taxonomy;
  categories: readonly Category[];
  products: readonly Product[];
  /** Without it (a catalog stored before it was published) no fact is flagged stale. */
  sourcePolicy?: SourcePolicy | undefined;
}

/** A reader-facing name for a fact path, in the page's language (the taxonomy passed in is already in it). */
export function factLabel(path: string, taxonomy: Taxonomy, locale: Locale = 'en'): string {
  if (path.startsWith('controls.')) {
    const id = path.slice('controls.'.length);
    return taxonomy.controls.find((c) => c.id === id)?.label ?? id;
  }
  const key = `fact.${path}`;
  return hasMessage(key) ? say(key, {}, locale) : path;
}

/**
 * The score's explanation with the values readers see written in words in the
 * page's language: the scoring gives each value as catalogue material (lists
 * as taxonomy ids such as "sms-fallback"), the page shows words and labels.
 */
export function readableExplanation(score: ScoreResult, taxonomy: Taxonomy, locale: Locale = 'en'): ScoreResult {
  const labels = taxonomyLabels(taxonomy, locale);
  const dimensions = Object.fromEntries(
    Object.entries(score.dimensions).map(([id, d]) => [
      id,
      { ...d, criteria: d.criteria.map((c) => ({ ...c, value: valueText(c.words, labels, locale, c.value) })) },
    ]),
  ) as ScoreResult['dimensions'];
  return { ...score, dimensions };
}

function rating(rubric: Rubric, d: ScoreResult['dimensions'][keyof ScoreResult['dimensions']]): Rating {
  const tone = rubric.tones[d.tone] ?? { icon: '○', colour: '#57606a', words: d.tone };
  return { dimension: d.id, name: d.name, level: d.level, tone: d.tone, icon: tone.icon, colour: tone.colour, toneWords: tone.words, score: d.score };
}

/** Where a product would be shown: the app's category and slug, and the apps the page already offers as safer alternatives. */
export interface ProductContext {
  category: string;
  slug: string;
  alternatives: readonly string[];
}

/** A concern's short name: its sentence up to the first colon ("Emails are not end-to-end encrypted"). */
const concernName = (c: Finding) => c.text.split(':')[0]?.trim() ?? c.text;

/**
 * Products that address one of the app's concerns in a category they fit; never affects anything else.
 * A product that is itself a reviewed app is not offered on its own page, nor where it is already a safer alternative.
 * @example matchProducts(concerns, products, { category: 'email', slug: 'gmail', alternatives: ['tuta'] })
 */
export function matchProducts(concerns: readonly Finding[], products: readonly Product[], where: ProductContext, locale: Locale = 'en'): ProductBlock | null {
  const byId = new Map<string, Finding>();
  for (const c of concerns) for (const id of [c.id, ...c.covers]) if (!byId.has(id)) byId.set(id, c);
  const items = products
    .filter((p) => p.categories.includes(where.category))
    .filter((p) => p.app === undefined || (p.app !== where.slug && !where.alternatives.includes(p.app)))
    .flatMap((p) => {
      const addresses = p.addresses.filter((a) => byId.has(a));
      if (addresses.length === 0) return [];
      const named = [...new Set(addresses.map((a) => byId.get(a)).filter((c): c is Finding => c !== undefined))].map(concernName);
      return [
        {
          id: p.id,
          name: p.name,
          kind: p.kind,
          url: p.url,
          blurb: p.blurb,
          affiliate: p.affiliate,
          addresses,
          concerns: named,
          source: { url: p.source.url, title: p.source.title },
        },
      ];
    });
  if (items.length === 0) return null;
  const disclosure = say(items.some((p) => p.affiliate) ? 'products.disclosure.affiliate' : 'products.disclosure.none', {}, locale);
  return { items, disclosure };
}

/**
 * The catalog of one app's page: where its readable-backups exception names the
 * services that keep the backups (storedWith), the exception is labelled as
 * protected only by them, so no list or table of the page calls them backups
 * "the provider can read" beside the concern that says the provider cannot.
 */
function storedWithLabel(catalog: NarrativeCatalog, review: Review, locale: Locale): NarrativeCatalog {
  if (!readableBackupsException(review)?.storedWith) return catalog;
  const label = say('exception.provider-readable-backups.storedWith', {}, locale);
  const exceptions = catalog.taxonomy.exceptions.map((e) => (e.id === 'provider-readable-backups' ? { ...e, label } : e));
  return { ...catalog, taxonomy: { ...catalog.taxonomy, exceptions } };
}

/**
 * The whole review page for one app.
 * @example const page = buildReviewPage(scored, allScored, catalog);
 */
export function buildReviewPage(scored: ScoredReview, allScored: readonly ScoredReview[], englishCatalog: NarrativeCatalog, locale: Locale = 'en'): ReviewPage {
  const catalog = storedWithLabel(localCatalog(englishCatalog, locale), scored.review, locale);
  const app = localScored(scored, locale);
  const all = localScoredAll(allScored, locale);
  const { review, score } = app;
  const category = catalog.categories.find((c) => c.id === review.category);
  if (!category) throw new Error(`review "${review.slug}" names unknown category "${review.category}"`);
  const ctx = { review, category, taxonomy: catalog.taxonomy, rubric: catalog.rubric, score, locale };
  const { pros, concerns } = findingsFor(ctx);
  const protect = protectSteps(review, concerns, catalog.taxonomy, { content: category.contentNoun, locale });
  const answer = shortAnswer(ctx, { pros, concerns });
  const alternatives = findSaferAlternatives(app, all, 3, locale);
  const labelTone: Tone = score.tone;
  const scoreTone = catalog.rubric.tones[labelTone] ?? { icon: '○', colour: '#57606a', words: labelTone };

  const page: Omit<ReviewPage, 'sources'> = {
    slug: review.slug,
    name: review.name,
    category: { id: category.id, name: category.name, plural: category.plural },
    owner: review.owner.parent ? `${review.owner.company} (${review.owner.parent})` : review.owner.company,
    ownerCountry: review.owner.country,
    reviewed: review.review.reviewed,
    reviewer: review.review.reviewer,
    links: {
      website: review.website,
      privacyPolicies: review.privacyPolicyUrls,
      sourceCode: review.sourceCode ?? null,
      stores: (review.stores ?? []).map(({ store, platform, url }) => ({ store, platform, url })),
    },
    platforms: review.platforms,
    shortAnswer: answer,
    score: {
      value: score.score,
      label: score.label,
      tone: score.tone,
      icon: scoreTone.icon,
      colour: scoreTone.colour,
      coverage: score.coverage,
      rubricVersion: score.rubricVersion,
    },
    ratings: catalog.rubric.dimensions.map((d) => rating(catalog.rubric, score.dimensions[d.id])),
    dataCollection: {
      intro: dataIntro(ctx),
      groups: dataGroups(ctx),
      comparison: dataCollectionComparison(review, category, all, score.dimensions.dataCollection, locale),
      whyItMatters: whyItMatters(ctx),
    },
    encryption: {
      level: score.dimensions.encryption.level,
      facts: encryptionFacts(ctx),
      exceptions: encryptionExceptions(ctx),
      whatItMeans: whatEncryptionMeans(ctx),
    },
    sharing: { level: score.dimensions.sharing.level, facts: sharingFacts(ctx) },
    pros,
    concerns,
    protect,
    topProtect: topProtectStep(protect),
    controversies: [...review.controversies]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map(({ translations, ...c }) => {
        const local = locale === 'de' || locale === 'fr' ? translations?.[locale] : undefined;
        return local
          ? { ...c, title: local.title, summary: local.summary, titleLang: locale, summaryLang: locale }
          : { ...c, titleLang: 'en', summaryLang: 'en' };
      }),
    status: statusItems(review, locale),
    retired: retiredNotice(review, locale),
    alternatives,
    products: matchProducts(concerns, catalog.products, { category: category.id, slug: review.slug, alternatives: alternatives.map((a) => a.slug) }, locale),
    faq: faq(ctx, answer, alternatives, review.review.reviewed.slice(0, 4), { pros, concerns }),
    unknowns: [
      ...factsOf(review)
        .filter((f) => 'unknown' in f.fact)
        .map((f) => {
          const path = f.path.join('.');
          return { path, label: factLabel(path, catalog.taxonomy, locale), why: 'unknown' in f.fact ? f.fact.unknown : '' };
        }),
      ...unknownTracking(review, catalog.taxonomy, locale),
    ],
    explanation: readableExplanation(score, catalog.taxonomy, locale),
    stale: catalog.sourcePolicy ? staleCoreFacts(review, catalog.sourcePolicy).map((s) => ({ ...s, label: factLabel(s.path, catalog.taxonomy, locale) })) : [],
    freshnessYears: catalog.sourcePolicy?.freshness.maxAgeYears ?? null,
  };
  return { ...page, sources: citedSources(review, page) };
}

/**
 * When the data list is known but whether it is used to track you is not (no
 * type is known to track, and some types' flags are unknown), the page lists
 * that too: the "Does not track you" criterion is unknown for this reason.
 */
function unknownTracking(review: Review, taxonomy: Pick<Taxonomy, 'dataTypes'>, locale: Locale): ReviewPage['unknowns'] {
  const collected = review.dataCollected;
  if (!isKnown(collected) || collected.value === 'nothing' || tracksYou(collected) !== undefined) return [];
  const types = collected.value
    .filter((i) => i.tracking === 'unknown')
    .map((i) => inSentenceFor(locale, taxonomy.dataTypes.find((t) => t.id === i.type)?.label ?? i.type));
  return [
    {
      path: 'dataCollected.tracking',
      label: say('unknown.tracking.label', {}, locale),
      why: say('unknown.tracking.why', { types: listOf(types, locale) }, locale),
    },
  ];
}

/** The review's sources in order of first citation on the page, then any not cited in prose. */
function citedSources(review: Review, page: Omit<ReviewPage, 'sources'>): ReviewPage['sources'] {
  const order: string[] = [];
  const cite = (ids: readonly string[]) => ids.forEach((id) => !order.includes(id) && order.push(id));
  const sentences = (xs: readonly Sentence[]) => xs.forEach((s) => cite(s.sources));
  if (page.retired) cite(page.retired.sources);
  sentences(page.shortAnswer);
  sentences(page.dataCollection.intro);
  page.dataCollection.groups.forEach((g) => g.items.forEach((i) => cite(i.sources)));
  sentences(page.encryption.facts);
  sentences(page.encryption.exceptions);
  sentences(page.sharing.facts);
  sentences(page.pros);
  sentences(page.concerns);
  sentences(page.protect);
  page.controversies.forEach((c) => cite(c.sources));
  page.status.forEach((c) => cite(c.sources));
  page.faq.forEach((f) => sentences(f.answer));
  Object.values(page.explanation.dimensions).forEach((d) => d.criteria.forEach((c) => cite(c.sources)));
  cite(Object.keys(review.sources));
  return order.flatMap((id) => {
    const s = review.sources[id];
    return s ? [{ id, ...s }] : [];
  });
}

/** The narrative of a page as data: exactly the sentences the page renders, each finding with the facts and sources behind it. */
export interface NarrativeData {
  answer: string;
  findings: { good: { text: string; facts: string[]; sources: string[] }[]; concerns: { text: string; facts: string[]; sources: string[] }[] };
  protect: { text: string; sources: string[] }[];
  faq: { question: string; answer: string }[];
  /** Changes of ownership and status, newest first, and whether the app is retired. */
  status: {
    retired: { date: string; text: string; sources: string[] } | null;
    changes: { date: string; kind: StatusItem['kind']; text: string; summary: string; sources: string[] }[];
  };
}

/**
 * The page's narrative for the API.
 * @example narrativeOf(page).findings.concerns[0].facts // ['encryption.e2ee.backups', ...]
 */
export function narrativeOf(page: ReviewPage): NarrativeData {
  const finding = (f: Finding) => ({ text: f.text, facts: [...f.facts], sources: [...f.sources] });
  const join = (xs: readonly Sentence[]) => xs.map((s) => s.text).join(' ');
  return {
    answer: join(page.shortAnswer),
    findings: { good: page.pros.map(finding), concerns: page.concerns.map(finding) },
    protect: page.protect.map((s) => ({ text: s.text, sources: [...s.sources] })),
    faq: page.faq.map((f) => ({ question: f.question, answer: join(f.answer) })),
    status: {
      retired: page.retired ? { ...page.retired, sources: [...page.retired.sources] } : null,
      changes: page.status.map((c) => ({ ...c, sources: [...c.sources] })),
    },
  };
}
