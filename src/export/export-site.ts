/**
 * The static export: every public URL of the site requested from the real
 * app (so a file holds exactly the bytes the server sends for its URL),
 * rendered, compressed (.gz and .br copies) and written on every core — the
 * main thread and render threads that each open the store and build their own
 * copy of the app (render-pool.ts) — into a temporary folder beside the
 * target, which replaces the target only once everything succeeded; or, with
 * `incremental`, only the files whose bytes changed since the previous
 * export, by its manifest of file hashes.
 */
import { ExportError } from './errors.ts';
import { mkdir, readdir, readFile, rename, rm, writeFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, basename, relative, isAbsolute } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { WebApp } from '../web/app.tsx';
import type { SiteApp, SiteData, SiteSnapshot } from '../web/site-data.ts';
import { saferAlternativeSlugs } from '../narrative/category.ts';
import { peerKey } from './peer-key.ts';
import type { OpenStoreOptions } from '../store/index.ts';
import { commonSecurityHeaders, hstsMaxAge, resourcePolicyFor } from '../web/http/security.ts';
import { sitePages, siteFiles, comparePairs } from '../web/sitemap/site-paths.ts';
import { inRenderOrder } from './render-order.ts';
import { sitemapParts } from '../web/sitemap/sitemap.ts';
import { allScriptPaths } from '../web/assets/scripts.ts';
import { alternatePaths } from '../web/http/locale-paths.ts';
import type { CorrectionTarget } from '../web/edit/suggest-link.tsx';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/index.ts';
import type { Progress } from './progress.ts';
import { ExportSiteData, exportApp, type Precompressed, RenderFailed, Renderer, type RenderJob, type RenderOutcome, type RenderSettings } from './renderer.ts';
import { renderJobs } from './render-pool.ts';
import { LEGACY_SCORED_CACHE, programFingerprint, readScoredCache, writeScoredCache } from './scored-cache.ts';
import { writeJsonDownload } from './download-json.ts';
import { DOWNLOAD_PATHS } from '../web/downloads/files.ts';

/**
 * Compression levels chosen by measurement on the files of a 1,000-app export
 * (bench/README.md): brotli 5 writes files within 0.1 % of quality 9's size
 * in a thirteenth of the time (quality 4 is ~28 % cheaper but no smaller than
 * gzip); gzip 6 is 15 % cheaper than 9 for 0.04 % of the raw size more.
 */
export const DEFAULT_BROTLI_QUALITY = 5;
export const DEFAULT_GZIP_LEVEL = 6;

/** Every file gets a .gz and a .br copy unless asked otherwise (a host such as nginx with gzip_static and brotli_static serves them as they are). */
export const DEFAULT_PRECOMPRESS: readonly Precompressed[] = ['gzip', 'br'];

/** The path the export requests to render the not-found page, written as 404.html. */
export const NOT_FOUND_PATH = '/404';

export interface ExportOptions {
  site: SiteData;
  siteUrl: string;
  outDir: string;
  progress?: Progress;
  /**
   * How render threads open the store (the database `site` reads): with it,
   * `threads` render threads work beside the main thread; without it (an
   * in-memory database can't be opened twice) everything renders on this thread.
   */
  store?: OpenStoreOptions;
  /** Render threads beside the main thread, when `store` is given (default: one per core beyond the first, when there are at least twice as many URLs to render as apps). */
  threads?: number;
  /** 0..11; 11 is smallest and slowest (default DEFAULT_BROTLI_QUALITY). */
  brotliQuality?: number;
  /** 1..9 (default DEFAULT_GZIP_LEVEL). */
  gzipLevel?: number;
  /** The compressed copies written beside each file (default DEFAULT_PRECOMPRESS: .gz and .br); [] for a host that compresses as it serves. */
  precompress?: readonly Precompressed[];
  /** Update a previous export in place, writing only the files whose bytes change (by its manifest). */
  incremental?: boolean;
  /** Extra URL paths to export (the API's GET responses, downloads). */
  extraPaths?: (snapshot: SiteSnapshot) => Iterable<string>;
  /** Replace `outDir` even when it holds files that are not a previous export. */
  force?: boolean;
  /** Strict-Transport-Security max-age for _headers and the responses (default: two years when siteUrl is https). */
  hstsMaxAge?: number;
  /**
   * Where the pages' "Suggest a correction" links go, since no editor runs on a
   * static host: a server running the editor, or an email address; without one
   * the links are left out.
   */
  corrections?: CorrectionTarget;
  /**
   * Where the export keeps what the next `--incremental` reuses (every app's
   * row, review and score; the JSON download's compressed pieces): never
   * inside `outDir`, whose files are uploaded to the host. Default
   * defaultCacheDir(outDir), beside it.
   */
  cacheDir?: string;
}

/**
 * The build cache of an export into `outDir` unless told otherwise: a hidden
 * folder beside it, named after it (`dist` → `.dist.privacydefend-cache`).
 * @example defaultCacheDir('site/dist') // '<cwd>/site/.dist.privacydefend-cache'
 */
export function defaultCacheDir(outDir: string): string {
  const target = resolve(outDir);
  return join(dirname(target), `.${basename(target)}.privacydefend-cache`);
}

