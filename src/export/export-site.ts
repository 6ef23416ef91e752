/**
 * The static export: every public URL of the site requested from the real
 * app (so a file holds exactly the bytes the server sends for its URL),
 * written with precompressed .gz and .br copies into a temporary folder beside
 * the target, which replaces the target only once everything succeeded.
 */
import { ExportError } from './errors.ts';
import { mkdir, readdir, rename, rm, writeFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, basename, relative, isAbsolute } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { createApp } from '../web/app.tsx';
import { SiteData, type SiteSnapshot } from '../web/site-data.ts';
import { buildReviewPage } from '../narrative/page.ts';
import { commonSecurityHeaders, hstsMaxAge, resourcePolicyFor } from '../web/http/security.ts';
import { sitePages, siteFiles } from '../web/sitemap/site-paths.ts';
import { sitemapParts } from '../web/sitemap/sitemap.ts';
import { allScriptPaths } from '../web/assets/scripts.ts';
import { exportCorrectionLinks, type CorrectionTarget } from '../web/edit/suggest-link.tsx';
import { exportFilePath } from './file-path.ts';
import type { Progress } from './progress.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The path the export requests to render the not-found page, written as 404.html. */
export const NOT_FOUND_PATH = '/404';

export interface ExportOptions {
  site: SiteData;
  siteUrl: string;
  outDir: string;
  progress?: Progress;
  /** Responses rendered and compressed at once (bounds memory). */
  concurrency?: number;
  /** 0..11; 11 is smallest and slowest. */
  brotliQuality?: number;
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
  files: number;
  bytes: number;
}

/**
 * A SiteData whose snapshots don't keep every review page model: the export
 * renders each page once, so caching 10,000 models would only hold memory.
 * The models come from the same pure function, so the bytes are the same.
 */
class StreamingSiteData extends SiteData {
  private wrapped: SiteSnapshot | undefined;

  constructor(private readonly inner: SiteData) {
    super(inner.store);
  }

  override async snapshot(): Promise<SiteSnapshot> {
    const snap = await this.inner.snapshot();
    if (this.wrapped?.version !== snap.version) {
      this.wrapped = {
        ...snap,
        page(slug, locale) {
          const app = snap.bySlug.get(slug);
          return app ? buildReviewPage(app, snap.apps, snap.catalog, locale) : undefined;
        },
      };
    }
    return this.wrapped;
  }
}

/**
 * Every URL path of the public site, for one snapshot, in a stable order.
 * @example [...exportPaths(snapshot, stylesheet)].includes('/apps/signal') // true
 */
export function* exportPaths(snapshot: SiteSnapshot, stylesheet: string, extra?: (s: SiteSnapshot) => Iterable<string>): Generator<string> {
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

/**
 * Export the public site into `outDir`, replacing what is there only when every file was written.
 * @example await exportSite({ site, siteUrl: 'https://privacydefend.org', outDir: 'dist' });
 */
export async function exportSite(opts: ExportOptions): Promise<ExportResult> {
  const outDir = resolve(opts.outDir);
  await checkExportTarget(outDir, opts.force);
  const site = new StreamingSiteData(opts.site);
  // Each page is requested once, so the app's page cache would only hold memory.
  const hsts = opts.hstsMaxAge ?? hstsMaxAge(opts.siteUrl, undefined);
  const app = createApp({ site, siteUrl: opts.siteUrl, pageCacheLimit: 0, hstsMaxAge: hsts });
  const snapshot = await site.snapshot();
  const stylesheet = (await (await app.request('/')).text()).match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
  if (!stylesheet) throw new ExportError('/', 'the home page names no stylesheet');

  const total = [...exportPaths(snapshot, stylesheet, opts.extraPaths)].length + 1;
  const paths = exportPaths(snapshot, stylesheet, opts.extraPaths);
  const tmp = join(dirname(outDir), `.${basename(outDir)}.export-${process.pid}-${randomBytes(4).toString('hex')}`);
  const quality = opts.brotliQuality ?? 9;
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  let done = 0;
  let bytes = 0;
  const written = new Set<string>();
  const exported: string[] = [];

  async function writeAll(relative: string, body: Uint8Array, url: string) {
    if (written.has(relative)) throw new ExportError(url, `two URLs would both be written to ${relative}`);
    written.add(relative);
    const file = join(tmp, relative);
    await mkdir(dirname(file), { recursive: true });
    const [gz, br] = await Promise.all([
      gzipAsync(body, { level: 9 }),
      brotliAsync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: body.byteLength } }),
    ]);
    await Promise.all([writeFile(file, body), writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
    bytes += body.byteLength;
  }

  async function exportOne(url: string, expectStatus: number, asFile?: string) {
    let res: Response;
    try {
      res = await app.request(url);
    } catch (err) {
      throw new ExportError(url, err instanceof Error ? err.message : String(err));
    }
    if (res.status !== expectStatus) throw new ExportError(url, `the server answered ${res.status}, not ${expectStatus}`);
    const type = res.headers.get('content-type') ?? '';
    // The one change to the server's bytes: /edit/corrections/new does not exist on a static host.
    const body = type.startsWith('text/html')
      ? new TextEncoder().encode(exportCorrectionLinks(await res.text(), opts.corrections))
      : new Uint8Array(await res.arrayBuffer());
    let relative: string;
    try {
      relative = asFile ?? exportFilePath(url, type);
    } catch (err) {
      throw new ExportError(url, err instanceof Error ? err.message : String(err));
    }
    await writeAll(relative, body, url);
    exported.push(url);
    done++;
    opts.progress?.tick(done, total, url);
  }

  try {
    await mkdir(tmp, { recursive: true });
    // A few workers pull from one generator: at most `concurrency` responses are in memory at once.
    const next = (): string | undefined => {
      const r = paths.next();
      return r.done ? undefined : r.value;
    };
    let failed = false;
    const outcomes = await Promise.allSettled(
      Array.from({ length: concurrency }, async () => {
        try {
          for (let url = next(); url !== undefined && !failed; url = next()) await exportOne(url, 200);
        } catch (err) {
          failed = true;
          throw err;
        }
      }),
    );
    const failure = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failure) throw failure.reason;
    await exportOne(NOT_FOUND_PATH, 404, '404.html');
    await writeFile(join(tmp, '_headers'), headersFile(exported, hsts));
    await writeFile(join(tmp, EXPORT_MARKER), MARKER_TEXT);
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
  const skipped = skippedPaths(snapshot, opts.extraPaths);
  if (skipped.length > 0)
    opts.progress?.end(
      `left out ${skipped.length} URL${skipped.length === 1 ? '' : 's'} with a query string (static hosts can't serve them), e.g. ${skipped[0]}`,
    );
  opts.progress?.end(`exported ${done} URLs (${written.size} files, ${(bytes / 1e6).toFixed(1)} MB before compression, each with .gz and .br) to ${outDir}`);
  return { outDir, files: written.size, bytes };
}
