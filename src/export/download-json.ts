/**
 * The JSON download (/downloads/privacydefend.json), written by the export
 * from the files of the apps' API entries (/api/v1/apps/{slug}, which hold
 * each app's review as the download does; in an update, the apps whose entry
 * did not change are sliced from the previous download, read once, by the
 * layout kept with the pieces) instead of building every review a
 * second time, and its .gz copy stitched from pieces compressed one app at a
 * time: each app's piece is raw deflate ended by a full flush (byte-aligned),
 * compressed with the text before it as its dictionary, so the pieces of the
 * apps whose API entry and predecessor did not change are taken as they were
 * kept (in the build cache, by the sha256 of those entries' files) and only
 * the changed ones, the head
 * (which holds the data version), the tail and the piece after each changed
 * app (it refers back into the changed one) are compressed again; the gzip
 * trailer gets the whole file's CRC32. The download has no .br copy: a
 * brotli stream can't be stitched from pieces, and compressing the whole
 * file again (~200 MB at 10,000 apps) on every build would cost more than
 * the rest of an incremental build (bench/README.md).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { SiteSnapshot } from '../web/site-data.ts';
import { datasetJsonFrame, DOWNLOAD_PATHS, DOWNLOAD_TYPES } from '../web/downloads/files.ts';
import { ExportError } from './errors.ts';
import { exportFilePath } from './file-path.ts';
import { writeParts } from './write-parts.ts';
import type { RenderOutcome, RenderSettings } from './renderer.ts';

/** The file in the build cache that keeps the compressed pieces. */
export const DOWNLOAD_PIECES = 'download-pieces.v8';

const FORMAT = 2;

/** Where each app's text lies in the download whose sha256 is `hash`: by the app's key (as in pieces), its start and length. */
interface Layout {
  hash: string;
  length: number;
  spans: Map<string, [start: number, length: number]>;
}

interface PiecesFile {
  format: typeof FORMAT;
  level: number;
  /**
   * By `<0|1><sha256 of the API entry's file><the key of the text before it>`
   * (1: the first app, which has no comma before it), its raw deflate piece.
   */
  pieces: Map<string, Uint8Array>;
  /** The download written last: its unchanged apps' text is read from it, in one read, instead of from 10,000 files. */
  layout: Layout | undefined;
}

function isPiecesFile(value: unknown, level: number): value is PiecesFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PiecesFile>;
  return v.format === FORMAT && v.level === level && v.pieces instanceof Map && (v.layout === undefined || v.layout.spans instanceof Map);
}

/** The pieces kept in `cacheDir` for this compression level, or none when there are none it can use. */
async function readPieces(cacheDir: string, level: number): Promise<Omit<PiecesFile, 'format' | 'level'>> {
  try {
    const value: unknown = deserialize(await readFile(join(cacheDir, DOWNLOAD_PIECES)));
    if (isPiecesFile(value, level)) return value;
  } catch {
    // Not used: every piece is compressed again.
  }
  return { pieces: new Map(), layout: undefined };
}

async function writePieces(cacheDir: string, level: number, pieces: Map<string, Uint8Array>, layout: Layout): Promise<void> {
  const file: PiecesFile = { format: FORMAT, level, pieces, layout };
  const path = join(cacheDir, DOWNLOAD_PIECES);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(`${path}.tmp`, serialize(file));
  await rename(`${path}.tmp`, path);
}

/** Deflate's window: how far back a piece may refer into the bytes before it. */
const WINDOW = 32 * 1024;

/** The last WINDOW bytes of `bytes`: what a piece after them may refer back to. */
function window(bytes: Uint8Array): Uint8Array {
  return bytes.byteLength > WINDOW ? bytes.subarray(bytes.byteLength - WINDOW) : bytes;
}

/**
 * Raw deflate of `bytes`, ended by a full flush (more pieces follow) or as the
 * last block of the stream; given the bytes that come right before it in the
 * stream (at most 32 KiB), it may refer back into them.
 */
export function deflatePiece(bytes: Uint8Array, level: number, last: boolean, preceding?: Uint8Array): Buffer {
  return deflateRawSync(bytes, {
    level,
    finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH,
    ...(preceding && preceding.byteLength > 0 ? { dictionary: preceding } : {}),
  });
}

/**
 * One gzip member (RFC 1952) around a raw deflate stream given as pieces,
 * with the CRC32 and length of the uncompressed bytes. The header is the one
 * zlib writes (no name, no time, OS 3), with the extra flags of the level.
 */
export function gzipMember(pieces: readonly Uint8Array[], crc: number, length: number, level: number): Uint8Array[] {
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, level === 9 ? 2 : level === 1 ? 4 : 0, 3]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  return [header, ...pieces, trailer];
}

function put(path: string, parts: readonly Uint8Array[], atomic: boolean): void {
  if (!atomic) {
    writeParts(path, parts);
    return;
  }
  const temporary = `${path}.tmp-${process.pid}-${threadId}`;
  writeParts(temporary, parts);
  renameSync(temporary, path);
}

