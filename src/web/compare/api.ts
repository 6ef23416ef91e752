/** GET /api/v1/compare?apps=a,b: two to four apps side by side, with who does better on what and why. */
import { createRoute, z } from '@hono/zod-openapi';
import { Tone } from '../../domain/rubric.ts';
import { compareApps } from '../../narrative/compare.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import { problem, problemResponse } from '../api/problem.ts';
import type { ApiRouter } from '../api/router.ts';
import { LOCALES } from '../../i18n/index.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const CompareQuery = z
  .object({
    apps: z
      .string({ error: 'is required: two to four app slugs separated by commas' })
      .transform((s) => s.split(',').map((x) => x.trim()))
      .pipe(
        z
          .array(z.string().regex(slugPattern, 'each app must be a slug such as "signal"'))
          .min(2, 'name at least two apps, separated by commas')
          .max(4, 'name at most four apps')
          .refine((xs) => new Set(xs).size === xs.length, 'name each app once'),
      )
      .openapi({ description: 'two to four app slugs separated by commas', example: 'signal,whatsapp' }),
    lang: z.enum(LOCALES).optional().openapi({
      description:
        "the language of the sentences (overall.why, each dimension's and criterion's why, value, label, level and name): en (default), de or fr; slugs, ids, scores and points stay as they are",
    }),
  })
  .strict();

const Winner = z.array(z.string()).describe('slugs of the apps that do best; empty when they are level or nothing is known');

export const Comparison = z
  .object({
    lang: z.enum(LOCALES).describe('the language of the sentences and words (the `lang` parameter; en by default)'),
    apps: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        category: z.string(),
        score: z.number().nullable(),
        label: z.string(),
        tone: Tone,
        coverage: z.number(),
        penalty: z.number(),
      }),
    ),
    overall: z.object({ better: Winner, why: z.string() }),
    dimensions: z.array(
      z.object({
        id: z.enum(['dataCollection', 'encryption', 'sharing', 'controls']),
        name: z.string(),
        values: z.array(z.object({ slug: z.string(), score: z.number().nullable(), level: z.string(), tone: Tone, coverage: z.number() })),
        better: Winner,
        why: z.string(),
        criteria: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            facts: z.array(z.string()),
            values: z.array(
              z.object({
                slug: z.string(),
                value: z.string(),
                status: z.enum(['known', 'unknown', 'not-applicable']),
                fraction: z.number().nullable(),
                points: z.number(),
                maxPoints: z.number(),
                sources: z.array(z.string()),
              }),
            ),
            better: Winner,
            why: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi('Comparison');

export const compareRoute = createRoute({
  method: 'get',
  path: '/compare',
  summary: 'Compare apps',
  description:
    "For the Safety Score, each dimension and each criterion beneath it: every app's value, which app does better and why. Unknown facts never make an app the better one.",
  request: { query: CompareQuery },
  responses: {
    200: { description: 'The comparison, apps in the order asked.', content: { 'application/json': { schema: Comparison } } },
    400: problemResponse(
      '`apps` is missing, names fewer than two or more than four apps, repeats one, or is not made of slugs; or `lang` is not en, de or fr.',
    ),
    404: problemResponse('One of the apps does not exist.'),
  },
});

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Register the routes of this module. @example registerCompare(api, deps) */
export function registerCompare(api: ApiRouter, deps: RouteDeps): void {
  api.openapi(compareRoute, async function compare(c) {
    const { apps: slugs, lang } = c.req.valid('query');
    const { snapshot } = await deps.routeContext();
    const missing = slugs.filter((s) => !snapshot.bySlug.has(s));
    if (missing.length > 0)
      return problem(c, deps.siteUrl, 404, `There is no app ${missing.map((s) => `"${s}"`).join(', ')}. See ${deps.siteUrl}/api/v1/apps for the list.`, [
        { name: 'apps', reason: `unknown app${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` },
      ]);
    const apps = slugs.map((s) => snapshot.bySlug.get(s)).filter((a) => a !== undefined);
    const result = compareApps(apps, { locale: lang ?? 'en', taxonomy: snapshot.catalog.taxonomy });
    const dimensions = result.dimensions.map((d) => ({
      ...d,
      criteria: d.criteria.map((cr) => ({ ...cr, values: cr.values.map((v) => ({ ...v, points: r2(v.points), maxPoints: r2(v.maxPoints) })) })),
    }));
    return c.json({ lang: lang ?? 'en', ...result, dimensions }, 200);
  });
}
