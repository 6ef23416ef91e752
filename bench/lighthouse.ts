/**
 * (e) Lighthouse 12.2.3 (its default mobile profile, simulated throttling) on
 * a review page and the home page of the real server, with Debian's Chromium;
 * and the review page's total transfer size gzipped (every resource it loads).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { freePort } from './http.ts';
import { round, startChild, stopChild, type BenchResult, type Figure } from './lib.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROME_FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';

const LighthouseReport = z.object({
  categories: z.record(z.string(), z.object({ score: z.number().nullable() })),
  audits: z.record(z.string(), z.object({ numericValue: z.number().optional(), details: z.unknown().optional() })),
});
const NetworkItems = z.object({ items: z.array(z.object({ url: z.string(), transferSize: z.number().optional() })) });

function lighthouse(url: string, dir: string): z.infer<typeof LighthouseReport> {
  const out = join(dir, `lh-${Math.random().toString(36).slice(2)}.json`);
  const result = spawnSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      `--chrome-path=${CHROMIUM}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      timeout: 180_000,
    },
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${result.stderr.slice(-2000)}`);
  return LighthouseReport.parse(JSON.parse(readFileSync(out, 'utf8')));
}

function scores(report: z.infer<typeof LighthouseReport>, label: string): Record<string, Figure> {
  const figures: Record<string, Figure> = {};
  for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
    const s = report.categories[id]?.score;
    figures[`${label} ${id}`] = s === undefined || s === null ? null : Math.round(s * 100);
  }
  const lcp = report.audits['largest-contentful-paint']?.numericValue;
  figures[`${label} LCP (simulated), ms`] = lcp === undefined ? null : round(lcp);
  return figures;
}

export async function runLighthouseBench(): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const port = await freePort();
  const server = await startChild(
    process.execPath,
    ['bin/privacydefend.js', 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', join(dir, 'site.db')],
    /is serving/,
  );
  try {
    const origin = `http://127.0.0.1:${port}`;
    const review = lighthouse(`${origin}/apps/imessage`, dir);
    const home = lighthouse(`${origin}/`, dir);
    const network = NetworkItems.safeParse(review.audits['network-requests']?.details);
    let gzipped = 0;
    let raw = 0;
    const urls = network.success ? [...new Set(network.data.items.map((i) => i.url))] : [];
    for (const url of urls) {
      if (!url.startsWith(origin)) continue;
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      raw += body.length;
      gzipped += gzipSync(body, { level: 6 }).length;
    }
    return {
      name: 'lighthouse',
      figures: {
        ...scores(review, 'review'),
        ...scores(home, 'home'),
        'review requests': urls.length,
        'review bytes as served (Lighthouse total-byte-weight)': round(review.audits['total-byte-weight']?.numericValue ?? Number.NaN),
        'review bytes, uncompressed': raw,
        'review bytes, gzipped': gzipped,
      },
      notes: ['Lighthouse default (mobile, simulated throttling) on /apps/imessage and /; gzipped = every resource the review loads, gzip level 6'],
    };
  } finally {
    await stopChild(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