/** Whether `path` is `folder` or inside it. */
function isWithin(path: string, folder: string): boolean {
  const from = relative(resolve(folder), resolve(path));
  return from === '' || (!from.startsWith('..') && !isAbsolute(from));
}

/**
 * Refuses a build cache inside the output folder (it would be uploaded with
 * the site) or holding it. Nothing is written.
 */
export function checkCacheDir(cacheDir: string, outDir: string): void {
  const cache = resolve(cacheDir);
  const target = resolve(outDir);
  if (isWithin(cache, target))
    throw new ExportTargetError(
      target,
      `refusing to keep the build cache in ${cache}: it is inside the output folder ${target}, which is uploaded to the host; choose a folder outside it`,
    );
  if (isWithin(target, cache))
    throw new ExportTargetError(target, `refusing to keep the build cache in ${cache}: it holds the output folder ${target}; choose a folder of its own`);
}

/** The file every export writes at its top, by which a later export knows the folder is one it may replace. */
export const EXPORT_MARKER = '.privacydefend-export';
const MARKER_TEXT = 'This folder is a PrivacyDefend static export: `privacydefend build --out` replaces all of it.\n';

/** The output folder can't be replaced: it holds other files, or it is the working directory or above it. Nothing was written. */
export class ExportTargetError extends Error {
  constructor(
    readonly outDir: string,
    message: string,
  ) {
    super(message);
    this.name = 'ExportTargetError';
  }
}

/**
 * Refuses an output folder the export must not replace: one holding the
 * working directory (`--out .` would move the checkout away), whatever
 * `force` says; a file; or a non-empty folder without the export marker,
 * unless `force`.
 */
