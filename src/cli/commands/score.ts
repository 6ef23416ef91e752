import { loadDataset, DatasetError } from '../../dataset/load.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { scoreReview } from '../../scoring/score.ts';
import { printable } from '../../domain/printable.ts';
import { DEFAULT_DATA_DIR, parseCommandArgs } from '../config.ts';

const USAGE = `Usage: privacydefend score <slug> [--data DIR] [--json]

Prints an app's Safety Score, its four ratings and every point gained or lost,
with the fact and the source behind each.`;

export async function runScore(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { data: { type: 'string' }, json: { type: 'boolean' } }, USAGE, true);
  if (typeof parsed === 'number') return parsed;
  const slug = parsed.positionals[0];
  if (!slug) {
    console.error(`score needs an app's slug\n\n${USAGE}`);
    return 2;
  }
  const dir = parsed.values.data ?? DEFAULT_DATA_DIR;
  let dataset: Dataset;
  try {
    dataset = loadDataset(dir);
  } catch (err) {
    if (err instanceof DatasetError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const review = dataset.reviews.find((r) => r.slug === slug);
  if (!review) {
    console.error(`no app "${printable(slug)}" in ${printable(dir)}; known: ${dataset.reviews.map((r) => r.slug).join(', ')}`);
    return 1;
  }
  const result = scoreReview(review, dataset);
  if (parsed.values.json) {
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  const source = (id: string) => review.sources[id]?.url ?? id;
  console.log(
    `${review.name}: ${result.score === null ? 'not scored' : `${result.score}/10`} ${result.label} (coverage ${Math.round(result.coverage * 100)}%, rubric ${result.rubricVersion})`,
  );
  for (const d of Object.values(result.dimensions)) {
    console.log(`\n${d.name}: ${d.score === null ? '—' : `${d.score}/10`} ${d.level}`);
    for (const c of d.criteria) {
      const pts = c.status === 'not-applicable' ? '   n/a    ' : `${c.points.toFixed(2)}/${c.maxPoints.toFixed(2)}`;
      console.log(`  ${pts.padEnd(10)} ${c.label}: ${c.value}`);
      for (const s of c.sources) console.log(`             source: ${source(s)}`);
    }
  }
  if (result.penalty.lines.length > 0) {
    console.log(`\nControversies: −${result.penalty.total.toFixed(2)}${result.penalty.capped ? ' (capped)' : ''}`);
    for (const l of result.penalty.lines) console.log(`  −${l.points.toFixed(2)} ${l.date} ${l.title} (${l.sources.map(source).join(', ')})`);
  }
  console.log(`\nBefore controversies: ${result.base.toFixed(2)}`);
  return 0;
}