function appApiPath(slug: string): string {
  return `/api/v1/apps/${slug}`;
}

export interface DownloadInput {
  snapshot: SiteSnapshot;
  settings: RenderSettings;
  /** The file each exported URL was written to, and each file's sha256 (this export's). */
  urls: Readonly<Record<string, string>>;
  files: Readonly<Record<string, string>>;
  /** The previous export's file hashes: a download that hashes the same is not written again. */
  previous: Readonly<Record<string, string>> | undefined;
  /** Where the compressed pieces are kept between builds. */
  cacheDir: string;
}

/**
 * Write the JSON download and its .gz copy (when their bytes changed) and
 * keep the pieces for the next build. Every app's API entry must have been
 * exported.
 */
export async function writeJsonDownload(input: DownloadInput): Promise<RenderOutcome> {
  const { snapshot, settings } = input;
  const level = settings.gzipLevel;
  // Without a .gz copy nothing is compressed, and no pieces are kept.
  const gzip = settings.precompress.includes('gzip');
  const [headText, tailText] = datasetJsonFrame(snapshot, settings.siteUrl);
  const head = Buffer.from(headText);
  const tail = Buffer.from(tailText);
  const kept = await readPieces(input.cacheDir, level);
  const file = exportFilePath(DOWNLOAD_PATHS.json, DOWNLOAD_TYPES.json);
  // The download on disk, when the manifest and the kept layout agree on what it holds.
  let old: Buffer | undefined;
  if (kept.layout && input.previous?.[file] === kept.layout.hash) {
    try {
      old = readFileSync(join(settings.root, file));
      if (old.byteLength !== kept.layout.length) old = undefined;
    } catch {
      old = undefined;
    }
  }
  const spans = new Map<string, [number, number]>();
  let offset = head.byteLength;
  const used = new Map<string, Uint8Array>();
  const raw: Uint8Array[] = [head];
  const deflated: Uint8Array[] = gzip ? [deflatePiece(head, level, false)] : [];
  const comma = Buffer.from(',');
  // Each piece is compressed with the bytes before it (the previous piece's text, at most deflate's 32 KiB
  // window) as its dictionary, so it may refer back into them as one stream would: a piece depends on its
  // own text and its predecessor's, and is kept under both (without it the pieces are ~70 % larger).
  let before: Uint8Array = head;
  let beforeKey = `h${createHash('sha256').update(window(head)).digest('hex')}`;
  snapshot.apps.forEach((a, i) => {
    const url = appApiPath(a.review.slug);
    const file = input.urls[url];
    const hash = file === undefined ? undefined : input.files[file];
    if (file === undefined || hash === undefined) throw new ExportError(url, 'the JSON download needs this file, which was not exported');
    const ownKey = `${i === 0 ? 1 : 0}${hash}`;
    const span = old ? kept.layout?.spans.get(ownKey) : undefined;
    let text: Uint8Array;
    if (old && span) text = old.subarray(span[0], span[0] + span[1]);
    else {
      const entry = readFileSync(join(settings.root, file));
      text = i === 0 ? entry : Buffer.concat([comma, entry]);
    }
    raw.push(text);
    spans.set(ownKey, [offset, text.byteLength]);
    offset += text.byteLength;
    if (!gzip) return;
    const key = `${ownKey}<${beforeKey}`;
    let piece: Uint8Array | undefined = used.get(key) ?? kept.pieces.get(key);
    if (!piece) piece = deflatePiece(text, level, false, window(before));
    used.set(key, piece);
    deflated.push(piece);
    before = text;
    beforeKey = ownKey;
  });
  raw.push(tail);
  if (gzip) deflated.push(deflatePiece(tail, level, true, window(before)));

  const sha = createHash('sha256');
  let crc = 0;
  let length = 0;
  for (const part of raw) {
    sha.update(part);
    crc = crc32(part, crc);
    length += part.byteLength;
  }
  const hash = sha.digest('hex');
  const written = input.previous?.[file] !== hash;
  if (written) {
    const path = join(settings.root, file);
    mkdirSync(dirname(path), { recursive: true });
    if (gzip) put(`${path}.gz`, gzipMember(deflated, crc, length, level), settings.atomic);
    // A .br copy an older program wrote beside it would no longer match.
    rmSync(`${path}.br`, { force: true });
    put(path, raw, settings.atomic);
  }
  // Kept again only when the download or its pieces changed (a build after no change keeps the file as it is).
  if (gzip && (kept.layout?.hash !== hash || used.size !== kept.pieces.size || [...used.keys()].some((key) => !kept.pieces.has(key))))
    await writePieces(input.cacheDir, level, used, { hash, length, spans });
  return { url: DOWNLOAD_PATHS.json, file, hash, bytes: length, written };
}
