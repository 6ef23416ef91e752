// Prints the dataset as a Markdown report: per category, each app's score,
// label, coverage and number of sources; per category, how many apps are scored,
// their mean coverage and the share of known facts resting on a primary source;
// the calibration inversions; then every fact recorded as unknown
// and why (`npm run report -- data --unknowns`; `--unknown-names` lists them
// without the reasons).
import { loadDataset } from '../src/dataset/load.ts';
import { scoreReview } from '../src/scoring/score.ts';
import { factsOf } from '../src/domain/facts.ts';
import { factLabel } from '../src/narrative/page.ts';
import { calibration, describeInversion } from '../src/scoring/calibration.ts';

/** Source kinds that count as primary: the vendor's own documents, app-store labels, regulators, courts and audits. */
const PRIMARY = new Set(['privacy-policy', 'security-documentation', 'app-store-label', 'regulator', 'audit', 'court', 'vendor-statement']);

const dataset = loadDataset(process.argv[2] ?? 'data');
const lines: string[] = ['| category | app | score | label | coverage | sources |', '| --- | --- | --- | --- | --- | --- |'];
const unknowns: string[] = [];
const compact: string[] = [];
let scored = 0;
const perCategory: string[] = ['| category | apps | scored | mean coverage | known facts on a primary source |', '| --- | --- | --- | --- | --- |'];
let allKnown = 0;
let allPrimary = 0;
for (const category of dataset.categories) {
  const apps = dataset.reviews.filter((r) => r.category === category.id).map((r) => ({ r, s: scoreReview(r, dataset) }));
  if (apps.length > 0) {
    let known = 0;
    let primary = 0;
    for (const { r } of apps) {
      for (const f of factsOf(r)) {
        if (!('sources' in f.fact)) continue;
        known++;
        if (f.fact.sources.some((id) => PRIMARY.has(r.sources[id]?.kind ?? ''))) primary++;
      }
    }
    allKnown += known;
    allPrimary += primary;
    const mean = apps.reduce((sum, a) => sum + a.s.coverage, 0) / apps.length;
    const scoredHere = apps.filter((a) => a.s.score !== null).length;
    perCategory.push(
      `| ${category.name} | ${apps.length} | ${scoredHere} | ${Math.round(mean * 100)}% | ${known === 0 ? '—' : `${Math.round((100 * primary) / known)}% of ${known}`} |`,
    );
  }
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
console.log(
  `\n## Coverage and primary sources by category\n\nA known fact counts as resting on a primary source when one of its sources is the vendor's own document (privacy policy, security documentation, help or statement), an app-store label, a regulator, a court or an audit. Overall: ${Math.round((100 * allPrimary) / Math.max(1, allKnown))}% of ${allKnown} known facts.\n`,
);
console.log(perCategory.join('\n'));
const cal = calibration(dataset);
const inversions = cal.inversions.map((i) => `- ${i.sameCategory ? '**same category**: ' : ''}${describeInversion(i)}`);
console.log(
  `\n## Calibration\n\n${cal.recommended.length} scored apps that experts recommend, ${cal.warned.length} apps they warn about; categories where an inversion inside the category can be detected: ${cal.comparableCategories.join(', ') || 'none'}. Inversions (a recommended app not scoring above a warned one on its known facts):\n\n${inversions.join('\n') || '- none'}`,
);
if (process.argv.includes('--unknowns')) console.log(`\n## Facts recorded as unknown, and why\n${unknowns.join('\n')}`);
if (process.argv.includes('--unknown-names')) console.log(`\n## Facts recorded as unknown\n\n${compact.join('\n')}`);
