/**
 * Reading the dataset (data/): YAML files validated by the domain schemas, with
 * every problem reported as file, field path, line and reason. Nothing here
 * writes; a dataset either loads whole or not at all.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { Review } from '../domain/review.ts';
import { Taxonomy, Categories, Products, Calibration } from '../domain/catalog.ts';
import { Rubric } from '../domain/rubric.ts';
import { SourcePolicy, SOURCE_POLICY_FILE } from '../domain/source-hosts.ts';
import type { Dataset, ReviewRecord } from '../domain/dataset.ts';
import { crossReferenceProblems } from '../domain/references.ts';
import { MAX_DATA_FILE_BYTES } from '../domain/text.ts';
import { firstInvalidUtf8 } from './utf8.ts';
import { printable } from '../domain/printable.ts';
import { parsePlainYaml } from './plain-yaml.ts';

/** How many times aliases may multiply a file's data (the yaml package's default). */
const MAX_ALIAS_COUNT = 100;

/** One problem in one data file. `path` is the field path inside the file ("" for the file itself). */
export interface DataProblem {
  file: string;
  path: string;
  line?: number | undefined;
  message: string;
}

/** Thrown when the dataset can't be loaded; carries every problem found, not just the first. */
export class DatasetError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DatasetError';
  }
}

/** `file:line: field: reason`, with control characters of the file name, field and reason escaped. */
export function formatProblem(p: DataProblem): string {
  const where = p.line === undefined ? printable(p.file) : `${printable(p.file)}:${p.line}`;
  return `${where}: ${p.path === '' ? '' : `${printable(p.path)}: `}${printable(p.message)}`;
}

/** Dotted field path as readers write it: `encryption.e2ee.content.value`, `controversies[2].date`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

interface ParsedFile {
  file: string;
  /** The document as plain data. */
  data: unknown;
  /** The line of the deepest node that exists along a field path. */
  lineAt: (path: readonly PropertyKey[]) => number | undefined;
}

function parseYamlFile(root: string, path: string, problems: DataProblem[]): ParsedFile | undefined {
  const file = relative(root, path) || basename(path);
  const text = readDataFile(path, file, problems);
  if (text === undefined) return undefined;
  // The plain subset the data files are written in is read without building
  // yaml's document (plain-yaml.ts, which keeps every node's line too); yaml
  // reads any file outside it, and gives every error.
  const plain = parsePlainYaml(text);
  if (plain !== undefined) return { file, data: plain.data, lineAt: plain.lineAt };
  return parseWithYaml(file, text, problems);
}

/** The file read by yaml: its errors (as problems) or its data, with the lines of its document. */
function parseWithYaml(file: string, text: string, problems: DataProblem[]): ParsedFile | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({ file, path: '', line: lines.linePos(e.pos[0]).line, message: `is not valid YAML: ${e.message.split('\n')[0]}` });
    }
    return undefined;
  }
  let data: unknown;
  try {
    // maxAliasCount bounds how far aliases may multiply the data (a "billion laughs" file).
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    problems.push({ file, path: '', message: `is not valid YAML: ${err.message} (aliases may expand the data at most ${MAX_ALIAS_COUNT}-fold)` });
    return undefined;
  }
  return { file, data, lineAt: (path) => lineInDocument(doc, lines, path) };
}

