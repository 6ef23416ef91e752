/**
 * Consistency checks: what schema validation cannot see. A review that says
 * "open source" of a closed-source app, lists a strength as a concern, or
 * renders an empty section fails here, and a dataset with any error is not
 * imported. Pure: "today" is passed in, nothing is read or written.
 */
import { printable } from '../domain/printable.ts';
import type { Dataset, ReviewRecord } from '../domain/dataset.ts';
import { scoreReview } from '../scoring/score.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import type { Catalog } from '../domain/dataset.ts';
import type {
  AppSummary,
  CheckOptions,
  Finding,
  Issue,
  PageCheckContext,
  SitePageCheckContext,
  PageRenderer,
  RenderedReview,
  Rule,
  StoredRevision,
} from './model.ts';
import { rules as allRules, PAGE_RENDERS } from './registry.ts';
import { parseHtml } from './html.ts';
import { issue, say } from './say.ts';

export type {
  Finding,
  Rule,
  Severity,
  CheckOptions,
  StoredRevision,
  AppSummary,
  PageCheckContext,
  SitePageCheckContext,
  PageRenderer,
  RenderedReview,
} from './model.ts';
export { rules, ruleList } from './registry.ts';
export { findingLine, findingLineAt, findingText, severityText, sayText, type Say } from './say.ts';

export interface RunOptions extends CheckOptions {
  /** How review pages are rendered for the page rules (the site's renderer: src/web/reviews/render-for-checks.tsx). */
  renderPage: PageRenderer;
  /** Run only these rules (default: all). */
  rules?: readonly Rule[];
}

/** Dotted field path as readers write it: `encryption.e2ee.content.value`, `controversies[2].date`. */
function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

function findingOf(rule: Pick<Rule, 'id' | 'severity'>, file: string, issue: Issue, pagePath?: string): Finding {
  const keyed = typeof issue.path !== 'string';
  return {
    file: issue.file ?? file,
    path: typeof issue.path === 'string' ? `page ${pagePath ?? ''}: ${issue.path}` : formatPath(issue.path),
    keys: keyed && typeof issue.path !== 'string' ? issue.path : undefined,
    rule: rule.id,
    severity: rule.severity,
    message: issue.message,
    say: issue.say,
  };
}

/** Every review scored once, with what the page rules need about all of them (built once per run, not per review). */
interface ScoredDataset {
  scored: ScoredReview[];
  bySlug: Map<string, ScoredReview>;
  failed: Map<string, string>;
  apps: AppSummary[];
}

function scoredApps(dataset: Dataset): ScoredDataset {
  const scored: ScoredReview[] = [];
  const failed = new Map<string, string>();
  for (const review of dataset.reviews) {
    try {
      scored.push({ review, score: scoreReview(review, dataset) });
    } catch (err) {
      failed.set(review.slug, err instanceof Error ? err.message : String(err));
    }
  }
  return { scored, bySlug: new Map(scored.map((a) => [a.review.slug, a])), failed, apps: appSummaries(scored) };
}

/**
 * A review's fact findings alone (the rules of scope `review`, which read the
 * review and the catalog, never the page), in the order checkEachReview gives
 * them first: what an import computes where the file was just parsed, to give
 * each finding its line without parsing the file again.
 * @example checkReviewFacts(review, dataset, { today: '2026-12-01' })
 */
export function checkReviewFacts(
  review: ReviewRecord,
  catalog: Pick<Dataset, 'taxonomy' | 'sourcePolicy'>,
  opts: Pick<RunOptions, 'today' | 'rules'>,
): Finding[] {
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'review') continue;
    for (const issue of rule.check({ review, taxonomy: catalog.taxonomy, sourcePolicy: catalog.sourcePolicy, today: opts.today }))
      out.push(findingOf(rule, review.file, issue));
  }
  return out;
}

function reviewFindings(review: ReviewRecord, dataset: Dataset, { scored, bySlug, failed, apps }: ScoredDataset, opts: RunOptions): Finding[] {
  const rules = opts.rules ?? allRules;
  const out = checkReviewFacts(review, dataset, opts);
  const pageRules = rules.filter((r) => r.scope === 'page');
  if (pageRules.length === 0) return out;
  const pagePath = `/apps/${review.slug}`;
  const app = bySlug.get(review.slug);
  let rendered: RenderedReview;
  try {
    if (!app) throw new Error(failed.get(review.slug) ?? 'the review could not be scored');
    rendered = opts.renderPage(app, scored, dataset);
  } catch (err) {
    out.push(
      findingOf(
        PAGE_RENDERS,
        review.file,
        issue('render', say('check.pageRenders.failed', { error: err instanceof Error ? err.message : String(err) })),
        pagePath,
      ),
    );
    return out;
  }
  out.push(
    ...checkRenderedPage(
      {
        file: review.file,
        review,
        page: rendered.page,
        html: rendered.html,
        taxonomy: dataset.taxonomy,
        apps,
        categories: dataset.categories.map((c) => c.id),
      },
      { rules: pageRules },
    ),
  );
  return out;
}

