/**
 * The shapes the narrative produces: ready-to-render data for a review page.
 * Views receive these and compute no verdicts.
 */
import type { Tone } from '../domain/rubric.ts';
import type { ScoreResult } from '../scoring/score.ts';

/** A sentence and the sources that establish it. */
export interface Sentence {
  text: string;
  sources: string[];
  /** The language of a sentence taken from the data as written (an editor's FAQ answer): absent for generated sentences, which are in the page's language. */
  lang?: string | undefined;
  /**
   * Pieces of `text` quoted from the data in another language than the page's
   * (an exception's description, why a fact is unknown, a setting's name inside
   * a German sentence): the page marks each with its `lang`.
   */
  foreign?: { text: string; lang: string }[] | undefined;
}

export interface Finding extends Sentence {
  /** Stable id: which concern or strength this is (products match on concern ids). */
  id: string;
  tone: 'good' | 'bad';
  /** The fact paths the finding states (`encryption.e2ee.backups`, `controls.encrypted-backups`). */
  facts: string[];
  /** Ids of the findings folded into this one because they speak of the same feature. */
  covers: string[];
}

/** One "How to protect yourself" step: what to do, the concerns it reduces and the fact that shows it is possible. */
export interface ProtectStep extends Sentence {
  /** The advice id in the taxonomy. */
  id: string;
  concerns: string[];
  facts: string[];
}

export interface Rating {
  dimension: string;
  name: string;
  level: string;
  tone: Tone;
  icon: string;
  colour: string;
  toneWords: string;
  score: number | null;
}

export interface DataGroup {
  title: string;
  description: string;
  items: { type: string; label: string; purposes: string[]; sources: string[] }[];
}

export interface Alternative {
  slug: string;
  name: string;
  score: number;
  label: string;
  reasons: string[];
}

export interface ProductBlock {
  items: {
    id: string;
    name: string;
    kind: string;
    url: string;
    blurb: string;
    affiliate: boolean;
    /** The concern ids of this page it addresses. */
    addresses: string[];
    /** Those concerns' short names, as the page states them ("Emails are not end-to-end encrypted"). */
    concerns: string[];
    /** The vendor's page that establishes the blurb. */
    source: { url: string; title: string };
  }[];
  disclosure: string;
}

export interface FaqItem {
  /** Which question this is, stable across wording and languages: 'safe', 'alternatives', … ('editorial' for one from the data). */
  id: string;
  question: string;
  answer: Sentence[];
}

export interface ControversyItem {
  id: string;
  date: string;
  title: string;
  summary: string;
  /** The language the title and summary are written in: the page's, when the data translates them, else English. */
  titleLang: string;
  summaryLang: string;
  kind: string;
  severity: string;
  status: string;
  sources: string[];
}

export interface UnknownFact {
  path: string;
  label: string;
  why: string;
}

export interface StaleFactItem {
  path: string;
  label: string;
  /** The date of the fact's newest source, as that source gives it. */
  newest: string;
  /** Evidence older than this date is stale. */
  limit: string;
  source: string;
}

/** A dated change of ownership or status, as a generated sentence beside the editor's summary. */
export interface StatusItem {
  date: string;
  kind: 'acquired' | 'renamed' | 'jurisdiction-moved' | 'spun-off' | 'retired';
  text: string;
  summary: string;
  sources: string[];
}

/** What a retired app's page says first. */
export interface StatusNotice {
  date: string;
  text: string;
  sources: string[];
}

export interface ReviewPage {
  slug: string;
  name: string;
  category: { id: string; name: string; plural: string };
  owner: string;
  ownerCountry: string;
  reviewed: string;
  reviewer: string;
  /** The app's own website, privacy policies, (when published) source code and official store listings, from the data. */
  links: { website: string; privacyPolicies: string[]; sourceCode: string | null; stores: { store: string; platform: string; url: string }[] };
  /** The platforms the review covers, from the data (ids such as "ios"). */
  platforms: string[];
  shortAnswer: Sentence[];
  score: { value: number | null; label: string; tone: Tone; icon: string; colour: string; coverage: number; rubricVersion: string };
  ratings: Rating[];
  dataCollection: { intro: Sentence[]; groups: DataGroup[]; comparison: Sentence | null; whyItMatters: Sentence[] };
  encryption: { level: string; facts: Sentence[]; exceptions: Sentence[]; whatItMeans: Sentence[] };
  sharing: { level: string; facts: Sentence[] };
  pros: Finding[];
  concerns: Finding[];
  protect: ProtectStep[];
  /** The step most worth doing (shown in the summary at the top), or null when there is none. */
  topProtect: ProtectStep | null;
  controversies: ControversyItem[];
  /** Changes of ownership and status, newest first. */
  status: StatusItem[];
  /** Set when the app is retired: the page says so before anything else, and the app is no one's safer alternative. */
  retired: StatusNotice | null;
  alternatives: Alternative[];
  products: ProductBlock | null;
  faq: FaqItem[];
  unknowns: UnknownFact[];
  explanation: ScoreResult;
  /** Core facts whose newest source is older than the freshness limit (data/source-hosts.yaml) before the review date. */
  stale: StaleFactItem[];
  /** The freshness limit in years, or null when the catalog has no source policy. */
  freshnessYears: number | null;
  /** Every source cited on the page, in order of first citation; footnote n is index + 1. */
  sources: {
    id: string;
    url: string;
    title: string;
    publisher?: string | undefined;
    kind: string;
    read: string;
    published?: string | undefined;
    quote?: string | undefined;
    archived?: { url: string; date: string } | undefined;
  }[];
}