/** The line of the deepest node that exists along `path` in a yaml document. */
function lineInDocument(doc: Document.Parsed, lines: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * A data file's text: refused when larger than MAX_DATA_FILE_BYTES or when it
 * is not UTF-8 (naming the byte offset and line of the first bad byte).
 */
function readDataFile(path: string, file: string, problems: DataProblem[]): string | undefined {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_DATA_FILE_BYTES) {
      problems.push({
        file,
        path: '',
        message: `is ${size.toLocaleString('en-US')} bytes; a data file may hold at most ${MAX_DATA_FILE_BYTES.toLocaleString('en-US')} bytes`,
      });
      return undefined;
    }
    bytes = readFileSync(path);
  } catch (err) {
    problems.push({ file, path: '', message: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
    return undefined;
  }
  if (bytes.byteLength > MAX_DATA_FILE_BYTES) {
    problems.push({ file, path: '', message: `is more than ${MAX_DATA_FILE_BYTES.toLocaleString('en-US')} bytes, the most a data file may hold` });
    return undefined;
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== undefined) {
    const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
    problems.push({
      file,
      path: '',
      line,
      message: `is not UTF-8: byte offset ${bad} (0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')}) starts no valid UTF-8 character; save the file as UTF-8`,
    });
    return undefined;
  }
  return bytes.toString('utf8');
}

/** The line of the deepest node that exists along `path`. */
export function lineOf(parsed: ParsedFile, path: readonly PropertyKey[]): number | undefined {
  return parsed.lineAt(path);
}

/**
 * Finds the line of a field in a dataset file, for problems found after
 * loading (the consistency checks). Files are parsed once each, on demand.
 * @example const lineIn = lineLocator('data'); lineIn('apps/signal.yaml', ['review', 'notes']);
 */
export function lineLocator(root: string): (file: string, path: readonly PropertyKey[]) => number | undefined {
  // Findings come grouped by file, so a few recent files suffice; keeping every
  // parsed file (a document is many times the size of its data) held gigabytes
  // for a large dataset with many warnings.
  const parsed = new Map<string, ParsedFile | undefined>();
  return function lineIn(file, path) {
    let p = parsed.get(file);
    if (p === undefined && !parsed.has(file)) {
      p = existsSync(join(root, file)) ? parseYamlFile(root, join(root, file), []) : undefined;
      if (parsed.size >= LOCATED_FILES_KEPT) parsed.delete(parsed.keys().next().value ?? '');
      parsed.set(file, p);
    }
    return p && lineOf(p, path);
  };
}

/** How many parsed files a lineLocator keeps (the most recently parsed). */
const LOCATED_FILES_KEPT = 8;

function validate<S extends z.ZodType>(schema: S, parsed: ParsedFile, problems: DataProblem[]): z.infer<S> | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of explainIssues(result.error.issues)) {
    problems.push({ file: parsed.file, path: formatPath(issue.path), line: lineOf(parsed, issue.path), message: issue.message });
  }
  return undefined;
}

interface PlainIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * zod reports a value matching no branch of a union as "Invalid input". Say
 * instead what is wrong with it against the branch it came closest to (the one
 * with the fewest problems), so a typo in a fact's value reads as such.
 */
export function explainIssues(issues: readonly z.core.$ZodIssue[], base: PropertyKey[] = []): PlainIssue[] {
  const out: PlainIssue[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branches = issue.errors.map((b) => explainIssues(b, path));
      const best = branches.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(...best);
    } else {
      out.push({ path, message: issue.message });
    }
  }
  return out;
}

function loadOne<S extends z.ZodType>(root: string, name: string, schema: S, problems: DataProblem[]): z.infer<S> | undefined {
  const path = join(root, name);
  if (!existsSync(path)) {
    problems.push({ file: name, path: '', message: 'is missing from the dataset' });
    return undefined;
  }
  const parsed = parseYamlFile(root, path, problems);
  return parsed && validate(schema, parsed, problems);
}

/** What loading one review file gave: the review (when it parsed and validated), its problems, and the line of its `slug`. */
export interface LoadedReviewFile<T = never> {
  name: string;
  review?: ReviewRecord | undefined;
  problems: DataProblem[];
  slugLine?: number | undefined;
  /** What `withParsed` made of the review while its file was parsed (when it was given and the review loaded). */
  extra?: T | undefined;
}

/**
 * Parse and validate the review files `names` of `root`'s apps/ folder, each
 * on its own (the part of loading that can run on several threads). Given
 * `withParsed`, it is called with each loaded review and the line of a field
 * path in its file, while that file is still parsed (say, to give findings
 * their lines without parsing the file again).
 * @example loadReviewFiles('data', ['signal.yaml'])[0].review?.name // 'Signal'
 */
export function loadReviewFiles<T = never>(
  root: string,
  names: readonly string[],
  withParsed?: (review: ReviewRecord, lineAt: (path: readonly PropertyKey[]) => number | undefined) => T,
): LoadedReviewFile<T>[] {
  const appsDir = join(root, 'apps');
  return names.map((name) => {
    const problems: DataProblem[] = [];
    const parsed = parseYamlFile(root, join(appsDir, name), problems);
    const review = parsed && validate(Review, parsed, problems);
    if (!parsed || !review) return { name, problems };
    const record: ReviewRecord = { ...review, file: parsed.file };
    const extra = withParsed?.(record, (path) => lineOf(parsed, path));
    return { name, review: record, problems, slugLine: lineOf(parsed, ['slug']), ...(withParsed ? { extra } : {}) };
  });
}

/**
 * The taxonomy and the source policy of `root`, as loadDataset reads them, or
 * undefined when either does not load (loadDataset then reports why).
 * @example loadFactCatalog('data')?.taxonomy.dataTypes.length
 */
export function loadFactCatalog(root: string): Pick<Dataset, 'taxonomy' | 'sourcePolicy'> | undefined {
  const problems: DataProblem[] = [];
  const taxonomy = loadOne(root, 'taxonomy.yaml', Taxonomy, problems);
  const sourcePolicy = loadOne(root, SOURCE_POLICY_FILE, SourcePolicy, problems);
  return taxonomy && sourcePolicy ? { taxonomy, sourcePolicy } : undefined;
}

