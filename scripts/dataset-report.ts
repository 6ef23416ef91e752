// Prints the dataset as a Markdown report: per category, each app's score,
// label, coverage and number of sources; then every fact recorded as unknown
// and why (`npm run report -- data --unknowns`; `--unknown-names` lists them
// without the reasons).
import { loadDataset } from '../src/dataset/load.ts';
import { scoreReview } from '../src/scoring/score.ts';
import { factsOf } from '../src/domain/facts.ts';
import { factLabel } from '../src/narrative/page.ts';

const dataset = loadDataset(process.argv[2] ?? 'data');
const lines: string[] = ['| category | app | score | label | coverage | sources |', '| --- | --- | --- | --- | --- | --- |'];
const unknowns: string[] = [];
const compact: string[] = [];
let scored = 0;
for (const category of dataset.categories) {
  const apps = dataset.reviews.filter((r) => r.category === category.id).map((r) => ({ r, s: scoreReview(r, dataset) }));
  apps.sort((a, b) => (b.s.score ?? -1) - (a.s.score ?? -1) || a.r.name.localeCompare(b.r.name));
  for (const { r, s } of apps) {
    if (s.score !== null) scored++;
    lines.push(`| ${category.name} | ${r.name} | ${s.score ?? '—'} | ${s.label} | ${Math.round(s.coverage * 100)}% | ${Object.keys(r.sources).length} |`);
    const unknown = factsOf(r).filter((f) => 'unknown' in f.fact);
    if (unknown.length > 0) compact.push(`- **${r.name}**: ${unknown.map((f) => factLabel(f.path.join('.'), dataset.taxonomy)).join('; ')}`);
    if (unknown.length > 0) {
      unknowns.push(`\n**${r.name}** (${unknown.length} unknown)`);
      for (const f of unknown) unknowns.push(`- ${factLabel(f.path.join('.'), dataset.taxonomy)}: ${'unknown' in f.fact ? f.fact.unknown : ''}`);
    }
  }
}
console.log(`${dataset.reviews.length} apps in ${new Set(dataset.reviews.map((r) => r.category)).size} categories; ${scored} scored.\n`);
console.log(lines.join('\n'));
if (process.argv.includes('--unknowns')) console.log(`\n## Facts recorded as unknown, and why\n${unknowns.join('\n')}`);
if (process.argv.includes('--unknown-names')) console.log(`\n## Facts recorded as unknown\n\n${compact.join('\n')}`);
