import { importDataset } from '../../dataset/import.ts';
import { DatasetError } from '../../dataset/load.ts';
import { SiteData } from '../../web/site-data.ts';
import {
  exportSite,
  ExportError,
  ExportTargetError,
  checkCacheDir,
  checkExportTarget,
  defaultCacheDir,
  DEFAULT_BROTLI_QUALITY,
  DEFAULT_PRECOMPRESS,
} from '../../export/export-site.ts';
import type { Precompressed } from '../../export/renderer.ts';
import { progressReporter } from '../../export/progress.ts';
import { hstsMaxAge } from '../../web/http/security.ts';
import { CorrectionTargetError, correctionTarget, type CorrectionTarget } from '../../web/edit/suggest-link.tsx';
import { apiExportPaths } from '../../export/api-paths.ts';
import { printable, printableLines } from '../../domain/printable.ts';
import { DEFAULT_DATA_DIR, RevisionMetaError, editorName, openCommandStore, parseCommandArgs, projectPath, storeEnv, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend build --out DIR [--incremental] [--cache DIR] [--force] [--site-url URL] [--corrections URL|mailto:ADDRESS] [--data DIR] [--brotli-quality 0-11] [--precompress gzip,br|gzip|br|none] [--db FILE | --database URL]

Writes the whole public site as static files into DIR for any static host:
every page as <path>/index.html (/apps/signal → apps/signal/index.html), the
assets, search index, feed, sitemap, robots.txt, badges, 404.html and the API's
GET responses, each with precompressed .gz and .br copies (--precompress: which
ones; none for a host that compresses as it serves). The files hold the
same bytes the server sends. DIR is replaced only when the export succeeds,
and only when it is new, empty or a previous export (it holds the
.privacydefend-export file every export writes); --force replaces another
non-empty folder. The working directory, or a folder holding it, is always refused.
--incremental updates a previous export in place instead: only the URLs that
may have changed are rendered (the pages of changed apps and of their
categories, and the site-wide ones), and only files whose bytes changed are
written (the export's .privacydefend-manifest.json records each file's hash
and what it depends on; the build cache keeps the list of URLs, the JSON
download's compressed pieces and every app's score, so only apps with a new
revision are read and scored again); without a manifest, or after a change of site URL, HSTS,
compression, --precompress or --corrections, it exports everything.
--cache DIR is the build cache, outside DIR (it is not uploaded with the
site): default .<name of DIR>.privacydefend-cache beside DIR (--out dist →
.dist.privacydefend-cache). A cache written by another version of the
program, or one that can't be read, is not used.
--brotli-quality defaults to ${DEFAULT_BROTLI_QUALITY} (as small as 9 here, far faster).
SITE_URL (or --site-url) sets the origin of canonical links, feed and sitemap;
HSTS_MAX_AGE the Strict-Transport-Security max-age written to _headers (default
two years when the site URL is https, none otherwise; 0 turns it off).
No editor runs on a static host, so the pages' "Suggest a correction" links
go where --corrections (or CORRECTIONS_URL) says: the origin of a server
running the editor (https://edit.example.org: the links open its form) or
mailto:ADDRESS (the links open a prefilled email); without it they are left out.`;

/** The copies --precompress names ("gzip,br", "gzip", "br", "none"; default both), or the message saying what is wrong. */
function precompressOf(text: string | undefined): Precompressed[] | string {
  if (text === undefined) return [...DEFAULT_PRECOMPRESS];
  if (text.trim() === 'none') return [];
  const names = text.split(',').map((n) => n.trim());
  const wrong = names.find((n) => n !== 'gzip' && n !== 'br');
  if (wrong !== undefined || names.length === 0)
    return `--precompress must be gzip, br, both (gzip,br) or none, not "${printable(text)}"${wrong ? ` ("${printable(wrong)}" is none of them)` : ''}`;
  return names as Precompressed[];
}

export async function runBuild(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      ...storeFlags,
      out: { type: 'string' },
      cache: { type: 'string' },
      'site-url': { type: 'string' },
      corrections: { type: 'string' },
      data: { type: 'string' },
      'brotli-quality': { type: 'string' },
      precompress: { type: 'string' },
      force: { type: 'boolean' },
      incremental: { type: 'boolean' },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const out = parsed.values.out;
  if (!out) {
    console.error(`--out is required: the folder to write the site into\n\n${USAGE}`);
    return 2;
  }
  const qualityText = parsed.values['brotli-quality'] ?? String(DEFAULT_BROTLI_QUALITY);
  const brotliQuality = Number(qualityText);
  if (!Number.isInteger(brotliQuality) || brotliQuality < 0 || brotliQuality > 11) {
    console.error(`--brotli-quality must be a whole number from 0 to 11, not "${printable(qualityText)}"`);
    return 2;
  }
  const precompress = precompressOf(parsed.values.precompress);
  if (typeof precompress === 'string') {
    console.error(precompress);
    return 2;
  }
  const siteUrlText = parsed.values['site-url'] ?? process.env.SITE_URL;
  if (!siteUrlText) console.error('note: no --site-url or SITE_URL given; canonical links will use http://localhost:3000');
  const siteUrl = (siteUrlText ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(siteUrl)) {
    console.error(`--site-url must be an origin such as https://privacydefend.org, not "${printable(siteUrl)}"`);
    return 2;
  }

  let corrections: CorrectionTarget;
  try {
    corrections = correctionTarget(parsed.values.corrections ?? process.env.CORRECTIONS_URL);
  } catch (err) {
    if (!(err instanceof CorrectionTargetError)) throw err;
    console.error(`--corrections: ${printable(err.message)}`);
    return 2;
  }
  if (corrections === undefined) console.error('note: no --corrections or CORRECTIONS_URL given; the pages\' "Suggest a correction" links are left out');

  const force = parsed.values.force === true;
  let author: string;
  let hsts: number;
  try {
    author = editorName(undefined);
    hsts = hstsMaxAge(siteUrl, process.env.HSTS_MAX_AGE);
    // Before opening anything: a folder that must not be replaced is refused at once.
    await checkExportTarget(out, force);
    checkCacheDir(parsed.values.cache ?? defaultCacheDir(out), out);
  } catch (err) {
    if (err instanceof RevisionMetaError || err instanceof RangeError) {
      console.error(printable(err.message));
      return 2;
    }
    if (err instanceof ExportTargetError) {
      console.error(printableLines(err.message));
      return 1;
    }
    throw err;
  }

  const store = await openCommandStore(args);
  try {
    await store.migrate();
    if (!(await store.catalog())) {
      const dir = parsed.values.data ?? DEFAULT_DATA_DIR;
      try {
        const { result } = await importDataset(store, dir, { author, note: `Imported from ${projectPath(dir)} for a static export` });
        console.error(`empty database: imported ${result.added.length} apps from ${printable(dir)}`);
      } catch (err) {
        if (err instanceof DatasetError) {
          console.error(`${err.message}\n\nThe dataset in ${printable(dir)} has problems; nothing was exported.`);
          return 1;
        }
        throw err;
      }
    }
    const extraPaths = await apiExportPaths();
    await exportSite({
      site: new SiteData(store),
      // Render threads open the same database themselves.
      store: storeEnv(args),
      siteUrl,
      outDir: out,
      ...(parsed.values.cache ? { cacheDir: parsed.values.cache } : {}),
      force,
      incremental: parsed.values.incremental === true,
      hstsMaxAge: hsts,
      corrections,
      brotliQuality,
      precompress,
      progress: progressReporter(process.stderr),
      ...(extraPaths ? { extraPaths } : {}),
    });
    return 0;
  } catch (err) {
    if (err instanceof ExportError || err instanceof ExportTargetError) {
      console.error(`\n${printableLines(err.message)}\nThe previous contents of ${printable(out)} (if any) are untouched.`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}
