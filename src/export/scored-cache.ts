/**
 * What an export keeps of its data for the next `build --incremental`: every
 * app's row, parsed review and score (SiteData.held), written into the
 * build cache (a folder outside the export: the export's files are uploaded
 * to the host, this is not for them), so the next build, in a fresh process, reads from the store and
 * scores only the apps whose latest revision is another
 * (SiteData.seed). The file holds the V8 serialization of each entry (plain
 * data, restored exactly, undefined values and all), without its row's facts
 * when they are its parsed review over again (keptEntryOf), with the hash of
 * what other apps' pages read of it (peer-key.ts), under a key of the
 * program's own code: a build by other code (an upgrade) scores everything
 * again. An entry read from the file and kept as it was is written back as
 * the bytes it came from. A missing, unreadable or foreign file is simply not used.
 *
 * Layout: MAGIC, the header's length (uint32 LE) and the header (V8
 * serialization of CacheHeader), then per entry its length (uint32 LE), its
 * peer key (32 bytes; zeros for an unavailable app) and its bytes. The
 * entries are framed by hand, not serialized in one V8 value: that costs a
 * call into JavaScript per entry on writing, and a copy of each on reading.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { AppEntry, HeldEntries } from '../web/site-data.ts';
import { peerKey, rememberPeerKey } from './peer-key.ts';
import { writeParts } from './write-parts.ts';

/** The file in the build cache. */
export const SCORED_CACHE = 'scored.v8';

/** Where exports before the build cache kept it: inside the export (an update removes it). */
export const LEGACY_SCORED_CACHE = '.privacydefend-scored.v8';

const FORMAT = 4;

/** The first bytes of the file. */
const MAGIC = Buffer.from('PrivacyDefend kept scores\n');

/** An entry's peer key: a sha256. */
const PEER_BYTES = 32;

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

interface CacheHeader {
  format: typeof FORMAT;
  program: string;
  catalogVersion: string;
  /** How many entries follow, each serialized on its own (so the next export re-serializes only the entries that changed). */
  entries: number;
}

function isCacheHeader(value: unknown, program: string): value is CacheHeader {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<CacheHeader>;
  return v.format === FORMAT && v.program === program && typeof v.catalogVersion === 'string' && Number.isInteger(v.entries);
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
    if (bytes.byteLength < MAGIC.byteLength + 4 || !bytes.subarray(0, MAGIC.byteLength).equals(MAGIC)) return undefined;
    let at = MAGIC.byteLength;
    const headerLength = bytes.readUInt32LE(at);
    at += 4;
    const header: unknown = deserialize(bytes.subarray(at, at + headerLength));
    at += headerLength;
    if (!isCacheHeader(header, programFingerprint())) return undefined;
    const entries: AppEntry[] = [];
    for (let i = 0; i < header.entries; i++) {
      const length = bytes.readUInt32LE(at);
      const peer = bytes.subarray(at + 4, at + 4 + PEER_BYTES);
      at += 4 + PEER_BYTES;
      if (at + length > bytes.byteLength) return undefined;
      // A view into the file's bytes, no copy: kept to be written back as it is.
      const b = bytes.subarray(at, at + length);
      at += length;
      const entry = entryOfKept(deserialize(b) as KeptEntry);
      encoded.set(entry, b);
      if (entry.app) rememberPeerKey(entry.app, peer.toString('hex'));
      entries.push(entry);
    }
    if (at !== bytes.byteLength) return undefined;
    return { catalogVersion: header.catalogVersion, entries };
  } catch {
    return undefined;
  }
}

/** A uint32 LE. */
function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

const NO_PEER = Buffer.alloc(PEER_BYTES);

/** Keep `held` in the build cache `cacheDir` for the next export (through a temporary name and a rename). */
export async function writeScoredCache(cacheDir: string, held: HeldEntries): Promise<void> {
  const header: CacheHeader = { format: FORMAT, program: programFingerprint(), catalogVersion: held.catalogVersion, entries: held.entries.length };
  const head = serialize(header);
  const parts: Uint8Array[] = [MAGIC, uint32(head.byteLength), head];
  for (const e of held.entries) {
    const b = encoded.get(e) ?? serialize(keptEntryOf(e));
    parts.push(uint32(b.byteLength), e.app ? Buffer.from(peerKey(e.app), 'hex') : NO_PEER, b);
  }
  await mkdir(cacheDir, { recursive: true });
  const path = join(cacheDir, SCORED_CACHE);
  writeParts(`${path}.tmp`, parts);
  await rename(`${path}.tmp`, path);
}
