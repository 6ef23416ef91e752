import { printable } from '../../domain/printable.ts';
import type { Store } from '../../store/index.ts';
import { createApp } from '../../web/app.tsx';
import { hstsMaxAge } from '../../web/http/security.ts';
import { startServer } from '../../web/http/server.ts';
import { SiteData } from '../../web/site-data.ts';
import { DEFAULT_DATA_DIR, RevisionMetaError, editorName, openCommandStore, parseCommandArgs, projectPath, storeEnv, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend serve [--port N] [--host ADDR] [--site-url URL] [--data DIR] [--watch] [--db FILE | --database URL]

Serves the site. On an empty database it first imports the dataset (default data/).
PORT (default 3000) and HOST (default 127.0.0.1) may also be set in the environment;
SITE_URL sets the origin used in canonical links (default http://localhost:PORT);
HSTS_MAX_AGE the Strict-Transport-Security max-age in seconds (default two years
when SITE_URL is https, none otherwise; 0 turns it off). PRIVACYDEFEND_EDITOR
names who signs the first import's revisions (default "PrivacyDefend").
--watch also runs the document watcher in this process (see privacydefend watch --help).`;

/**
 * How often the server asks the store for its data version (one small query):
 * an edit or import is served at most this long, plus the refresh and the
 * page's rendering, after it commits (issue #14 goal 6: within 2 s at
 * 10,000 apps; at 1 s, the wait alone was half of that, see bench/README.md).
 */
const DATA_RECHECK_MS = 250;

export async function runServe(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { ...storeFlags, port: { type: 'string' }, host: { type: 'string' }, 'site-url': { type: 'string' }, data: { type: 'string' }, watch: { type: 'boolean' } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const portText = parsed.values.port ?? process.env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`port must be a whole number from 0 to 65535, not "${printable(portText)}"`);
    return 2;
  }
  const host = parsed.values.host ?? process.env.HOST ?? '127.0.0.1';
  const siteUrl = (parsed.values['site-url'] ?? process.env.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  let author: string;
  let hsts: number;
  try {
    author = editorName(undefined);
    hsts = hstsMaxAge(siteUrl, process.env.HSTS_MAX_AGE);
  } catch (err) {
    if (!(err instanceof RevisionMetaError) && !(err instanceof RangeError)) throw err;
    console.error(printable(err.message));
    return 2;
  }
  const store = await openCommandStore(args);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    await store.migrate();
    if (!(await store.catalog())) {
      // Loaded only for the first start: later starts don't pay for the dataset reader and its checks.
      const { importDataset } = await import('../../dataset/import.ts');
      const dir = parsed.values.data ?? DEFAULT_DATA_DIR;
      const { result } = await importDataset(store, dir, { author, note: `Imported from ${projectPath(dir)} on first start` });
      console.log(`empty database: imported ${result.added.length} apps from ${printable(dir)}`);
    }
    server = await startServer(createApp({ site: new SiteData(store, DATA_RECHECK_MS), siteUrl, hstsMaxAge: hsts }), { port, host });
  } catch (err) {
    await store.close();
    throw err;
  }
  const address = server.address();
  console.log(
    `PrivacyDefend is serving ${printable(siteUrl)} (listening on ${printable(host)}:${typeof address === 'object' && address ? address.port : port}, ${store.dialect})`,
  );
  const watcher = parsed.values.watch ? await startDocumentWatcher(store, storeEnv(args).databaseUrl) : undefined;
  const stop = () => {
    server.close(() => void (watcher?.stop() ?? Promise.resolve()).then(() => store.close()).then(() => process.exit(0)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

/** The watcher inside the server process (loaded only with --watch); its failures are logged, never thrown. */
async function startDocumentWatcher(store: Store, databaseUrl: string | undefined) {
  const [{ startWatcher }, { watchSettings }, { describeOutcome }] = await Promise.all([
    import('../../watch/scheduler.ts'),
    import('../../watch/settings.ts'),
    import('./watch.ts'),
  ]);
  return startWatcher(store, watchSettings(), {
    databaseUrl,
    report: (o) => console.log(`watch: ${describeOutcome(o)}`),
    fail: (error) => console.error(`watch: ${error.stack ?? error.message}`),
  });
}
