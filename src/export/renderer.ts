/**
 * One export thread's work: request a URL from the real app (so a file holds
 * exactly the bytes the server sends), hash it, and, unless the previous
 * export already holds those bytes, compress it (gzip and brotli, synchronous
 * zlib: no stream per file) and write it with its .gz and .br copies (those
 * the export's `precompress` names). The main thread and every render thread (render-worker.ts) run this same code on
 * their own copy of the app, so bytes never cross between threads.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildReviewPage } from '../narrative/page.ts';
import { CORRECTION_PARAGRAPH_OPENING, exportCorrectionLinks, type CorrectionTarget } from '../web/edit/suggest-link.tsx';
import { SiteData, type SiteSnapshot } from '../web/site-data.ts';
import type { Store } from '../store/index.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';
import { createApp, type WebApp } from '../web/app.tsx';
import { EXPORT_SINK, type ExportSink } from '../web/http/export-sink.ts';
import { exportFilePath } from './file-path.ts';

/** What every thread of one export renders and writes with. */
export interface RenderSettings {
  siteUrl: string;
  hsts: number;
  corrections: CorrectionTarget;
  /** The folder the files are written under. */
  root: string;
  gzipLevel: number;
  brotliQuality: number;
  /** The compressed copies written beside each file (.gz, .br): none for a host that compresses as it serves. */
  precompress: readonly Precompressed[];
  /** Write each file through a temporary name and a rename (when updating a live export in place). */
  atomic: boolean;
}

/** A compressed copy an export can write beside each file: `gzip` (.gz) and `br` (.br). */
export type Precompressed = 'gzip' | 'br';

/** One URL to export: the status it must answer, and the file name when it is not the usual one (404.html). */
export interface RenderJob {
  url: string;
  status: number;
  asFile?: string;
}

/** What exporting one URL gave: the file, the sha256 of its bytes, their length, and whether it was written. */
export interface RenderOutcome {
  url: string;
  file: string;
  hash: string;
  bytes: number;
  written: boolean;
}

/** A URL that could not be exported, with the reason (the message of an ExportError). */
export interface RenderFailure {
  url: string;
  message: string;
}

/** Apps whose page models and revision histories the export keeps: those it rendered last (render-order.ts renders an app's URLs together). */
const RECENT_APPS = 4;

/** `make(key)`, from the last `limit` keys asked for. */
function recent<T>(limit: number, make: (key: string) => T): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    if (kept.has(key)) return kept.get(key) as T;
    const value = make(key);
    kept.set(key, value);
    if (kept.size > limit) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    return value;
  };
}

/**
 * The store with `history(slug)` answered from the last few apps' histories:
 * an app's review pages (one per language) and its API history each read it,
 * one after another. Everything else goes to the store itself.
 */
