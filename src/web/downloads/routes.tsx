/** /downloads/: the page and the JSON and CSV files, each built once per data version and served with an ETag. */
import type { Context, Hono } from 'hono';
import { etagOf, fresh } from '../http/etag.ts';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { SiteSnapshot } from '../site-data.ts';
import { datasetCsv, datasetJsonText, DOWNLOAD_PATHS, DOWNLOAD_TYPES } from './files.ts';
import { DownloadsView } from './view.tsx';
import { alternatePaths } from '../http/locale-paths.ts';

interface Built {
  version: string;
  body: string;
  etag: string;
}

/** A file rebuilt only when the data version changes. */
function cachedFile(build: (snapshot: SiteSnapshot) => string) {
  let built: Built | undefined;
  return function fileFor(snapshot: SiteSnapshot): Built {
    if (built?.version !== snapshot.version) {
      const body = build(snapshot);
      built = { version: snapshot.version, body, etag: etagOf(body) };
    }
    return built;
  };
}

function serveFile(c: Context, file: Built, type: string, filename: string) {
  c.header('ETag', file.etag);
  c.header('Cache-Control', 'public, max-age=300, must-revalidate');
  c.header('Access-Control-Allow-Origin', '*');
  if (fresh(c, file.etag)) return c.body(null, 304);
  c.header('Content-Type', type);
  c.header('Content-Disposition', `inline; filename="${filename}"`);
  return c.body(file.body);
}

/** Register the routes of this module. @example registerDownloads(app, deps) */
export function registerDownloads(app: Hono, deps: RouteDeps): void {
  const json = cachedFile((s) => datasetJsonText(s, deps.siteUrl));
  const csv = cachedFile((s) => datasetCsv(s));

  app.get('/downloads', (c) => c.redirect(DOWNLOAD_PATHS.page, 301));
  // the page in every language (/downloads/, /de/downloads/, /fr/downloads/); the files exist once
  for (const { path } of alternatePaths(DOWNLOAD_PATHS.page)) {
    app.get(path, (c) =>
      deps.page(c, async (ctx) => ({
        html: String(
          await (<DownloadsView apps={ctx.snapshot.apps.length} dataVersion={ctx.snapshot.version} siteUrl={deps.siteUrl} meta={ctx.meta} />).toString(),
        ),
      })),
    );
  }
  app.get(DOWNLOAD_PATHS.json, async (c) => {
    const { snapshot } = await deps.routeContext();
    return serveFile(c, json(snapshot), DOWNLOAD_TYPES.json, 'privacydefend.json');
  });
  app.get(DOWNLOAD_PATHS.csv, async (c) => {
    const { snapshot } = await deps.routeContext();
    return serveFile(c, csv(snapshot), DOWNLOAD_TYPES.csv, 'privacydefend.csv');
  });
}
