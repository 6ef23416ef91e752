// Rewrites src/scoring/golden-scores.json from data/ (`npm run golden`) and records the rubric's
// content hash for its version in data/rubric-hashes.json. A rubric whose content changed under a
// version that already has a hash is refused: bump the version and add a changelog entry first.
// Review the diff before committing.
import { writeFileSync } from 'node:fs';
import { loadDataset } from '../src/dataset/load.ts';
import { goldenScores } from '../src/scoring/golden.ts';
import { readRubricHashes, RUBRIC_HASHES } from '../src/dataset/rubric-hashes.ts';
import { rubricContentHash } from '../src/checks/rules/rubric-version.ts';

const root = new URL('../', import.meta.url);
const dataDir = new URL('data/', root);
const dataset = loadDataset(dataDir.pathname);
const { version } = dataset.rubric;
const hashes = readRubricHashes(dataDir.pathname);
const hash = rubricContentHash(dataset.rubric);
if (hashes[version] !== undefined && hashes[version] !== hash) {
  console.error(`data/rubric.yaml changed but is still version ${version}: bump the version and add a changelog entry, then run npm run golden again.`);
  process.exit(1);
}
if (hashes[version] === undefined) {
  if (!dataset.rubric.changelog.some((c) => c.version === version)) {
    console.error(`data/rubric.yaml has no changelog entry for version ${version}: say what changed, then run npm run golden again.`);
    process.exit(1);
  }
  hashes[version] = hash;
  writeFileSync(new URL(RUBRIC_HASHES, dataDir), `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(`recorded the content hash of rubric ${version} in data/${RUBRIC_HASHES}`);
}
writeFileSync(new URL('src/scoring/golden-scores.json', root), `${JSON.stringify({ rubric: version, apps: goldenScores(dataset) }, null, 2)}\n`);
console.log(`pinned ${dataset.reviews.length} scores with rubric ${version}`);