export async function checkExportTarget(outDir: string, force = false, cwd = process.cwd()): Promise<void> {
  const target = resolve(outDir);
  const fromTarget = relative(target, resolve(cwd));
  if (fromTarget === '' || (!fromTarget.startsWith('..') && !isAbsolute(fromTarget))) {
    throw new ExportTargetError(target, `refusing to export into ${target}: it is the working directory or holds it; choose a folder of its own, such as dist`);
  }
  let entries: string[];
  try {
    entries = await readdir(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new ExportTargetError(target, `refusing to export into ${target}: it is a file, not a folder`);
    throw new ExportTargetError(target, `cannot read the output folder ${target} (${code ?? String(err)})`);
  }
  if (entries.length === 0 || entries.includes(EXPORT_MARKER) || force) return;
  throw new ExportTargetError(
    target,
    `refusing to replace ${target}: it holds ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} and is not a previous export (it has no ${EXPORT_MARKER} file). Choose an empty or new folder, or pass --force to replace it anyway.`,
  );
}

export { ExportError } from './errors.ts';

export interface ExportResult {
  outDir: string;
  /** Exported files (each also has the .gz and .br copies `precompress` names). */
  files: number;
  /** Their bytes before compression. */
  bytes: number;
  /** The files written by this export (all of them, unless incremental). */
  written: string[];
  /** Files of the previous export an incremental export removed (no longer exported). */
  removed: string[];
  /** URLs an incremental export did not render again, because nothing they depend on changed. */
  skipped: number;
  /** URLs each thread rendered, the main thread first (one entry when no render thread ran). */
  threads: number[];
}

/**
 * Every URL path of the public site, for one snapshot, in a stable order (the order they are rendered in).
 * @example [...exportPaths(snapshot, stylesheet)].includes('/apps/signal') // true
 */
export function* exportPaths(snapshot: SiteSnapshot, stylesheet: string, extra?: (s: SiteSnapshot) => Iterable<string>): Generator<string> {
  // What reads an app's review page's data (its comparisons, its API entry) right after that page (render-order.ts).
  yield* inRenderOrder(snapshot, listedPaths(snapshot, stylesheet, extra));
}

function* listedPaths(snapshot: SiteSnapshot, stylesheet: string, extra?: (s: SiteSnapshot) => Iterable<string>): Generator<string> {
  for (const p of sitePages(snapshot)) yield p.path;
  yield* siteFiles(snapshot, sitemapParts(snapshot));
  yield stylesheet;
  yield* allScriptPaths;
  yield '/favicon.svg';
  // A static host ignores the query string, so a URL with one can't be a file of its own.
  if (extra) for (const path of extra(snapshot)) if (!path.includes('?')) yield path;
}

/** The extra URLs the export leaves out because they carry a query string. */
export function skippedPaths(snapshot: SiteSnapshot, extra?: (s: SiteSnapshot) => Iterable<string>): string[] {
  return extra ? [...extra(snapshot)].filter((p) => p.includes('?')) : [];
}

/** Paths other sites may read: the open CORS the README promises for the API and downloads. */
const OPEN_CORS = ['/api/v1', '/downloads'];

/**
 * The rules of a _headers file (Netlify, Cloudflare Pages) for the exported
 * URLs: the server's security headers on every path, and the
 * Cross-Origin-Resource-Policy the server sends for each. Hosts merge the
 * headers of every rule a path matches, so no two rules that can match one
 * path set the same header: CORP is given per folder (`/apps/*`) where the
 * whole folder agrees, else per path.
 */
export function headersFile(urls: Iterable<string>, hstsSeconds: number): string {
  const lines = [
    '/*',
    ...Object.entries(commonSecurityHeaders(hstsSeconds)).map(([k, v]) => `  ${k}: ${v}`),
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
  ];
  const paths = [...new Set(urls)].sort();
  // Every folder (`/apps`, `/api/v1`...) with the policies of the URLs under it.
  const policiesUnder = new Map<string, Set<string>>();
  for (const url of paths) {
    const segments = url.split('/').slice(1);
    // A folder's own URL (/api) counts as in it, so /api/* is chosen only when /api agrees.
    for (let depth = 1; depth <= segments.length; depth++) {
      const folder = `/${segments.slice(0, depth).join('/')}`;
      const set = policiesUnder.get(folder) ?? new Set<string>();
      set.add(resourcePolicyFor(url));
      policiesUnder.set(folder, set);
    }
  }
  const rules = new Map<string, string>();
  for (const url of paths) {
    const segments = url.split('/').slice(1);
    let pattern = url;
    for (let depth = 1; depth < segments.length; depth++) {
      const folder = `/${segments.slice(0, depth).join('/')}`;
      if (policiesUnder.get(folder)?.size === 1) {
        pattern = `${folder}/*`;
        break;
      }
    }
    rules.set(pattern, resourcePolicyFor(url));
  }
  for (const [pattern, policy] of rules) {
    lines.push(pattern, `  Cross-Origin-Resource-Policy: ${policy}`);
    const open = OPEN_CORS.find((p) => pattern === p || pattern.startsWith(`${p}/`));
    if (open) lines.push('  Access-Control-Allow-Origin: *', '  Access-Control-Expose-Headers: ETag');
  }
  return `${lines.join('\n')}\n`;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The file beside the marker that records every exported file's hash and the settings it was written with. */
export const EXPORT_MANIFEST = '.privacydefend-manifest.json';

/** What an export records of itself, so `--incremental` knows what is on disk without reading it. */
export interface ExportManifest {
  format: 1;
  /** The settings that change bytes beyond the rendered ones: another value means every file is rewritten. */
  settings: {
    siteUrl: string;
    hsts: number;
    gzipLevel: number;
    brotliQuality: number;
    corrections: CorrectionTarget | null;
    /** Absent in a manifest written before the setting existed, which wrote both copies. */
    precompress?: readonly Precompressed[];
  };
  /** sha256 (hex) of each file's uncompressed bytes, by its path in the export. */
  files: Record<string, string>;
  /** The file each URL was written to. */
  urls?: Record<string, string>;
  /** What every page may depend on (the program's code, the catalog, the set of apps, the watch state): another value renders everything. */
  global?: string;
  /**
   * By slug, `<own> <peer> <category>`: `own` hashes the app's latest revision
   * (what its own pages show), `peer` what the pages of other apps read of it
   * (see peerView in peer-key.ts), so a change that moves neither renders only the pages
   * that show the app itself.
   */
  apps?: Record<string, string>;
}

/** The keys an incremental export compares to know which apps' pages may have changed. */
export interface DependencyKeys {
  global: string;
  apps: Record<string, string>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The dependency keys of a snapshot (see ExportManifest). */
export function dependencyKeys(snapshot: SiteSnapshot): DependencyKeys {
  const apps: Record<string, string> = {};
  const monitoring: unknown[] = [];
  for (const a of snapshot.apps) {
    const own = sha256(`${a.row.hash} ${a.row.revision} ${a.row.createdAt}`);
    // The category is kept readable, for the old category of an app that moved.
    apps[a.review.slug] = `${own} ${peerKey(a)} ${a.review.category}`;
    monitoring.push(snapshot.monitoring(a.review.slug) ?? null);
  }
  // The program's code too: another version may render any page otherwise.
  const global = sha256(JSON.stringify([programFingerprint(), snapshot.catalog, snapshot.unavailable, Object.keys(apps).sort(), monitoring]));
  return { global, apps };
}

/**
 * The apps each URL belongs to, for an incremental export (skippableUrls): by
 * the URL's place in `paths`, the indexes (in `snapshot.apps`) of its owners,
 * or null for a URL that belongs to no app and is always rendered again (home,
 * lists, feed, sitemap, search index, downloads). The owners of a review page,
 * its API entry and a comparison are the app(s) and their safer alternatives
 * (whose facts the trade-offs show); of a category's page and API entry,
 * every app in the category; of a badge or history, the app; the API's
 * description has none (the global key decides). They follow from what the
 * URL list follows from (urlListKey), so the build cache keeps them with it.
 */
export function urlOwners(snapshot: SiteSnapshot, paths: readonly string[]): UrlOwners {
  const indexOf = new Map(snapshot.apps.map((a, i) => [a.review.slug, i]));
  // Each app's own index and its alternatives', worked out once (a comparison asks for both of its apps').
  const alternativesOf = new Map<string, number[]>();
  const alternatives = (a: SiteApp): number[] => {
    let owners = alternativesOf.get(a.review.slug);
    if (!owners) {
      owners = [a.review.slug, ...saferAlternativeSlugs(a, snapshot.apps)].map((slug) => indexOf.get(slug) ?? -1);
      alternativesOf.set(a.review.slug, owners);
    }
    return owners;
  };
  const owners = new Map<string, number[]>();
  // A page has its German and French copies under /de and /fr (the badge and API have none).
  const prefixes = LOCALES.map((l) => (l === DEFAULT_LOCALE ? '' : `/${l}`));
  const members = new Map<string, number[]>();
  snapshot.apps.forEach((a, i) => {
    const slug = a.review.slug;
    const withAlternatives = alternatives(a);
    for (const url of [`/badge/${slug}.svg`, `/api/v1/apps/${slug}/history`]) owners.set(url, [i]);
    owners.set(`/api/v1/apps/${slug}`, withAlternatives);
    for (const prefix of prefixes) owners.set(`${prefix}/apps/${slug}`, withAlternatives);
    const list = members.get(a.review.category) ?? [];
    list.push(i);
    members.set(a.review.category, list);
  });
  for (const [a, b] of comparePairs(snapshot)) {
    const both = [...alternatives(a), ...alternatives(b)];
    for (const prefix of prefixes) owners.set(`${prefix}/compare/${a.review.slug}-vs-${b.review.slug}`, both);
  }
  for (const [category, apps] of members) {
    owners.set(`/api/v1/categories/${category}`, apps);
    for (const prefix of prefixes) owners.set(`${prefix}/categories/${category}`, apps);
  }
  // The API's description (the OpenAPI document and the reference page in every language) is the program's
  // own: the global key (which holds the program's hash) and the settings are all it depends on.
  for (const url of ['/api/v1/openapi.json', ...alternatePaths('/api').map((a) => a.path)]) owners.set(url, []);
  return paths.map((url) => owners.get(url) ?? null);
}

/** By a URL's place in the URL list, the indexes of the apps it belongs to, or null (urlOwners). */
export type UrlOwners = (number[] | null)[];

/**
 * Which URLs an incremental export may leave as they are, by their place in
 * the URL list (`owners`, urlOwners). None when the
 * global key changed (catalog and rubric, the set of apps, the watch state)
 * or the previous manifest has no keys of this format. Otherwise the URLs
 * that belong to apps are skipped when none of their owners changed and none
 * of their owners' categories is dirty: a category is dirty when an app in
 * it (or one that left it) changed what other pages read of it (its peer
 * key). A category's pages belong to its apps, so a dirty category's pages
 * are rendered again. Every URL that belongs to no app is always rendered.
 */
function skippableUrls(snapshot: SiteSnapshot, before: ExportManifest, now: DependencyKeys, owners: UrlOwners): (url: string, index: number) => boolean {
  if (!before.global || before.global !== now.global || !before.apps || !before.urls) return () => false;
  const old = before.apps;
  // An app that is gone changes its category's pages (and the list of apps: the global key says so already).
  for (const slug of Object.keys(old)) if (!(slug in now.apps)) return () => false;
  const changed = new Set<string>();
  const dirtyCategories = new Set<string>();
  for (const [slug, key] of Object.entries(now.apps)) {
    const was = old[slug];
    if (was === key) continue;
    const [, peer, category] = key.split(' ');
    const previous = was?.split(' ');
    // A new app changes the global key; a key of the older format (`<sha256> <category>`) can't be compared.
    if (previous?.length !== 3) return () => false;
    changed.add(slug);
    if (previous[1] !== peer || previous[2] !== category) {
      // It changed what the rest of its category reads, or moved: both categories' pages may change.
      dirtyCategories.add(category ?? '');
      dirtyCategories.add(previous[2] ?? '');
    }
  }
  const clean = snapshot.apps.map((a) => !changed.has(a.review.slug) && !dirtyCategories.has(a.review.category));
  const urls = before.urls;
  return (url, index) => {
    const apps = owners[index];
    return Array.isArray(apps) && url in urls && apps.every((i) => clean[i] === true);
  };
}

function isManifest(value: unknown): value is ExportManifest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ExportManifest>;
  return v.format === 1 && typeof v.settings === 'object' && v.settings !== null && typeof v.files === 'object' && v.files !== null;
}

/** The manifest of the export in `outDir`, or why there is none: missing, or unreadable (with the reason). */
async function manifestOf(outDir: string): Promise<{ manifest: ExportManifest; text: string } | { manifest?: undefined; problem: string }> {
  const file = join(outDir, EXPORT_MANIFEST);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? `no manifest of a previous export in ${outDir} (${EXPORT_MANIFEST})`
          : `the manifest ${file} can't be read (${code ?? String(err)})`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { problem: `the manifest ${file} can't be read (${err instanceof Error ? err.message : String(err)})` };
  }
  return isManifest(parsed) ? { manifest: parsed, text } : { problem: `the manifest ${file} can't be read (not a manifest of this format)` };
}

/** The manifest of the export in `outDir`, or undefined when there is none or it can't be read. */
export async function readManifest(outDir: string): Promise<ExportManifest | undefined> {
  return (await manifestOf(outDir)).manifest;
}

/** The copies an export writes, in one order, each once ("br,gzip"); a manifest without the setting wrote both. */
function precompressKey(precompress: readonly Precompressed[] | undefined): string {
  return [...new Set(precompress ?? DEFAULT_PRECOMPRESS)].sort().join();
}

function sameSettings(a: ExportManifest['settings'], b: ExportManifest['settings']): boolean {
  return (
    a.siteUrl === b.siteUrl &&
    a.hsts === b.hsts &&
    a.gzipLevel === b.gzipLevel &&
    a.brotliQuality === b.brotliQuality &&
    precompressKey(a.precompress) === precompressKey(b.precompress) &&
    // A manifest written before the setting was recorded has none: its correction links can't be trusted.
    JSON.stringify(a.corrections) === JSON.stringify(b.corrections)
  );
}

/** The files of one export: an exported file and its compressed copies (every one it may have: a stale copy is removed too). */
function copiesOf(relative: string): string[] {
  return [relative, `${relative}.gz`, `${relative}.br`];
}

/** "each with .gz and .br, the JSON download with .gz only", as the export's copies are. */
function copiesNote(precompress: readonly Precompressed[]): string {
  const gz = precompress.includes('gzip');
  const br = precompress.includes('br');
  if (gz && br) return 'each with .gz and .br, the JSON download with .gz only';
  if (gz) return 'each with .gz';
  if (br) return 'each with .br, except the JSON download';
  return 'no compressed copies';
}

/** What rendering every URL gave: each file's hash, the file of each URL, the URLs exported, their bytes, the files written. */
interface Rendered {
  files: Record<string, string>;
  urls: Record<string, string>;
  exported: string[];
  bytes: number;
  written: string[];
  skipped: number;
  /** URLs rendered by each thread, the main thread first. */
  threads: number[];
}

/**
 * The render threads to start beside the main thread. A thread first reads
 * and scores every app, as the main thread did, which costs about as much as
 * rendering a URL or two per app; so by default none is started for fewer
 * URLs than twice the apps (an incremental export after a few changes), where
 * it would cost more than it saves.
 */
function threadCount(opts: ExportOptions, jobs: number, apps: number): number {
  if (!opts.store || opts.store.sqlitePath === ':memory:') return 0;
  if (opts.threads !== undefined) return Math.max(0, opts.threads);
  return jobs < 2 * apps ? 0 : Math.max(0, availableParallelism() - 1);
}

/**
 * Render every URL on every thread, each writing its own files. In an
 * incremental export a URL nothing of which changed is not rendered at all,
 * and a file whose bytes hash as the manifest says is not written (so it
 * keeps its bytes and mtime).
 */
async function renderAll(
  app: WebApp,
  snapshot: SiteSnapshot,
  paths: readonly string[],
  total: number,
  opts: ExportOptions,
  settings: RenderSettings,
  previous: ExportManifest | undefined,
  cacheDir: string,
  skip: (url: string, index: number) => boolean = () => false,
): Promise<Rendered> {
  const out: Rendered = { files: {}, urls: {}, exported: [], bytes: 0, written: [], skipped: 0, threads: [] };
  let done = 0;
  const jobs: RenderJob[] = [];
  const spliced = splicesDownload(snapshot, paths);
  for (let i = 0; i < paths.length; i++) {
    const url = paths[i] as string;
    const kept = previous?.urls?.[url];
    const keptHash = kept === undefined ? undefined : previous?.files[kept];
    if (spliced && url === DOWNLOAD_PATHS.json) continue;
    if (kept !== undefined && keptHash !== undefined && !(kept in out.files) && skip(url, i)) {
      // Nothing it depends on changed: the file on disk is already what rendering would give.
      out.files[kept] = keptHash;
      out.urls[url] = kept;
      out.exported.push(url);
      out.skipped++;
      done++;
      opts.progress?.tick(done, total, url);
    } else jobs.push({ url, status: 200 });
  }
  jobs.push({ url: NOT_FOUND_PATH, status: 404, asFile: '404.html' });
  const record = (o: RenderOutcome) => {
    if (o.file in out.files) throw new RenderFailed({ url: o.url, message: `two URLs would both be written to ${o.file}` });
    out.files[o.file] = o.hash;
    out.urls[o.url] = o.file;
    out.bytes += o.bytes;
    out.exported.push(o.url);
    if (o.written) out.written.push(o.file);
    done++;
    opts.progress?.tick(done, total, o.url);
  };
  const threads = threadCount(opts, jobs.length, snapshot.apps.length);
  const pool = opts.store && threads > 0 ? { threads, data: { store: opts.store, settings, previous: previous?.files, version: snapshot.version } } : undefined;
  out.threads = await renderJobs(jobs, new Renderer(app, settings, previous?.files), pool, record);
  if (spliced) {
    record(await writeJsonDownload({ snapshot, settings, urls: out.urls, files: out.files, previous: previous?.files, cacheDir }));
    out.threads[0] = (out.threads[0] ?? 0) + 1;
  }
  return out;
}

/**
 * Whether the JSON download is written from the files of the apps' API
 * entries (/api/v1/apps/{slug}), which hold each app's review as the
 * download does, instead of building every app's review a second time: when
 * the download and every app's entry are exported.
 */
function splicesDownload(snapshot: SiteSnapshot, paths: readonly string[]): boolean {
  if (!paths.includes(DOWNLOAD_PATHS.json)) return false;
  const listed = new Set(paths);
  return snapshot.apps.every((a) => listed.has(appApiPath(a.review.slug)));
}

function appApiPath(slug: string): string {
  return `/api/v1/apps/${slug}`;
}

/** Keep what `site` read and scored in the build cache, for the next incremental export (scored-cache.ts). */
async function keepScored(site: SiteData, cacheDir: string): Promise<void> {
  const held = site.held();
  if (held) await writeScoredCache(cacheDir, held);
}

/** The file in the build cache that keeps the last export's URLs, in render order, under the key of all they were listed from (urlListKey). */
export const URL_LIST = 'urls.json';

interface KeptUrls {
  key: string;
  paths: string[];
  /** By each path's place, the apps it belongs to (urlOwners). */
  owners: UrlOwners;
}

function isKeptUrls(value: unknown): value is KeptUrls {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<KeptUrls>;
  // An entry of `owners` that is not an array of indexes makes its URL one that is always rendered (skippableUrls).
  return (
    typeof v.key === 'string' &&
    Array.isArray(v.paths) &&
    v.paths.every((p) => typeof p === 'string') &&
    Array.isArray(v.owners) &&
    v.owners.length === v.paths.length
  );
}

/**
 * What the export's URL list follows from: the program, the catalog and the
 * set of apps (the global key), the stylesheet's name, the extra URLs, and
 * each app, in the snapshot's order, with its category and what other apps'
 * pages read of it (its peer key: name, score, retirement, which decide the
 * comparisons and so the pages, the sitemap's parts and the render order);
 * not an app's own revision.
 */
function urlListKey(keys: DependencyKeys, stylesheet: string, extra: readonly string[]): string {
  const apps = Object.entries(keys.apps).map(([slug, key]) => `${slug} ${key.slice(key.indexOf(' ') + 1)}`);
  return sha256(JSON.stringify([keys.global, stylesheet, extra, apps]));
}

/**
 * Every URL to export, in render order (exportPaths), with the apps each
 * belongs to (urlOwners): in an update, the list the build cache keeps when
 * its key is this snapshot's (urlListKey), else listed again; with `keep`,
 * which writes the list into the build cache when it is not the one kept
 * there (called once the export succeeded).
 */
async function listPaths(
  snapshot: SiteSnapshot,
  stylesheet: string,
  extraPaths: ExportOptions['extraPaths'],
  keys: DependencyKeys,
  cacheDir: string,
  reuse: boolean,
): Promise<{ paths: string[]; owners: UrlOwners; keep?: () => Promise<void> }> {
  const extra = extraPaths ? [...extraPaths(snapshot)] : undefined;
  const key = urlListKey(keys, stylesheet, extra ?? []);
  const file = join(cacheDir, URL_LIST);
  if (reuse) {
    const kept = await readFile(file, 'utf8').then(
      (text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return undefined;
        }
      },
      () => undefined,
    );
    // A missing, unreadable or other list is not used: the URLs are listed again.
    if (isKeptUrls(kept) && kept.key === key) return { paths: kept.paths, owners: kept.owners };
  }
  const paths = [...exportPaths(snapshot, stylesheet, extra ? () => extra : undefined)];
  const owners = urlOwners(snapshot, paths);
  const keep = async () => {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(`${file}.tmp`, JSON.stringify({ key, paths, owners } satisfies KeptUrls));
    await rename(`${file}.tmp`, file);
  };
  return { paths, owners, keep };
}

