/**
 * The shapes of the consistency checks: a rule looks at one thing (a review,
 * the whole dataset, a rendered page, or stored revisions) and returns the
 * issues it sees; the runner turns issues into findings naming file, field,
 * rule and severity.
 */
import type { Dataset, ReviewRecord } from '../domain/dataset.ts';
import type { Review } from '../domain/review.ts';
import type { Taxonomy } from '../domain/catalog.ts';
import type { SourcePolicy } from '../domain/source-hosts.ts';
import type { ReviewPage } from '../narrative/model.ts';
import type { NarrativeCatalog } from '../narrative/page.ts';
import type { Catalog } from '../domain/dataset.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import type { HtmlDocument } from './html.ts';
import type { MessageKey } from '../i18n/index.ts';

export type Severity = 'error' | 'warning';

/** Where in a file an issue is: field keys (`['review', 'notes']`) or, for a rendered page, a description. */
export type IssuePath = readonly (string | number)[] | string;

/** A parameter of a finding's message: data shown as written, a nested message, or data values any one of which would do ("a or b"). */
export type SayParam = string | number | Say | { anyOf: readonly string[] };

/** A finding's message as a catalogue key (src/i18n/messages/checks/) and its parameters (src/checks/say.ts renders it). */
export interface Say {
  key: MessageKey;
  params: Readonly<Record<string, SayParam>>;
}

/** What a rule returns: what is wrong and where. The runner adds the rule id, severity and file. */
export interface Issue {
  path: IssuePath;
  /** In English: the catalogue's English rendering of `say`. */
  message: string;
  /** The same message as a catalogue key and parameters, for the editor's German and French pages. */
  say?: Say | undefined;
  /** The file the issue is in, when it is not the review's own file (catalog files). */
  file?: string;
}

/** One reported problem. */
export interface Finding {
  file: string;
  /** Dotted field path (`encryption.e2ee.content.value`) or a page location (`page /apps/x: "Concerns"`). */
  path: string;
  /** The field path as keys, for finding the line in the YAML file; absent for page findings. */
  keys?: readonly (string | number)[] | undefined;
  line?: number | undefined;
  rule: string;
  severity: Severity;
  /** In English, as `check` prints it. */
  message: string;
  /** The message as a catalogue key and parameters (absent for schema problems); src/checks/say.ts renders it in any language. */
  say?: Say | undefined;
}

/** "Today", always passed in: rules never read the clock. YYYY-MM-DD. */
/** A review's page model and the HTML the site renders for it. */
export interface RenderedReview {
  page: ReviewPage;
  html: string;
}

/**
 * Renders a review's page as the site does. The checks take it as a value, so
 * they judge the real page without importing the web layer.
 */
export type PageRenderer = (app: ScoredReview, all: readonly ScoredReview[], catalog: NarrativeCatalog) => RenderedReview;

export interface CheckOptions {
  today: string;
  /** Content hash recorded for each rubric version (rubric-hashes.json); without it the rubric-version rule does not run. */
  rubricHashes?: Readonly<Record<string, string>> | undefined;
}

export interface ReviewCheckContext extends CheckOptions {
  review: Review;
  taxonomy: Taxonomy;
  /** data/source-hosts.yaml. */
  sourcePolicy: SourcePolicy;
}

export interface DatasetCheckContext extends CheckOptions {
  dataset: Dataset;
}

/** An app as other pages see it: enough to judge an alternative or a link. */
export interface AppSummary {
  slug: string;
  name: string;
  category: string;
  score: number | null;
}

export interface PageCheckContext {
  review: Review;
  /** The page model the HTML was rendered from. */
  page: ReviewPage;
  html: string;
  document: HtmlDocument;
  taxonomy: Taxonomy;
  apps: readonly AppSummary[];
  categories: readonly string[];
}

/** A stored revision as the store returns it (the fields the stale-score rule compares). */
export interface StoredRevision {
  slug: string;
  revision?: number;
  facts: unknown;
  score: number | null;
  label: string | null;
  coverage: number;
  rubricVersion: string;
}

export interface RevisionsCheckContext {
  revisions: readonly StoredRevision[];
  catalog: Pick<Catalog, 'rubric' | 'taxonomy' | 'categories'>;
}

interface RuleInfo {
  /** Stable: CI configuration and editors refer to it. */
  id: string;
  severity: Severity;
  /** One line: what the rule guarantees. */
  description: string;
}

export type ReviewRule = RuleInfo & { scope: 'review'; check(ctx: ReviewCheckContext): Issue[] };
export type DatasetRule = RuleInfo & { scope: 'dataset'; check(ctx: DatasetCheckContext): Issue[] };
/** What a rule that holds on every page of the site (not only reviews) reads: the page, the taxonomy and the site's apps and categories. */
export type SitePageCheckContext = Pick<PageCheckContext, 'html' | 'document' | 'taxonomy' | 'apps' | 'categories'>;

/**
 * A rule over a rendered page. `everyPage` rules read only the page itself, so they also run on the
 * pages that are not reviews (home, /apps, categories, compare, search, methodology, about, 404…).
 */
export type PageRule = RuleInfo &
  ({ scope: 'page'; everyPage?: false; check(ctx: PageCheckContext): Issue[] } | { scope: 'page'; everyPage: true; check(ctx: SitePageCheckContext): Issue[] });
export type RevisionsRule = RuleInfo & { scope: 'revisions'; check(ctx: RevisionsCheckContext): Issue[] };
export type Rule = ReviewRule | DatasetRule | PageRule | RevisionsRule;

export type { Dataset, ReviewRecord, ScoredReview, NarrativeCatalog };
