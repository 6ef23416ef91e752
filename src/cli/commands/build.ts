import { openStore } from '../../store/index.ts';
import { importDataset } from '../../dataset/import.ts';
import { DatasetError } from '../../dataset/load.ts';
import { SiteData } from '../../web/site-data.ts';
import { exportSite, ExportError } from '../../export/export-site.ts';
import { progressReporter } from '../../export/progress.ts';
import { apiExportPaths } from '../../export/api-paths.ts';
import { DEFAULT_DATA_DIR, datasetLabel, parseCommandArgs, storeEnv, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend build --out DIR [--site-url URL] [--data DIR] [--brotli-quality 0-11] [--db FILE | --database URL]

Writes the whole public site as static files into DIR for any static host:
every page as <path>/index.html (/apps/signal → apps/signal/index.html), the
assets, search index, feed, sitemap, robots.txt, badges, 404.html and the API's
GET responses, each with precompressed .gz and .br copies. The files hold the
same bytes the server sends. DIR is replaced only when the export succeeds.
SITE_URL (or --site-url) sets the origin of canonical links, feed and sitemap.`;

export async function runBuild(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { ...storeFlags, out: { type: 'string' }, 'site-url': { type: 'string' }, data: { type: 'string' }, 'brotli-quality': { type: 'string' } },
    USAGE,
  );
  if (!parsed) return 2;
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const out = parsed.values.out;
  if (!out) {
    console.error(`--out is required: the folder to write the site into\n\n${USAGE}`);
    return 2;
  }
  const qualityText = parsed.values['brotli-quality'] ?? '9';
  const brotliQuality = Number(qualityText);
  if (!Number.isInteger(brotliQuality) || brotliQuality < 0 || brotliQuality > 11) {
    console.error(`--brotli-quality must be a whole number from 0 to 11, not "${qualityText}"`);
    return 2;
  }
  const siteUrlText = parsed.values['site-url'] ?? process.env.SITE_URL;
  if (!siteUrlText) console.error('note: no --site-url or SITE_URL given; canonical links will use http://localhost:3000');
  const siteUrl = (siteUrlText ?? 'http://localhost:3000').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(siteUrl)) {
    console.error(`--site-url must be an origin such as https://privacydefend.org, not "${siteUrl}"`);
    return 2;
  }

  const store = await openStore(storeEnv(args));
  try {
    await store.migrate();
    if (!(await store.catalog())) {
      const dir = parsed.values.data ?? DEFAULT_DATA_DIR;
      try {
        const { result } = await importDataset(store, dir, { author: 'build', note: `Imported from ${datasetLabel(dir)} for a static export` });
        console.error(`empty database: imported ${result.added.length} apps from ${dir}`);
      } catch (err) {
        if (err instanceof DatasetError) {
          console.error(`${err.message}\n\nThe dataset in ${dir} has problems; nothing was exported.`);
          return 1;
        }
        throw err;
      }
    }
    const extraPaths = await apiExportPaths();
    await exportSite({
      site: new SiteData(store),
      siteUrl,
      outDir: out,
      brotliQuality,
      progress: progressReporter(process.stderr),
      ...(extraPaths ? { extraPaths } : {}),
    });
    return 0;
  } catch (err) {
    if (err instanceof ExportError) {
      console.error(`\n${err.message}\nThe previous contents of ${out} (if any) are untouched.`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}
