import { loadDataset, DatasetError } from '../../dataset/load.ts';
import { DEFAULT_DATA_DIR, parseCommandArgs } from '../config.ts';

const USAGE = `Usage: privacydefend check [DIR] [--format text|json]

Validates a dataset (default: data/) and prints one line per problem:
file:line: field: reason. Exits 1 when any error is found.`;

export async function runCheck(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { format: { type: 'string', default: 'text' } }, USAGE, true);
  if (!parsed) return 2;
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') {
    console.error(`--format must be "text" or "json", not "${format}"`);
    return 2;
  }
  const dir = parsed.positionals[0] ?? DEFAULT_DATA_DIR;
  try {
    const dataset = loadDataset(dir);
    if (format === 'json') console.log(JSON.stringify({ dataset: dir, reviews: dataset.reviews.length, findings: [] }, null, 2));
    else console.log(`${dir}: ${dataset.reviews.length} reviews, no problems`);
    return 0;
  } catch (err) {
    if (!(err instanceof DatasetError)) throw err;
    if (format === 'json') {
      console.log(JSON.stringify({ dataset: dir, findings: err.problems.map((p) => ({ ...p, rule: 'schema', severity: 'error' })) }, null, 2));
    } else {
      console.error(err.message);
      console.error(`\n${err.problems.length} problem(s) in ${dir}`);
    }
    return 1;
  }
}
