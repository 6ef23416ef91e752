/**
 * The short form of an app that lists, search and categories return, and its
 * schema. JSON field names across the API are camelCase, as in the review
 * format; query parameters are snake_case.
 */
import { z } from '@hono/zod-openapi';
import { Tone } from '../../domain/rubric.ts';
import { retirementOf } from '../../domain/review.ts';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';

export const Rating = z
  .object({
    name: z.string(),
    level: z.string().describe('the level word, e.g. "Strong"; "Not enough evidence" when too few facts are known'),
    score: z.number().nullable().describe('0..10, one decimal; null when no criterion applies'),
    tone: Tone,
  })
  .openapi('Rating');

export const Ratings = z.object({ dataCollection: Rating, encryption: Rating, sharing: Rating, controls: Rating }).openapi('Ratings');

export const AppSummary = z
  .object({
    slug: z.string(),
    name: z.string(),
    category: z.string().describe('category id'),
    categoryName: z.string(),
    owner: z.string(),
    score: z.number().nullable().describe('the Safety Score 0..10, one decimal; null when coverage is below the rubric minimum'),
    label: z.string(),
    tone: Tone,
    coverage: z.number().describe("share of the rubric's weight whose facts are known, 0..1"),
    rubricVersion: z.string(),
    ratings: Ratings,
    retired: z.string().nullable().describe('when the app was retired (YYYY, YYYY-MM or YYYY-MM-DD); null for a current app'),
    reviewed: z.string().describe('YYYY-MM-DD: when an editor last reviewed the sources'),
    updated: z.string().describe('ISO-8601 time of the latest revision'),
    revision: z.number().int(),
    url: z.string().describe('this app in the API'),
    page: z.string().describe("this app's review page on the site"),
  })
  .openapi('AppSummary');
export type AppSummary = z.infer<typeof AppSummary>;

/**
 * An app as it appears in lists.
 * @example presentSummary(snapshot.apps[0], snapshot, 'https://privacydefend.org').score
 */
export function presentSummary(app: SiteApp, snapshot: SiteSnapshot, siteUrl: string): AppSummary {
  const { review, score, row } = app;
  const category = snapshot.catalog.categories.find((c) => c.id === review.category);
  const rating = (id: keyof AppSummary['ratings']) => {
    const d = score.dimensions[id];
    return { name: d.name, level: d.level, score: d.score, tone: d.tone };
  };
  return {
    slug: review.slug,
    name: review.name,
    category: review.category,
    categoryName: category?.name ?? review.category,
    owner: review.owner.company,
    score: score.score,
    label: score.label,
    tone: score.tone,
    coverage: score.coverage,
    rubricVersion: score.rubricVersion,
    ratings: { dataCollection: rating('dataCollection'), encryption: rating('encryption'), sharing: rating('sharing'), controls: rating('controls') },
    retired: retirementOf(review)?.date ?? null,
    reviewed: review.review.reviewed,
    updated: row.createdAt,
    revision: row.revision,
    url: `${siteUrl}/api/v1/apps/${review.slug}`,
    page: `${siteUrl}/apps/${review.slug}`,
  };
}