/** The review files of a dataset folder (apps/*.yaml), sorted. */
export function reviewFileNames(root: string): string[] {
  const appsDir = join(root, 'apps');
  return existsSync(appsDir)
    ? readdirSync(appsDir)
        .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
        .sort()
    : [];
}

/**
 * Load and validate the dataset rooted at `root` (the folder holding rubric.yaml,
 * taxonomy.yaml, categories.yaml, products.yaml, source-hosts.yaml and apps/). Throws a
 * DatasetError listing every problem when anything is wrong.
 * @example const dataset = loadDataset('data');
 */
export function loadDataset(root: string): Dataset {
  if (!existsSync(root)) throw new DatasetError([{ file: root, path: '', message: 'no such dataset folder' }]);
  const names = reviewFileNames(root);
  return assembleDataset(root, names, (batch) => loadReviewFiles(root, batch));
}

/**
 * loadDataset with the review files parsed and validated by `loadFiles`
 * (say, on worker threads), in batches it is handed in order; the same
 * dataset or the same problems in the same order.
 * @example const dataset = await loadDatasetWith('data', (names) => pool.loadReviewFiles(names));
 */
export async function loadDatasetWith(root: string, loadFiles: (names: string[]) => Promise<readonly LoadedReviewFile<unknown>[]>): Promise<Dataset> {
  if (!existsSync(root)) throw new DatasetError([{ file: root, path: '', message: 'no such dataset folder' }]);
  const names = reviewFileNames(root);
  const loaded = await loadFiles(names);
  return assembleDataset(root, names, () => loaded);
}

function assembleDataset(root: string, appFiles: string[], loadFiles: (names: string[]) => readonly LoadedReviewFile<unknown>[]): Dataset {
  const problems: DataProblem[] = [];
  const rubric = loadOne(root, 'rubric.yaml', Rubric, problems);
  const taxonomy = loadOne(root, 'taxonomy.yaml', Taxonomy, problems);
  const categories = loadOne(root, 'categories.yaml', Categories, problems);
  const products = loadOne(root, 'products.yaml', Products, problems);
  const sourcePolicy = loadOne(root, SOURCE_POLICY_FILE, SourcePolicy, problems);

  const appsDir = join(root, 'apps');
  if (appFiles.length === 0) problems.push({ file: 'apps/', path: '', message: 'holds no review (*.yaml)' });

  const calibrationDir = join(root, 'calibration');
  const verdicts: Dataset['verdicts'] = [];
  if (existsSync(calibrationDir)) {
    for (const name of readdirSync(calibrationDir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()) {
      const parsed = parseYamlFile(root, join(calibrationDir, name), problems);
      const c = parsed && validate(Calibration, parsed, problems);
      if (c) verdicts.push(...c.verdicts.map((v) => ({ ...v, file: parsed.file })));
    }
  }

  const reviews: Dataset['reviews'] = [];
  // Only each review's path is kept: a parsed YAML document is many times the
  // size of its data, so holding 10,000 of them made loading a large dataset
  // need gigabytes. The few files with a cross-reference problem are parsed again.
  const pathBySlug = new Map<string, string>();
  // App files that exist but did not load: their errors are reported against
  // them, so a calibration verdict naming one is not reported a second time.
  const unloadedApps = new Set<string>();
  for (const { name, review, problems: fileProblems, slugLine } of loadFiles(appFiles)) {
    const expected = name.replace(/\.ya?ml$/, '');
    problems.push(...fileProblems);
    if (!review) {
      unloadedApps.add(expected);
      continue;
    }
    if (review.slug !== expected) {
      problems.push({
        file: review.file,
        path: 'slug',
        line: slugLine,
        message: `is "${review.slug}" but the file is named ${name}; name the file ${review.slug}.yaml`,
      });
      unloadedApps.add(expected);
      continue;
    }
    if (pathBySlug.has(review.slug)) {
      problems.push({ file: review.file, path: 'slug', line: slugLine, message: `"${review.slug}" is used by another review` });
      continue;
    }
    pathBySlug.set(review.slug, join(appsDir, name));
    reviews.push(review);
  }

  if (rubric && taxonomy && categories && products && sourcePolicy) {
    const dataset: Dataset = { rubric, taxonomy, categories: categories.categories, products: products.products, sourcePolicy, reviews, verdicts };
    for (const p of crossReferenceProblems(dataset, unloadedApps)) {
      const path = p.slug === undefined ? undefined : pathBySlug.get(p.slug);
      const parsed = path === undefined ? undefined : parseYamlFile(root, path, []);
      problems.push({ file: p.file, path: formatPath(p.path), line: parsed && lineOf(parsed, p.path), message: p.message });
    }
    if (problems.length === 0) return dataset;
  }
  throw new DatasetError(problems);
}
