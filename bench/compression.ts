/**
 * Compression levels, measured on the site's own responses: gzip levels 1, 6
 * and 9 and brotli qualities 4, 5, 9 and 11, each body's compressed size and
 * the median time of 5 compressions, for a review page, the review API, the
 * apps API, the stylesheet, the search script, the feed, the sitemap, a badge
 * and the search index (served by the real app from the bundled data, in
 * process). What src/web/http/encoding.ts uses is chosen from these figures.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { bundledSite } from '../test/support/site.ts';
import { median, round, type BenchResult, type Figure } from './lib.ts';

const TIMES = 5;

function measure(compress: () => Buffer): { bytes: number; ms: number } {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < TIMES; i++) {
    const t = performance.now();
    bytes = compress().length;
    times.push(performance.now() - t);
  }
  return { bytes, ms: median(times) };
}

export async function runCompressionBench(): Promise<BenchResult> {
  const { app, store } = await bundledSite();
  try {
    const page = await (await app.request('/apps/signal')).text();
    const assets = [...page.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    const paths = ['/apps/signal', '/api/v1/apps/signal', '/api/v1/apps', ...assets, '/feed.xml', '/sitemap.xml', '/badge/signal.svg', '/search-index.json'];
    const figures: Record<string, Figure> = {};
    const totals = new Map<string, { bytes: number; ms: number }>();
    let identity = 0;
    for (const path of paths) {
      const body = Buffer.from(await (await app.request(path)).arrayBuffer());
      identity += body.length;
      const row: string[] = [];
      const levels: [string, () => Buffer][] = [
        ...[1, 6, 9].map((level) => [`gzip ${level}`, () => gzipSync(body, { level })] as [string, () => Buffer]),
        ...[4, 5, 9, 11].map(
          (q) =>
            [
              `br ${q}`,
              () =>
                brotliCompressSync(body, {
                  params: {
                    [constants.BROTLI_PARAM_QUALITY]: q,
                    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
                  },
                }),
            ] as [string, () => Buffer],
        ),
      ];
      for (const [name, run] of levels) {
        const m = measure(run);
        row.push(`${name}: ${m.bytes} B ${round(m.ms)} ms`);
        const t = totals.get(name) ?? { bytes: 0, ms: 0 };
        totals.set(name, { bytes: t.bytes + m.bytes, ms: t.ms + m.ms });
      }
      figures[`${path} (${body.length} B)`] = row.join('; ');
    }
    for (const [name, t] of totals) figures[`all ${paths.length} bodies, ${name}: bytes / ms`] = `${t.bytes} / ${round(t.ms)}`;
    figures['all bodies, identity bytes'] = identity;
    return { name: 'compression', figures, notes: [`median of ${TIMES} synchronous compressions per body and level, in one process`] };
  } finally {
    await store.close();
  }
}
