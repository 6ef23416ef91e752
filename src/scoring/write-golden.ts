// Rewrites src/scoring/golden-scores.json from data/ (`npm run golden`). Review the diff before committing.
import { writeFileSync } from 'node:fs';
import { loadDataset } from '../dataset/load.ts';
import { goldenScores } from './golden.ts';

const dataset = loadDataset('data');
writeFileSync(
  new URL('./golden-scores.json', import.meta.url),
  `${JSON.stringify({ rubric: dataset.rubric.version, apps: goldenScores(dataset) }, null, 2)}\n`,
);
console.log(`pinned ${dataset.reviews.length} scores with rubric ${dataset.rubric.version}`);
