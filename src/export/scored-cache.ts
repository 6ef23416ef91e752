/**
 * What an export keeps of its data for the next `build --incremental`: every
 * app's row, parsed review and score (SiteData.held), written into the
 * build cache (a folder outside the export: the export's files are uploaded
 * to the host, this is not for them), so the next build, in a fresh process, reads from the store and
 * scores only the apps whose latest revision is another
 * (SiteData.seed). The file holds the V8 serialization of each entry (plain
 * data, restored exactly, undefined values and all), without its row's facts
 * when they are its parsed review over again (keptEntryOf), under a key of the
 * program's own code: a build by other code (an upgrade) scores everything
 * again. An entry read from the file and kept as it was is written back as
 * the bytes it came from. A missing, unreadable or foreign file is simply not used.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { AppEntry, HeldEntries } from '../web/site-data.ts';

/** The file in the build cache. */
export const SCORED_CACHE = 'scored.v8';

/** Where exports before the build cache kept it: inside the export (an update removes it). */
export const LEGACY_SCORED_CACHE = '.privacydefend-scored.v8';

const FORMAT = 3;

let fingerprint: string | undefined;

/**
 * A hash of the program's code: every module file of the tree this one was
 * loaded from (dist/ once built, src/ under tsx), by path and contents, and
 * the Node version (its serializer writes the file). Another value means the
 * reviews and scores may come out otherwise.
 */
export function programFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256').update(`${FORMAT} ${process.version}\n`);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(js|mjs|ts|tsx|json|yaml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`${file.slice(root.length)}\n`).update(readFileSync(file));
  fingerprint = hash.digest('hex');
  return fingerprint;
}

interface CacheFile {
  format: typeof FORMAT;
  program: string;
  catalogVersion: string;
  /** Each entry serialized on its own, so the next export re-serializes only the entries that changed. */
  entries: Uint8Array[];
}

function isCacheFile(value: unknown, program: string): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CacheFile>;
  return v.format === FORMAT && v.program === program && typeof v.catalogVersion === 'string' && Array.isArray(v.entries);
}

/**
 * One entry as the file holds it. A row's facts are nearly always the same
 * data as the review parsed from them (a revision stored in the current
 * review format, which parsing leaves as it was): the row is then kept
 * without them (`facts: undefined`), and on reading its facts are the review
 * object itself, equal to what was kept, in the same key order.
 */
interface KeptEntry {
  entry: AppEntry;
  factsAreReview: boolean;
}

/**
 * Whether `a` and `b` are the same plain data (arrays, plain objects and
 * primitives), keys in the same order; anything else is the same only when
 * it is the very same value.
 * @example sameData({ a: [1] }, { a: [1] }) // true; sameData({ a: 1, b: 2 }, { b: 2, a: 1 }) // false
 */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && sameArrays(a, b);
  if (Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key, i) => key === bKeys[i] && sameData(aRecord[key], bRecord[key]));
}

function sameArrays(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (i in a !== i in b || !sameData(a[i], b[i])) return false;
  return true;
}

/**
 * `entry` as the file keeps it: without its row's facts when they are its review over again.
 * @example deserialize(serialize(keptEntryOf(entry))) // { entry: { row: { ..., facts: undefined }, app }, factsAreReview: true }
 */
function keptEntryOf(entry: AppEntry): KeptEntry {
  if (!entry.app || entry.app.row !== entry.row || !sameData(entry.row.facts, entry.app.review)) return { entry, factsAreReview: false };
  const row = { ...entry.row, facts: undefined };
  return { entry: { ...entry, row, app: { ...entry.app, row } }, factsAreReview: true };
}

/**
 * The entry a KeptEntry was made from (keptEntryOf), its row's facts restored.
 * @example entryOfKept(deserialize(serialize(keptEntryOf(entry)))) // deepStrictEqual to entry
 */
function entryOfKept(kept: KeptEntry): AppEntry {
  const { entry } = kept;
  if (kept.factsAreReview && entry.app) entry.row.facts = entry.app.review;
  return entry;
}

/** The bytes each entry read from a cache file came from: an entry SiteData kept as it was is written back as those bytes. */
const encoded = new WeakMap<AppEntry, Uint8Array>();

/** The entries kept in the build cache `cacheDir` by an export of this program, or undefined when there are none it can use. */
export async function readScoredCache(cacheDir: string): Promise<HeldEntries | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(cacheDir, SCORED_CACHE));
  } catch {
    return undefined;
  }
  try {
    const value: unknown = deserialize(bytes);
    if (!isCacheFile(value, programFingerprint())) return undefined;
    const entries = value.entries.map((b) => {
      const entry = entryOfKept(deserialize(b) as KeptEntry);
      encoded.set(entry, b);
      return entry;
    });
    return { catalogVersion: value.catalogVersion, entries };
  } catch {
    return undefined;
  }
}

/** Keep `held` in the build cache `cacheDir` for the next export (through a temporary name and a rename). */
export async function writeScoredCache(cacheDir: string, held: HeldEntries): Promise<void> {
  const file: CacheFile = {
    format: FORMAT,
    program: programFingerprint(),
    catalogVersion: held.catalogVersion,
    entries: held.entries.map((e) => encoded.get(e) ?? serialize(keptEntryOf(e))),
  };
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, SCORED_CACHE);
  await writeFile(`${path}.tmp`, serialize(file));
  await rename(`${path}.tmp`, path);
}