function withRecentHistories(store: Store): Store {
  const history = recent(RECENT_APPS, (slug) => store.history(slug));
  return new Proxy(store, {
    get(target, key) {
      if (key === 'history') return (slug: string) => history(slug);
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * A SiteData that always answers the snapshot it first read, and whose
 * snapshots keep the review page models of the last few apps only: an export
 * is of one data version from its first file to its last, and reads an app's
 * models only while it renders that app's URLs (in a row, render-order.ts),
 * so caching 10,000 models would only hold memory. The models come from the
 * same pure function, so the bytes are the same. The store's revision
 * histories are kept the same way (the data version is pinned).
 */
export class ExportSiteData extends SiteData {
  private pinned: Promise<SiteSnapshot> | undefined;

  constructor(private readonly inner: SiteData) {
    super(withRecentHistories(inner.store));
  }

  override snapshot(): Promise<SiteSnapshot> {
    this.pinned ??= this.inner.snapshot().then((snap) => {
      const models = recent(RECENT_APPS * LOCALES.length, (key) => {
        const [locale, slug] = key.split(' ') as [Locale, string];
        const app = snap.bySlug.get(slug);
        return app ? buildReviewPage(app, snap.apps, snap.catalog, locale) : undefined;
      });
      return {
        ...snap,
        page: (slug, locale = 'en') => models(`${locale} ${slug}`),
      };
    });
    return this.pinned;
  }
}

/** The app an export renders from: the server's own, without its response cache (each URL is requested once). */
export function exportApp(site: ExportSiteData, settings: Pick<RenderSettings, 'siteUrl' | 'hsts'>): WebApp {
  return createApp({ site, siteUrl: settings.siteUrl, pageCacheLimit: 0, hstsMaxAge: settings.hsts });
}

export class RenderFailed extends Error {
  constructor(readonly failure: RenderFailure) {
    super(failure.message);
    this.name = 'RenderFailed';
  }
}

/**
 * Renders and writes URLs for one thread.
 * @example const r = new Renderer(app, settings, previous?.files); const outcome = await r.render({ url: '/', status: 200 });
 */
export class Renderer {
  private readonly made = new Set<string>();
  private serial = 0;
  private readonly gzip: boolean;
  private readonly brotli: boolean;

  constructor(
    private readonly app: Pick<WebApp, 'request'>,
    private readonly settings: RenderSettings,
    /** The previous export's file hashes: a file that already holds the bytes is not written again. */
    private readonly previous: Readonly<Record<string, string>> | undefined,
  ) {
    this.gzip = settings.precompress.includes('gzip');
    this.brotli = settings.precompress.includes('br');
  }

  private put(file: string, bytes: Uint8Array): void {
    if (!this.settings.atomic) {
      writeFileSync(file, bytes);
      return;
    }
    const temporary = `${file}.tmp-${process.pid}-${threadId}-${this.serial++}`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  }

  /** Export one URL; throws RenderFailed naming the URL when it answers another status or can't be a file. */
  async render(job: RenderJob): Promise<RenderOutcome> {
    const { url } = job;
    let res: Response;
    const sink: ExportSink = {};
    try {
      res = await this.app.request(url, undefined, { [EXPORT_SINK]: sink });
    } catch (err) {
      throw new RenderFailed({ url, message: err instanceof Error ? err.message : String(err) });
    }
    if (res.status !== job.status) throw new RenderFailed({ url, message: `the server answered ${res.status}, not ${job.status}` });
    const type = res.headers.get('content-type') ?? '';
    // A page's bytes are left in the sink (export-sink.ts); anything else comes as the response's body.
    const sent = sink.body ?? Buffer.from(await res.arrayBuffer());
    // The one change to the server's bytes: /edit/corrections/new does not exist on a static host.
    // Only a page with a correction paragraph changes, so no other is decoded and encoded again.
    const body =
      type.startsWith('text/html') && sent.includes(CORRECTION_PARAGRAPH_OPENING)
        ? Buffer.from(exportCorrectionLinks(sent.toString('utf8'), this.settings.corrections))
        : sent;
    let file: string;
    try {
      file = job.asFile ?? exportFilePath(url, type);
    } catch (err) {
      throw new RenderFailed({ url, message: err instanceof Error ? err.message : String(err) });
    }
    const hash = createHash('sha256').update(body).digest('hex');
    const written = this.previous?.[file] !== hash;
    if (written) {
      const path = join(this.settings.root, file);
      const dir = dirname(path);
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.made.add(dir);
      }
      if (this.gzip) this.put(`${path}.gz`, gzipSync(body, { level: this.settings.gzipLevel }));
      if (this.brotli)
        this.put(
          `${path}.br`,
          brotliCompressSync(body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: this.settings.brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
          }),
        );
      this.put(path, body);
    }
    return { url, file, hash, bytes: body.byteLength, written };
  }

  /** Export a batch in order; stops at the first failure. */
  async renderAll(jobs: readonly RenderJob[]): Promise<RenderOutcome[]> {
    const out: RenderOutcome[] = [];
    for (const job of jobs) out.push(await this.render(job));
    return out;
  }
}
