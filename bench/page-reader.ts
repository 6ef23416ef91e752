/**
 * The page rules' reading of a rendered review page: parse5 against our own
 * reader of the site's HTML (src/checks/own-html.ts), on the same pages,
 * interleaved round by round in one process, CPU time (user + sys) per page.
 * Every page's two trees are compared first (the figures are of readers that
 * agree); pages the own reader leaves to parse5 are counted.
 *
 * BENCH_PAGES_DATA: the dataset (default data/; a synthetic set from
 * bench/synthetic.ts works too), BENCH_PAGES_MAX: at most this many reviews
 * (default all), BENCH_PAGES_ROUNDS: rounds (default 4). Every review is
 * rendered in en, de and fr.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { loadavg } from 'node:os';
import { parse } from 'parse5';
import { readOwnHtml } from '../src/checks/own-html.ts';
import { loadDataset } from '../src/dataset/load.ts';
import { scoreReview } from '../src/scoring/score.ts';
import { renderReviewPageIn } from '../src/web/reviews/render-for-checks.tsx';
import { type BenchResult, median, round } from './lib.ts';

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function load(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}

export async function runPageReaderBench(): Promise<BenchResult> {
  const root = process.env.BENCH_PAGES_DATA ?? 'data';
  const max = Number(process.env.BENCH_PAGES_MAX ?? Number.POSITIVE_INFINITY);
  const rounds = Number(process.env.BENCH_PAGES_ROUNDS ?? 4);
  const loadBefore = load();
  const dataset = loadDataset(root);
  const scored = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));
  const pages: string[] = [];
  for (const locale of ['en', 'de', 'fr'] as const) {
    const render = renderReviewPageIn(locale);
    for (const app of scored.slice(0, max)) pages.push(render(app, scored, dataset).html);
  }
  let leftToParse5 = 0;
  for (const html of pages) {
    const own = readOwnHtml(html);
    if (own) deepStrictEqual(own, parse(html));
    else leftToParse5++;
  }
  const parse5Ms: number[] = [];
  const ownMs: number[] = [];
  const notes = [`load average before: ${loadBefore}`];
  for (let r = 0; r < rounds; r++) {
    let t = cpuMs();
    for (const html of pages) parse(html);
    const a = (cpuMs() - t) / pages.length;
    t = cpuMs();
    for (const html of pages) readOwnHtml(html) ?? parse(html);
    const b = (cpuMs() - t) / pages.length;
    parse5Ms.push(a);
    ownMs.push(b);
    const line = `round ${r + 1}: parse5 ${a.toFixed(3)} ms/page, own reader ${b.toFixed(3)} ms/page (${(a / b).toFixed(1)}×), load ${load()}`;
    notes.push(line);
    console.error(line);
  }
  return {
    name: 'page-reader',
    figures: {
      pages: pages.length,
      'left to parse5': leftToParse5,
      'parse5 ms CPU/page (median)': round(median(parse5Ms)),
      'own reader ms CPU/page (median)': round(median(ownMs)),
      'parse5 ÷ own reader (medians)': round(median(parse5Ms) / median(ownMs)),
    },
    notes: [...notes, `load average after: ${load()}`],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runPageReaderBench();
  console.log(JSON.stringify(result, null, 2));
}
