/** /methodology: the rubric the scoring code uses, as a page. */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import { MethodologyView } from './view.tsx';

export function registerMethodology(app: Hono, deps: RouteDeps): void {
  app.get('/methodology', (c) =>
    deps.page(c, async (ctx) => ({
      html: String(
        await (<MethodologyView rubric={ctx.snapshot.catalog.rubric} sourcePolicy={ctx.snapshot.catalog.sourcePolicy} meta={ctx.meta} />).toString(),
      ),
    })),
  );
}
