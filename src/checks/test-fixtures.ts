/**
 * Test fixtures for the checks: the fictional Example Chat review (modified
 * in code per test), the bundled catalog, and contexts for each rule scope.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Review } from '../domain/review.ts';
import type { Dataset, ReviewRecord } from '../domain/dataset.ts';
import { loadDataset } from '../dataset/load.ts';
import { scoreReview } from '../scoring/score.ts';
import { renderReviewPage } from '../web/reviews/render-for-checks.tsx';
import { parseHtml } from './html.ts';
import type { AppSummary, PageCheckContext, ReviewCheckContext } from './model.ts';

export const TODAY = '2026-12-02';

let bundledDataset: Dataset | undefined;
/** The bundled dataset (data/), loaded once per test file. */
export function bundled(): Dataset {
  bundledDataset ??= loadDataset('data');
  return bundledDataset;
}

/** A fresh copy of test/fixtures/example-chat.yaml, changed by `edit`. */
export function exampleChat(edit: (r: ReviewRecord) => void = () => {}): ReviewRecord {
  const review: ReviewRecord = { ...Review.parse(parse(readFileSync('test/fixtures/example-chat.yaml', 'utf8'))), file: 'apps/example-chat.yaml' };
  edit(review);
  return review;
}

export function reviewContext(review: ReviewRecord, today = TODAY): ReviewCheckContext {
  return { review, taxonomy: bundled().taxonomy, sourcePolicy: bundled().sourcePolicy, today };
}

/** The bundled dataset with `reviews` added (replacing any with the same slug). */
export function datasetWith(...reviews: ReviewRecord[]): Dataset {
  const d = bundled();
  const slugs = new Set(reviews.map((r) => r.slug));
  return { ...d, reviews: [...d.reviews.filter((r) => !slugs.has(r.slug)), ...reviews] };
}

export function appsOf(dataset: Dataset): AppSummary[] {
  return dataset.reviews.map((r) => ({ slug: r.slug, name: r.name, category: r.category, score: scoreReview(r, dataset).score }));
}

/** The page context of `review` rendered as the site renders it, among the bundled apps; `html` may be rewritten. */
export function pageContext(review: ReviewRecord = exampleChat(), rewrite: (html: string) => string = (h) => h): PageCheckContext {
  const dataset = datasetWith(review);
  const all = dataset.reviews.map((r) => ({ review: r, score: scoreReview(r, dataset) }));
  const app = all.find((a) => a.review.slug === review.slug);
  if (!app) throw new Error('fixture review missing');
  const { page, html } = renderReviewPage(app, all, dataset);
  const rewritten = rewrite(html);
  return {
    review,
    page,
    html: rewritten,
    document: parseHtml(rewritten),
    taxonomy: dataset.taxonomy,
    apps: appsOf(dataset),
    categories: dataset.categories.map((c) => c.id),
  };
}

/** A page context whose HTML is `body` inside <main>, for the rules that read markup. */
export function htmlContext(body: string, base: PageCheckContext = pageContext()): PageCheckContext {
  const html = `<!DOCTYPE html><html><head><title>Test</title></head><body><main>${body}</main></body></html>`;
  return { ...base, html, document: parseHtml(html) };
}