/** Whether `urls` (the URLs exported now) are exactly the URLs of the previous manifest. */
function sameUrls(previous: Record<string, string> | undefined, urls: readonly string[]): boolean {
  if (!previous) return false;
  const seen = new Set(urls);
  if (seen.size !== Object.keys(previous).length) return false;
  for (const url of seen) if (!(url in previous)) return false;
  return true;
}

/** Write `text` to `file` unless it already holds exactly that. */
async function writeIfChanged(file: string, text: string): Promise<void> {
  const now = await readFile(file, 'utf8').catch(() => undefined);
  if (now !== text) await writeFile(file, text);
}

/**
 * Export the public site into `outDir`, replacing what is there only when every file was written.
 * With `incremental`, update a previous export in place instead: only files
 * whose bytes change are written, files no longer exported are removed.
 * @example await exportSite({ site, siteUrl: 'https://privacydefend.org', outDir: 'dist' });
 */
export async function exportSite(opts: ExportOptions): Promise<ExportResult> {
  const outDir = resolve(opts.outDir);
  await checkExportTarget(outDir, opts.force);
  const cacheDir = resolve(opts.cacheDir ?? defaultCacheDir(outDir));
  checkCacheDir(cacheDir, outDir);
  if (opts.incremental) {
    // What the previous export read and scored: only apps with another revision are read and scored again.
    const held = await readScoredCache(cacheDir);
    if (held) opts.site.seed(held);
  }
  const site = new ExportSiteData(opts.site);
  const hsts = opts.hstsMaxAge ?? hstsMaxAge(opts.siteUrl, undefined);
  const app = exportApp(site, { siteUrl: opts.siteUrl, hsts });
  const snapshot = await site.snapshot();
  const stylesheet = (await (await app.request('/')).text()).match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
  if (!stylesheet) throw new ExportError('/', 'the home page names no stylesheet');
  const keys = dependencyKeys(snapshot);
  // Listed once (listing every page, comparison and sitemap part costs as much as rendering a few pages),
  // or, in an update, kept from the last export when nothing it follows from changed.
  const { paths, owners, keep: keepUrls } = await listPaths(snapshot, stylesheet, opts.extraPaths, keys, cacheDir, opts.incremental === true);
  const total = paths.length + 1;
  const settings = {
    siteUrl: opts.siteUrl,
    hsts,
    gzipLevel: opts.gzipLevel ?? DEFAULT_GZIP_LEVEL,
    brotliQuality: opts.brotliQuality ?? DEFAULT_BROTLI_QUALITY,
    corrections: opts.corrections ?? null,
    precompress: [...new Set(opts.precompress ?? DEFAULT_PRECOMPRESS)].sort(),
  };
  const found = opts.incremental ? await manifestOf(outDir) : undefined;
  const before = found?.manifest;
  if (found && !found.manifest) opts.progress?.end(`${found.problem}: exporting everything`);
  else if (before && !sameSettings(before.settings, settings))
    opts.progress?.end('the previous export was written with other settings (site URL, HSTS, compression or corrections): exporting everything');
  const render = (root: string, atomic: boolean): RenderSettings => ({ ...settings, corrections: opts.corrections, root, atomic });
  if (before && sameSettings(before.settings, settings))
    return updateInPlace(opts, outDir, cacheDir, app, snapshot, paths, owners, keys, keepUrls, settings, render(outDir, true), before, found.text);

  const tmp = join(dirname(outDir), `.${basename(outDir)}.export-${process.pid}-${randomBytes(4).toString('hex')}`);
  let rendered: Rendered;
  try {
    await mkdir(tmp, { recursive: true });
    rendered = await renderAll(app, snapshot, paths, total, opts, render(tmp, false), undefined, cacheDir);
    await writeFile(join(tmp, '_headers'), headersFile(rendered.exported, hsts));
    await writeFile(join(tmp, EXPORT_MARKER), MARKER_TEXT);
    await writeFile(join(tmp, EXPORT_MANIFEST), manifestText(settings, rendered, keys));
    await keepScored(opts.site, cacheDir);
    await keepUrls?.();
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    if (err instanceof ExportError) throw err;
    throw new ExportError('(writing files)', err instanceof Error ? err.message : String(err));
  }
  // Swap in the new export: the old one is moved aside first and removed only after the new one is in place.
  const old = `${tmp}.old`;
  // Checked again: the folder may have been filled while the site was rendered.
  try {
    await checkExportTarget(outDir, opts.force);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  const hadOld = await exists(outDir);
  if (hadOld) await rename(outDir, old);
  try {
    await rename(tmp, outDir);
  } catch (err) {
    if (hadOld) await rename(old, outDir);
    await rm(tmp, { recursive: true, force: true });
    throw new ExportError('(replacing the output folder)', err instanceof Error ? err.message : String(err));
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
  const count = Object.keys(rendered.files).length;
  reportSkipped(opts, snapshot);
  opts.progress?.end(
    `exported ${rendered.exported.length} URLs (${count} files, ${(rendered.bytes / 1e6).toFixed(1)} MB before compression, ${copiesNote(settings.precompress)}) to ${outDir}${threadsNote(rendered.threads)}`,
  );
  return { outDir, files: count, bytes: rendered.bytes, written: rendered.written, removed: [], skipped: 0, threads: rendered.threads };
}

/** `o` with its keys in order: sort() without a comparator orders strings by UTF-16 code units, as `<` does, without a call per comparison. */
function sortedKeys<T>(o: Record<string, T>): Record<string, T> {
  // No prototype: a key is only ever a property of its own.
  const sorted = Object.create(null) as Record<string, T>;
  for (const key of Object.keys(o).sort()) sorted[key] = o[key] as T;
  return sorted;
}

export function manifestText(
  settings: ExportManifest['settings'],
  rendered: { files: Record<string, string>; urls: Record<string, string> },
  keys: DependencyKeys,
): string {
  // In path order, so the same export always writes the same manifest.
  const manifest: ExportManifest = {
    format: 1,
    settings,
    files: sortedKeys(rendered.files),
    urls: sortedKeys(rendered.urls),
    global: keys.global,
    apps: sortedKeys(keys.apps),
  };
  return `${JSON.stringify(manifest)}\n`;
}

/**
 * The manifest manifestText would write, made from the previous one's text
 * when this export has the same files and sends each URL to the same file as
 * it did: its text with the hashes of the files whose bytes changed put in
 * place (a sha256 is always 64 hex digits), and the keys at its end written
 * again, instead of sorting and serialising 119,409 files and URLs again at
 * 10,000 apps. Undefined when it can't be made so (then manifestText is used):
 * another set of files or URLs, other settings, or a text not laid out as
 * manifestText lays it out.
 */
export function splicedManifestText(
  text: string,
  before: ExportManifest,
  settings: ExportManifest['settings'],
  rendered: { files: Record<string, string>; urls: Record<string, string> },
  keys: DependencyKeys,
): string | undefined {
  const head = `{"format":1,"settings":${JSON.stringify(settings)},"files":{`;
  if (!text.startsWith(head) || !before.urls) return undefined;
  // A `,"` can't be inside a JSON string (its quote would be escaped), so these are the manifest's own keys.
  const urlsAt = text.indexOf(',"urls":{', head.length);
  const globalAt = text.lastIndexOf(',"global":');
  if (urlsAt < 0 || globalAt < urlsAt || !text.endsWith('}\n')) return undefined;
  const fileNames = Object.keys(rendered.files);
  if (fileNames.length !== Object.keys(before.files).length) return undefined;
  const urls = Object.keys(rendered.urls);
  if (urls.length !== Object.keys(before.urls).length) return undefined;
  for (const url of urls) if (before.urls[url] !== rendered.urls[url]) return undefined;
  const changed: [at: number, hash: string][] = [];
  for (const file of fileNames) {
    const was = before.files[file];
    const hash = rendered.files[file] as string;
    if (was === undefined) return undefined;
    if (was === hash) continue;
    const entry = `${JSON.stringify(file)}:"`;
    const at = text.indexOf(entry, head.length);
    const found = at > 0 && at < urlsAt && (text[at - 1] === '{' || text[at - 1] === ',');
    if (!found || !/^[0-9a-f]{64}$/.test(hash) || text.slice(at + entry.length, at + entry.length + 65) !== `${was}"`) return undefined;
    changed.push([at + entry.length, hash]);
  }
  changed.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [at, hash] of changed) {
    parts.push(text.slice(from, at), hash);
    from = at + hash.length;
  }
  parts.push(text.slice(from, globalAt), `,"global":${JSON.stringify(keys.global)},"apps":${JSON.stringify(sortedKeys(keys.apps))}}\n`);
  return parts.join('');
}

/** ", rendered on 2 threads (5,210 + 4,720 URLs)" when render threads took part. */
function threadsNote(threads: readonly number[]): string {
  return threads.length > 1 ? `, rendered on ${threads.length} threads (${threads.join(' + ')} URLs)` : '';
}

function reportSkipped(opts: ExportOptions, snapshot: SiteSnapshot): void {
  const skipped = skippedPaths(snapshot, opts.extraPaths);
  if (skipped.length > 0)
    opts.progress?.end(
      `left out ${skipped.length} URL${skipped.length === 1 ? '' : 's'} with a query string (static hosts can't serve them), e.g. ${skipped[0]}`,
    );
}

/**
 * The incremental export: every URL that may have changed is rendered and
 * hashed, and only files whose hash differs from the manifest are written (each through a temporary
 * name and a rename, so a reader never sees half a file). The manifest is
 * removed first and written last, so an export stopped half-way is not
 * trusted by the next `--incremental`, which then exports everything.
 */
async function updateInPlace(
  opts: ExportOptions,
  outDir: string,
  cacheDir: string,
  app: WebApp,
  snapshot: SiteSnapshot,
  paths: readonly string[],
  owners: UrlOwners,
  keys: DependencyKeys,
  keepUrls: (() => Promise<void>) | undefined,
  settings: ExportManifest['settings'],
  renderSettings: RenderSettings,
  before: ExportManifest,
  beforeText: string,
): Promise<ExportResult> {
  await rm(join(outDir, EXPORT_MANIFEST), { force: true });
  let rendered: Rendered;
  try {
    rendered = await renderAll(app, snapshot, paths, paths.length + 1, opts, renderSettings, before, cacheDir, skippableUrls(snapshot, before, keys, owners));
    const removed = Object.keys(before.files).filter((f) => !(f in rendered.files));
    await Promise.all(removed.flatMap(copiesOf).map((f) => rm(join(outDir, f), { force: true })));
    // _headers follows from the set of URLs, the HSTS setting and the program: when none changed, the file is as it was.
    if (before.global !== keys.global || !sameUrls(before.urls, rendered.exported) || !(await exists(join(outDir, '_headers'))))
      await writeIfChanged(join(outDir, '_headers'), headersFile(rendered.exported, settings.hsts));
    await writeIfChanged(join(outDir, EXPORT_MARKER), MARKER_TEXT);
    await keepScored(opts.site, cacheDir);
    await keepUrls?.();
    // Kept inside the export before the build cache existed: it is no file of the site.
    await rm(join(outDir, LEGACY_SCORED_CACHE), { force: true });
    const manifest = splicedManifestText(beforeText, before, settings, rendered, keys) ?? manifestText(settings, rendered, keys);
    await writeFile(join(outDir, `${EXPORT_MANIFEST}.tmp`), manifest);
    await rename(join(outDir, `${EXPORT_MANIFEST}.tmp`), join(outDir, EXPORT_MANIFEST));
    const count = Object.keys(rendered.files).length;
    reportSkipped(opts, snapshot);
    opts.progress?.end(
      `updated ${outDir}: ${rendered.written.length} of ${count} files changed (${copiesNote(renderSettings.precompress)}), ${removed.length} removed, the rest untouched; ${rendered.skipped} URLs not rendered again (nothing they depend on changed)${threadsNote(rendered.threads)}`,
    );
    return { outDir, files: count, bytes: rendered.bytes, written: rendered.written, removed, skipped: rendered.skipped, threads: rendered.threads };
  } catch (err) {
    if (err instanceof ExportError) throw err;
    throw new ExportError('(writing files)', err instanceof Error ? err.message : String(err));
  }
}
