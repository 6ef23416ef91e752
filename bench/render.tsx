/**
 * (a) Time to render a review page from the store: build the page model
 * (buildReviewPage) and render ReviewView to HTML. Cold is the first page in
 * a fresh process; warm is the median over many renders once the code is hot.
 */
import { reviewHistory } from '../src/narrative/revisions.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/store/index.ts';
import { importDataset } from '../src/dataset/import.ts';
import { SiteData } from '../src/web/site-data.ts';
import { buildReviewPage } from '../src/narrative/page.ts';
import { ReviewView } from '../src/web/reviews/view.tsx';
import { assetsFor } from '../src/web/assets/stylesheet.ts';
import { median, percentile, round, type BenchResult } from './lib.ts';

const SLUG = 'imessage';
const WARM_ROUNDS = 300;

export async function runRenderBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
  const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
  try {
    await store.migrate();
    await importDataset(store, 'data', { author: 'bench' });
    let t = performance.now();
    const snapshot = await new SiteData(store).snapshot();
    const snapshotMs = performance.now() - t;
    const assets = assetsFor(snapshot);
    const meta = { siteUrl: 'http://localhost:3000', stylesheet: assets.stylesheetPath };
    const histories = new Map(await Promise.all(snapshot.apps.map(async (a) => [a.review.slug, await store.history(a.review.slug)] as const)));

    const render = async (slug: string): Promise<number> => {
      const app = snapshot.bySlug.get(slug);
      if (!app) throw new Error(`no app "${slug}" in the dataset`);
      const start = performance.now();
      const page = buildReviewPage(app, snapshot.apps, snapshot.catalog);
      const html = String(
        await (
          <ReviewView page={page} history={reviewHistory(histories.get(slug) ?? [], snapshot.catalog.taxonomy)} updated={app.row.createdAt} meta={meta} />
        ).toString(),
      );
      const ms = performance.now() - start;
      if (html.length < 1000) throw new Error(`the ${slug} page rendered only ${html.length} characters`);
      return ms;
    };

    t = performance.now();
    const coldMs = await render(SLUG);
    const warm: number[] = [];
    for (let i = 0; i < WARM_ROUNDS; i++) warm.push(await render(SLUG));
    const all: number[] = [];
    for (let i = 0; i < 5; i++) for (const a of snapshot.apps) all.push(await render(a.review.slug));
    const modelOnly: number[] = [];
    const app = snapshot.bySlug.get(SLUG);
    if (app) {
      for (let i = 0; i < WARM_ROUNDS; i++) {
        const start = performance.now();
        buildReviewPage(app, snapshot.apps, snapshot.catalog);
        modelOnly.push(performance.now() - start);
      }
    }
    return {
      name: 'render',
      figures: {
        'snapshot (store read + score all apps), ms': round(snapshotMs),
        [`${SLUG} cold, ms`]: round(coldMs),
        [`${SLUG} warm median, ms`]: round(median(warm)),
        [`${SLUG} warm p95, ms`]: round(percentile(warm, 95)),
        [`${SLUG} page model only, median ms`]: round(median(modelOnly)),
        [`all ${snapshot.apps.length} apps warm median, ms`]: round(median(all)),
        [`all ${snapshot.apps.length} apps warm p95, ms`]: round(percentile(all, 95)),
      },
      goals: { [`${SLUG} warm median, ms`]: '≤ 1' },
      notes: [`warm = median of ${WARM_ROUNDS} renders after the first; the page model is rebuilt every time (no cache)`],
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
