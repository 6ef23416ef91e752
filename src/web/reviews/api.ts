/** GET /api/v1/apps/{slug}: one app's full review, its facts with their sources and how its score was computed. */
import { createRoute, z } from '@hono/zod-openapi';
import { Review, Source } from '../../domain/review.ts';
import { Tone } from '../../domain/rubric.ts';
import { staleCoreFacts } from '../../domain/source-hosts.ts';
import { findSaferAlternatives } from '../../narrative/category.ts';
import { narrativeOf, type NarrativeData } from '../../narrative/page.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { problem, problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';
import { LOCALES, type Locale } from '../../i18n/index.ts';
import { DocumentStatus, RecheckEntry } from '../documents/schemas.ts';

const NarrativeFinding = z
  .object({
    text: z.string(),
    facts: z.array(z.string()).describe('dotted paths of the facts the finding states, e.g. "encryption.e2ee.backups", "controls.encrypted-backups"'),
    sources: z.array(z.string()).describe('ids of the sources (see `sources`)'),
  })
  .openapi('Finding');

export const SlugParam = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, e.g. "facebook-messenger"')
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'signal' }),
});

export const CriterionResult = z
  .object({
    id: z.string(),
    label: z.string(),
    weight: z.number().describe('weight within its dimension'),
    status: z.enum(['known', 'unknown', 'not-applicable']).describe('unknown facts earn nothing'),
    fraction: z.number().nullable().describe('share of the weight earned, 0..1; null unless known'),
    value: z.string().describe("the fact's value in words"),
    points: z.number().describe('points of the Safety Score earned'),
    maxPoints: z.number().describe('points of the Safety Score it could earn'),
    facts: z.array(z.string()).describe('dotted paths of the facts read, e.g. "encryption.e2ee.content"'),
    sources: z.array(z.string()).describe('ids of the sources (see `sources`)'),
  })
  .openapi('CriterionResult');

export const DimensionResult = z
  .object({
    id: z.enum(['dataCollection', 'encryption', 'sharing', 'controls']),
    name: z.string(),
    score: z.number().nullable(),
    level: z.string(),
    tone: Tone,
    coverage: z.number(),
    criteria: z.array(CriterionResult),
  })
  .openapi('DimensionResult');

export const PenaltyLine = z
  .object({ controversy: z.string(), title: z.string(), date: z.string(), points: z.number(), sources: z.array(z.string()) })
  .openapi('PenaltyLine');

export const Alternative = z
  .object({ slug: z.string(), name: z.string(), score: z.number(), label: z.string(), reasons: z.array(z.string()), url: z.string() })
  .openapi('Alternative');

export const StaleFact = z
  .object({
    fact: z.string().describe('dotted path of a core fact, e.g. "encryption.atRest"'),
    newest: z.string().describe('the date of its newest source, as that source gives it (YYYY, YYYY-MM or YYYY-MM-DD)'),
    limit: z.string().describe('YYYY-MM-DD: evidence older than this (the review date minus the freshness limit) is stale'),
    source: z.string().describe('the id of that newest source (see `sources`)'),
  })
  .openapi('StaleFact');