/**
 * Run the page rules on any HTML said to be the page of `review` (a page
 * rendered elsewhere, or a hand-written one in tests).
 * @example checkRenderedPage({ file: 'apps/x.yaml', review, page, html, taxonomy, apps, categories })
 */
export function checkRenderedPage(input: Omit<PageCheckContext, 'document'> & { file: string }, opts: Pick<RunOptions, 'rules'> = {}): Finding[] {
  const ctx: PageCheckContext = { ...input, document: parseHtml(input.html) };
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'page') continue;
    for (const issue of rule.check(ctx)) out.push(findingOf(rule, input.file, issue, `/apps/${input.review.slug}`));
  }
  return out;
}

/**
 * Run the rules that hold on every page (`everyPage`) on a page of the site that is not a review:
 * the home page, /apps, a category, a comparison, search, methodology, about, the error pages.
 * @example checkSitePage({ path: '/categories/messaging', html, taxonomy, apps, categories })
 */
export function checkSitePage(input: Omit<SitePageCheckContext, 'document'> & { path: string }, opts: Pick<RunOptions, 'rules'> = {}): Finding[] {
  const ctx: SitePageCheckContext = { ...input, document: parseHtml(input.html) };
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'page' || rule.everyPage !== true) continue;
    for (const issue of rule.check(ctx)) out.push(findingOf(rule, input.path, issue, input.path));
  }
  return out;
}

function datasetFindings(dataset: Dataset, opts: RunOptions): Finding[] {
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'dataset') continue;
    for (const issue of rule.check({ dataset, today: opts.today, rubricHashes: opts.rubricHashes })) out.push(findingOf(rule, 'dataset', issue));
  }
  return out;
}

/**
 * Every finding for a whole dataset: dataset-wide rules, then each review's
 * fact rules and the rules on its rendered page.
 * @example const findings = checkDataset(loadDataset('data'), { today: '2026-11-28' });
 */
export function checkDataset(dataset: Dataset, opts: RunOptions): Finding[] {
  return [...checkDatasetWide(dataset, opts), ...checkEachReview(dataset, opts).flat()];
}

/**
 * The dataset-wide rules alone (the first part of checkDataset).
 * @example checkDatasetWide(dataset, { today, renderPage })
 */
export function checkDatasetWide(dataset: Dataset, opts: RunOptions): Finding[] {
  return datasetFindings(dataset, opts);
}

/**
 * Each review's fact and page findings, in the order of `dataset.reviews` (the
 * second part of checkDataset). A review's page depends only on the reviews
 * of its own category, so a dataset holding whole categories of a larger one
 * gives their reviews the same findings, given `apps`: every app of the larger
 * dataset, which the page's links are judged against.
 * @example checkEachReview({ ...dataset, reviews: messengers }, { today, renderPage, apps })
 */
export function checkEachReview(dataset: Dataset, opts: RunOptions & { apps?: readonly AppSummary[] }): Finding[][] {
  const all = scoredApps(dataset);
  const scope = opts.apps ? { ...all, apps: [...opts.apps] } : all;
  return dataset.reviews.map((r) => reviewFindings(r, dataset, scope, opts));
}

/**
 * What the page rules know about every app of a dataset (slug, name, category, score), for checkEachReview's `apps`.
 * @example appSummaries(dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) })))
 */
export function appSummaries(scored: readonly ScoredReview[]): AppSummary[] {
  return scored.map((a) => ({ slug: a.review.slug, name: a.review.name, category: a.review.category, score: a.score.score }));
}

/**
 * The findings for one review as it would be published beside the rest of the
 * dataset (it replaces the review with the same slug). Call before saving an edit.
 * @example if (hasErrors(checkReview(edited, dataset, { today }))) refuse();
 */
export function checkReview(review: ReviewRecord, dataset: Dataset, opts: RunOptions): Finding[] {
  const others = dataset.reviews.filter((r) => r.slug !== review.slug);
  const withReview: Dataset = { ...dataset, reviews: [...others, review] };
  const mine = datasetFindings(withReview, opts).filter((f) => f.file === review.file);
  return [...mine, ...reviewFindings(review, withReview, scoredApps(withReview), opts)];
}

/**
 * Stored revisions whose score is not what the current rubric computes.
 * @example checkRevisions(await store.listApps(), catalog)
 */
export function checkRevisions(
  revisions: readonly StoredRevision[],
  catalog: Pick<Catalog, 'rubric' | 'taxonomy' | 'categories'>,
  opts: Pick<RunOptions, 'rules'> = {},
): Finding[] {
  const out: Finding[] = [];
  for (const rule of opts.rules ?? allRules) {
    if (rule.scope !== 'revisions') continue;
    for (const issue of rule.check({ revisions, catalog })) out.push(findingOf(rule, 'store', issue));
  }
  return out;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/**
 * One line per finding: `file:line: field: [rule] severity: message`.
 * @example formatFinding(findings[0]) // "apps/x.yaml:12: review.notes: [editorial-claims] error: ..."
 */
export function formatFinding(f: Finding): string {
  const where = f.line === undefined ? printable(f.file) : `${printable(f.file)}:${f.line}`;
  return `${where}: ${f.path === '' ? '' : `${printable(f.path)}: `}${f.severity} [${f.rule}] ${printable(f.message)}`;
}
