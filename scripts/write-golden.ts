// Rewrites src/scoring/golden-scores.json from data/ (`npm run golden`). Review the diff before committing.
import { writeFileSync } from 'node:fs';
import { loadDataset } from '../src/dataset/load.ts';
import { goldenScores } from '../src/scoring/golden.ts';

const root = new URL('../', import.meta.url);
const dataset = loadDataset(new URL('data', root).pathname);
writeFileSync(new URL('src/scoring/golden-scores.json', root), `${JSON.stringify({ rubric: dataset.rubric.version, apps: goldenScores(dataset) }, null, 2)}\n`);
console.log(`pinned ${dataset.reviews.length} scores with rubric ${dataset.rubric.version}`);