export const AppReview = z
  .object({
    slug: z.string(),
    name: z.string(),
    category: z.object({ id: z.string(), name: z.string() }),
    owner: z.object({ company: z.string(), country: z.string(), parent: z.string().optional() }),
    score: z.number().nullable(),
    label: z.string(),
    tone: Tone,
    coverage: z.number(),
    rubricVersion: z.string(),
    dimensions: z.array(DimensionResult).describe("the four ratings, each with every criterion's points, facts and sources"),
    explanation: z
      .object({
        base: z.number().describe('the weighted score before controversies, 0..10'),
        penalty: z.object({ total: z.number(), capped: z.boolean(), lines: z.array(PenaltyLine) }),
        summary: z.array(z.string()).describe('the computation in words, one line per step'),
      })
      .describe('how the Safety Score was computed'),
    review: Review.describe('the facts as the editors recorded them: each `{value, sources}` or `{unknown: why}`'),
    sources: z.record(z.string(), Source).describe('`url` is the canonical document; `archived`, when present, the archived copy the editor read'),
    stale: z.array(StaleFact).describe('core facts whose newest source is older than the freshness limit before the review date (see /methodology)'),
    alternatives: z.array(Alternative).describe('apps of the same category that score higher, best first'),
    lang: z.enum(LOCALES).describe('the language of answer, findings, protect and faq (the `lang` parameter; en by default)'),
    answer: z.string().describe("the review page's short answer, as the page renders it"),
    findings: z
      .object({ good: z.array(NarrativeFinding), concerns: z.array(NarrativeFinding) })
      .describe("What's Good and Concerns, one finding per feature, as the page renders them"),
    protect: z
      .array(z.object({ text: z.string(), sources: z.array(z.string()) }))
      .describe('"How to protect yourself": what to do, with the sources that show the setting exists'),
    faq: z.array(z.object({ question: z.string(), answer: z.string() })).describe("the page's questions and answers"),
    status: z
      .object({
        retired: z
          .object({ date: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD'), text: z.string(), sources: z.array(z.string()) })
          .nullable()
          .describe('set when the app is retired: the notice its page opens with'),
        changes: z
          .array(
            z.object({
              date: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
              kind: z.enum(['acquired', 'renamed', 'jurisdiction-moved', 'spun-off', 'retired']),
              text: z.string().describe('the sentence the page shows'),
              summary: z.string().describe("the editor's summary of the change"),
              sources: z.array(z.string()),
            }),
          )
          .describe('changes of ownership and status (acquisitions, renamings, moves of jurisdiction, spin-offs, retirement), newest first'),
      })
      .describe('ownership and status, as the page shows them'),
    reviewed: z.string().describe('YYYY-MM-DD: when an editor last read the sources'),
    reviewer: z.string(),
    updated: z.string().describe('ISO-8601 time of the latest revision'),
    revision: z.number().int(),
    documents: z.array(DocumentStatus).describe('the documents watched for changes'),
    recheck: z.array(RecheckEntry).describe('open re-check items: facts whose documents changed since the review'),
    links: z.object({ self: z.string(), history: z.string(), page: z.string(), category: z.string() }),
  })
  .openapi('AppReview');
export type AppReview = z.infer<typeof AppReview>;

function monitoringOf(app: SiteApp, snapshot: SiteSnapshot): Pick<AppReview, 'documents' | 'recheck'> {
  const m = snapshot.monitoring(app.review.slug);
  return {
    documents: m?.documents ?? [],
    recheck: (m?.recheck ?? []).map(({ document, changedAt, facts, reason, missingQuotes }) => ({ document, changedAt, facts, reason, missingQuotes })),
  };
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The page's narrative, from the same page model the review page renders. */
function narrativeFor(app: SiteApp, snapshot: SiteSnapshot, locale: Locale): NarrativeData {
  const page = snapshot.page(app.review.slug, locale);
  if (!page) throw new Error(`no page for "${app.review.slug}" although it is in the snapshot`);
  return narrativeOf(page);
}

/**
 * The full review of one app as the API publishes it.
 * @example presentReview(snapshot.bySlug.get('signal'), snapshot, siteUrl).explanation.summary
 */
export function presentReview(app: SiteApp, snapshot: SiteSnapshot, siteUrl: string, locale: Locale = 'en'): AppReview {
  const { review, score, row } = app;
  const category = snapshot.catalog.categories.find((c) => c.id === review.category);
  const dimensions = Object.values(score.dimensions).map((d) => ({
    ...d,
    coverage: r2(d.coverage),
    // `words` is the value as catalogue material for the pages; the API gives the value in words (`value`)
    criteria: d.criteria.map(({ words: _words, ...c }) => ({ ...c, weight: r2(c.weight), points: r2(c.points), maxPoints: r2(c.maxPoints) })),
  }));
  const lines = score.penalty.lines.map((l) => ({ ...l, points: r2(l.points) }));
  const summary = [
    ...dimensions.map(
      (d) =>
        `${d.name}: ${d.level}${d.score === null ? '' : ` (${d.score}/10)`}, ${r2(d.criteria.reduce((s, c) => s + c.points, 0))} of ${r2(d.criteria.reduce((s, c) => s + c.maxPoints, 0))} points.`,
    ),
    `Weighted score before controversies: ${r2(score.base)}.`,
    ...lines.map((l) => `Controversy "${l.title}" (${l.date}): −${l.points}.`),
    ...(score.penalty.capped ? [`Controversy penalties capped at ${r2(score.penalty.total)}.`] : []),
    score.score === null
      ? `Not scored: known facts cover ${Math.round(score.coverage * 100)}% of the rubric's weight, below the ${Math.round(snapshot.catalog.rubric.coverage.minimum * 100)}% it needs.`
      : `Safety Score: ${score.score}/10 (${score.label}).`,
  ];
  return {
    slug: review.slug,
    name: review.name,
    category: { id: review.category, name: category?.name ?? review.category },
    owner: review.owner,
    score: score.score,
    label: score.label,
    tone: score.tone,
    coverage: score.coverage,
    rubricVersion: score.rubricVersion,
    dimensions,
    explanation: { base: r2(score.base), penalty: { total: r2(score.penalty.total), capped: score.penalty.capped, lines }, summary },
    review,
    sources: review.sources,
    stale: snapshot.catalog.sourcePolicy ? staleCoreFacts(review, snapshot.catalog.sourcePolicy).map(({ path, ...s }) => ({ fact: path, ...s })) : [],
    alternatives: findSaferAlternatives(app, snapshot.apps).map((a) => ({ ...a, url: `${siteUrl}/api/v1/apps/${a.slug}` })),
    lang: locale,
    ...narrativeFor(app, snapshot, locale),
    reviewed: review.review.reviewed,
    reviewer: review.review.reviewer,
    updated: row.createdAt,
    revision: row.revision,
    ...monitoringOf(app, snapshot),
    links: {
      self: `${siteUrl}/api/v1/apps/${review.slug}`,
      history: `${siteUrl}/api/v1/apps/${review.slug}/history`,
      page: `${siteUrl}/apps/${review.slug}`,
      category: `${siteUrl}/api/v1/categories/${review.category}`,
    },
  };
}

export const getAppRoute = createRoute({
  method: 'get',
  path: '/apps/{slug}',
  summary: "One app's full review",
  description:
    'The facts with their sources, the four ratings, the Safety Score with its label and coverage, line-by-line explanation, safer alternatives, and when it was last reviewed and updated.',
  request: {
    params: SlugParam,
    query: z.object({
      lang: z.enum(LOCALES).optional().openapi({
        description: 'the language of the narrative fields (answer, findings, protect, faq): en (default), de or fr; facts and sources stay as written',
      }),
    }),
  },
  responses: {
    200: { description: 'The review.', content: { 'application/json': { schema: AppReview } } },
    400: problemResponse('The slug is not a valid app id, or lang is not en, de or fr.'),
    404: problemResponse('No app has this slug.'),
  },
});

/** Register the routes of this module. @example registerAppReview(api, deps) */
export function registerAppReview(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(getAppRoute, async function getApp(c) {
    const { slug } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const { snapshot } = await deps.routeContext();
    const app = snapshot.bySlug.get(slug);
    if (!app) return problem(c, deps.siteUrl, 404, `There is no app "${slug}". See ${deps.siteUrl}/api/v1/apps for the list.`);
    return c.json(presentReview(app, snapshot, deps.siteUrl, lang ?? 'en'), 200);
  });
}
