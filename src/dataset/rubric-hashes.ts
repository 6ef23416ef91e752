/**
 * rubric-hashes.json beside rubric.yaml: the content hash recorded for each
 * rubric version. `check` and `import` compare the rubric with it (the
 * rubric-version rule); only `npm run golden` writes it, and only for a
 * version with a changelog entry that has no hash yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError } from './load.ts';

export const RUBRIC_HASHES = 'rubric-hashes.json';

/**
 * The recorded hashes of the dataset at `root`; empty when the file does not exist.
 * @example readRubricHashes('data') // { '1.0.1': '9f2c…' }
 */
export function readRubricHashes(root: string): Record<string, string> {
  const path = join(root, RUBRIC_HASHES);
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new DatasetError([{ file: RUBRIC_HASHES, path: '', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new DatasetError([{ file: RUBRIC_HASHES, path: '', message: 'must be an object mapping rubric versions to content hashes' }]);
  const out: Record<string, string> = {};
  for (const [version, hash] of Object.entries(parsed)) {
    if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash))
      throw new DatasetError([{ file: RUBRIC_HASHES, path: version, message: 'must be a sha256 hash written as 64 hexadecimal digits' }]);
    out[version] = hash;
  }
  return out;
}
