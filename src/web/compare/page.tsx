/** /compare/<a>-vs-<b> and /compare?apps=a,b,c: apps side by side. /compare alone: the form to choose them. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { compareApps } from '../../narrative/compare.ts';
import { pairComparison } from './pair-comparison.ts';
import { CompareFormView, CompareView } from './view.tsx';
import { badRequest } from '../http/bad-request.tsx';
import { parseCompareApps, parseComparePair } from './query.ts';

export function registerCompare(app: Hono, deps: RouteDeps): void {
  app.get('/compare', async (c) => {
    const { snapshot } = await deps.routeContext();
    const parsed = parseCompareApps(c.req.queries('apps') ?? [], (s) => snapshot.bySlug.has(s));
    if (!parsed.ok) return badRequest(c, deps, 'apps', parsed.message);
    const [a, b] = parsed.slugs;
    // Two apps have one address, so links and caches agree on it.
    if (parsed.slugs.length === 2 && a !== undefined && b !== undefined) return c.redirect(`/compare/${a}-vs-${b}`, 301);
    if (parsed.slugs.length === 0) {
      return deps.page(c, async (ctx) => ({ html: String(await (<CompareFormView snapshot={ctx.snapshot} meta={ctx.meta} />).toString()) }));
    }
    const path = `/compare?apps=${parsed.slugs.join(',')}`;
    return deps.page(c, async (ctx) => {
      const apps = parsed.slugs.map((s) => ctx.snapshot.bySlug.get(s)).filter((x) => x !== undefined);
      if (apps.length !== parsed.slugs.length) return undefined;
      const comparison = compareApps(apps, { locale: ctx.locale, taxonomy: ctx.snapshot.catalog.taxonomy });
      const html = await (<CompareView rubric={ctx.snapshot.catalog.rubric} comparison={comparison} path={path} meta={ctx.meta} />).toString();
      return { html: String(html) };
    });
  });

  app.get('/compare/:pair', (c) =>
    deps.page(c, async (ctx) => {
      const pair = parseComparePair(c.req.param('pair'), (s) => ctx.snapshot.bySlug.has(s));
      if (!pair) return undefined;
      const [a, b] = pair.map((s) => ctx.snapshot.bySlug.get(s));
      if (!a || !b) return undefined;
      // The same comparison as the trade-offs on a's review page, when b is one of its safer alternatives (pair-comparison.ts).
      const comparison = pairComparison(ctx.snapshot, a, b, ctx.locale);
      const html = await (<CompareView rubric={ctx.snapshot.catalog.rubric} comparison={comparison} path={c.req.path} meta={ctx.meta} />).toString();
      return { html: String(html) };
    }),
  );
}
