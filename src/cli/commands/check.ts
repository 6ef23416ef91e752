import { loadDataset, lineLocator, DatasetError } from '../../dataset/load.ts';
import { renderReviewPage } from '../../web/reviews/render-for-checks.tsx';
import { checkDataset, checkRevisions, formatFinding, hasErrors, ruleList, type Finding } from '../../checks/index.ts';
import { readRubricHashes } from '../../dataset/rubric-hashes.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { printable } from '../../domain/printable.ts';
import { catalogues, checkCatalogues, missingTerms } from '../../i18n/index.ts';
import { termKeys } from '../../narrative/localise.ts';
import { DEFAULT_DATA_DIR, openCommandStore, parseCommandArgs, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend check [DIR] [--format text|json] [--today YYYY-MM-DD] [--db FILE | --database URL] [--list-rules]

Validates a dataset (default: data/), then runs the consistency rules on every
review and on its rendered page, and checks the message catalogues
(src/i18n: every key in every language, the same placeholders). Prints one line per finding:
file:line: field: severity [rule] message. Exits 1 when any error is found
(warnings alone exit 0).

  --format json     the same findings as JSON
  --today DATE      the date the date rules measure from (default: today, UTC)
  --db / --database also check the scores stored in that database against the current rubric
  --list-rules      print every rule id, severity and description`;

const dateFormat = /^\d{4}-\d{2}-\d{2}$/;

function schemaFindings(err: DatasetError): Finding[] {
  return err.problems.map((p) => ({ file: p.file, path: p.path, line: p.line, rule: 'schema', severity: 'error', message: p.message }));
}

/** Stored scores against the rubric, taxonomy and categories of the dataset being checked (not the catalog stored with them). */
async function storedFindings(args: string[], dataset: Dataset): Promise<Finding[]> {
  const store = await openCommandStore(args);
  try {
    const stored = await store.catalog();
    if (!stored)
      return [{ file: 'store', path: '', rule: 'stale-score', severity: 'error', message: 'the database holds no dataset; run privacydefend import' }];
    return checkRevisions(await store.listApps(), dataset);
  } finally {
    await store.close();
  }
}

/**
 * The message catalogues: a key missing from a language, or a placeholder
 * that differs, fails the check like a data error. A word of the data (a
 * taxonomy label, a category noun, a level) without its German or French term
 * is a warning: those pages show the English word until it is added.
 */
function catalogueFindings(dataset: Dataset): Finding[] {
  const messages: Finding[] = checkCatalogues(catalogues).map((p) => ({
    file: `src/i18n/messages/${p.locale}.ts`,
    path: p.key,
    rule: 'catalogue',
    severity: 'error',
    message: p.message,
  }));
  const words: Finding[] = missingTerms(termKeys(dataset)).map((m) => ({
    file: `src/i18n/terms/${m.locale}.ts`,
    path: m.key,
    rule: 'catalogue-terms',
    severity: 'warning',
    message: `no ${m.locale === 'de' ? 'German' : 'French'} word for this word of the data: its pages show the English one`,
  }));
  return [...messages, ...words];
}

function print(findings: readonly Finding[], format: 'text' | 'json', dir: string, reviews: number | null): void {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (format === 'json') {
    const out = findings.map(({ keys: _keys, say: _say, ...f }) => f);
    console.log(JSON.stringify({ dataset: dir, reviews, errors, warnings, findings: out }, null, 2));
    return;
  }
  for (const f of findings) (f.severity === 'error' ? console.error : console.log)(formatFinding(f));
  const summary = `${printable(dir)}: ${reviews === null ? 'not loaded' : `${reviews} reviews`}, ${errors} error(s), ${warnings} warning(s)`;
  (errors > 0 ? console.error : console.log)(findings.length > 0 ? `\n${summary}` : summary);
}

export async function runCheck(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { ...storeFlags, format: { type: 'string', default: 'text' }, today: { type: 'string' }, 'list-rules': { type: 'boolean' } },
    USAGE,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const format = parsed.values.format;
  if (format !== 'text' && format !== 'json') {
    console.error(`--format must be "text" or "json", not "${printable(String(format))}"`);
    return 2;
  }
  if (parsed.values['list-rules']) {
    const list = ruleList();
    if (format === 'json') console.log(JSON.stringify(list, null, 2));
    else for (const r of list) console.log(`${r.id.padEnd(26)} ${r.severity.padEnd(8)} ${r.description}`);
    return 0;
  }
  const today = parsed.values.today ?? new Date().toISOString().slice(0, 10);
  if (!dateFormat.test(today) || Number.isNaN(Date.parse(today))) {
    console.error(`--today must be a date written YYYY-MM-DD, not "${printable(today)}"`);
    return 2;
  }
  const dir = parsed.positionals[0] ?? DEFAULT_DATA_DIR;
  let dataset: Dataset;
  let rubricHashes: Record<string, string>;
  try {
    dataset = loadDataset(dir);
    rubricHashes = readRubricHashes(dir);
  } catch (err) {
    if (!(err instanceof DatasetError)) throw err;
    print(schemaFindings(err), format, dir, null);
    return 1;
  }
  const lineIn = lineLocator(dir);
  const findings: Finding[] = checkDataset(dataset, { today, renderPage: renderReviewPage, rubricHashes }).map((f) => ({
    ...f,
    line: f.keys ? lineIn(f.file, f.keys) : undefined,
  }));
  findings.push(...catalogueFindings(dataset));
  if (parsed.values.db !== undefined || parsed.values.database !== undefined) findings.push(...(await storedFindings(args, dataset)));
  print(findings, format, dir, dataset.reviews.length);
  return hasErrors(findings) ? 1 : 0;
}
