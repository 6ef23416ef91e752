/**
 * One check of one watched document: a conditional GET, the main text, a new
 * version only when the text changed (with its diff and re-check items), and
 * the outcome recorded in the store. Fetch failures are outcomes, recorded
 * with a back-off; only programmer errors throw.
 */
import { createHash } from 'node:crypto';
import { createTwoFilesPatch } from 'diff';
import type { Review, TrackedDocument } from '../domain/review.ts';
import type { DocumentCheckRecord, DocumentCheckStatus, DocumentState, DocumentStore } from '../store/index.ts';
import { ExtractError, extractText } from './extract-text.ts';
import { httpGet, WatchFetchError, type HttpGetOptions } from './http-get.ts';
import { planRechecks } from './recheck-plan.ts';
import type { RobotsCache } from './robots.ts';

export interface WatchSettings {
  /** How long after a successful check a document is due again. */
  intervalMs: number;
  /** The first retry after a failure; each further failure doubles it, up to intervalMs. */
  retryBaseMs: number;
  http: HttpGetOptions;
  robots: RobotsCache;
}

export interface CheckOutcome {
  slug: string;
  documentId: string;
  url: string;
  status: DocumentCheckStatus;
  /** What happened, in words. */
  message: string;
  /** The version appended, if any. */
  version?: number;
  rechecks: number;
}

/**
 * When a document is next due after `failures` failures in a row.
 * @example nextCheckAt(now, 0, settings) // now + interval
 */
export function nextCheckAt(now: Date, failures: number, settings: Pick<WatchSettings, 'intervalMs' | 'retryBaseMs'>): Date {
  const wait = failures === 0 ? settings.intervalMs : Math.min(settings.intervalMs, settings.retryBaseMs * 2 ** (failures - 1));
  return new Date(now.getTime() + wait);
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const header = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

/**
 * Checks `document` of `review` now and records what was found.
 * @example await checkDocument(store, review, review.documents[0], states.get('signal/privacy-policy'), settings)
 */
export async function checkDocument(
  store: DocumentStore,
  review: Review,
  document: TrackedDocument,
  state: DocumentState | undefined,
  settings: WatchSettings,
  now: () => Date = () => new Date(),
): Promise<CheckOutcome> {
  const key = { slug: review.slug, documentId: document.id };
  const base = { ...key, url: document.url };
  const latest = await store.latestDocumentVersion(key);
  const conditional: Record<string, string> = {};
  if (latest !== undefined && state?.url === document.url) {
    if (state.etag) conditional['if-none-match'] = state.etag;
    if (state.lastModified) conditional['if-modified-since'] = state.lastModified;
  }
  const record = (fields: Omit<DocumentCheckRecord, 'slug' | 'documentId' | 'url' | 'checkedAt' | 'nextCheckAt'>) => {
    const checkedAt = now();
    return store.recordDocumentCheck({ ...base, ...fields, checkedAt, nextCheckAt: nextCheckAt(checkedAt, fields.failures, settings) });
  };
  let httpStatus: number | null = null;
  try {
    const res = await httpGet(document.url, conditional, { ...settings.http, beforeRequest: (url) => settings.robots.check(url) });
    httpStatus = res.status;
    const validators = { etag: header(res.headers.etag), lastModified: header(res.headers['last-modified']) };
    if (res.status === 304 && latest !== undefined) {
      await record({
        status: 'not-modified',
        httpStatus,
        error: null,
        failures: 0,
        etag: validators.etag ?? state?.etag ?? null,
        lastModified: validators.lastModified ?? state?.lastModified ?? null,
      });
      return { ...base, status: 'not-modified', message: 'not modified (304)', rechecks: 0 };
    }
    if (res.status < 200 || res.status > 299 || res.status === 204) throw new WatchFetchError(`HTTP ${res.status} from ${res.url}`, 'error', res.status);
    const { text, mediaType } = extractText(res.body, header(res.headers['content-type']) ?? 'application/octet-stream', document.selector);
    const hash = textHash(text);
    if (latest?.hash === hash) {
      await record({ status: 'unchanged', httpStatus, error: null, failures: 0, ...validators });
      return { ...base, status: 'unchanged', message: `text unchanged (version ${latest.version})`, rechecks: 0 };
    }
    const diff =
      latest === undefined
        ? null
        : createTwoFilesPatch(
            `${document.id} v${latest.version}`,
            `${document.id} v${latest.version + 1}`,
            `${latest.text}\n`,
            `${text}\n`,
            latest.fetchedAt,
            now().toISOString(),
          );
    const rechecks = planRechecks(review, document, latest?.text, text);
    const stored = await record({
      status: 'changed',
      httpStatus,
      error: null,
      failures: 0,
      ...validators,
      version: { text, hash, contentType: mediaType, previousHash: latest?.hash ?? null, diff, rechecks },
    });
    const n = stored.version?.version;
    const what = latest === undefined ? 'first version stored' : `text changed: version ${n} stored`;
    const queued = stored.rechecks.reduce((sum, r) => sum + r.facts.length, 0);
    return {
      ...base,
      status: 'changed',
      message: stored.rechecks.length === 0 ? what : `${what}; ${queued} fact(s) queued for re-checking`,
      ...(n === undefined ? {} : { version: n }),
      rechecks: stored.rechecks.length,
    };
  } catch (error) {
    if (!(error instanceof WatchFetchError) && !(error instanceof ExtractError)) throw error;
    const status = error instanceof WatchFetchError ? error.outcome : 'error';
    const failures = (state?.failures ?? 0) + 1;
    await record({
      status,
      httpStatus: error instanceof WatchFetchError ? (error.httpStatus ?? httpStatus) : httpStatus,
      error: error.message,
      failures,
      etag: state?.etag ?? null,
      lastModified: state?.lastModified ?? null,
    });
    return { ...base, status, message: `${error.message} (failure ${failures} in a row; retried with back-off)`, rechecks: 0 };
  }
}
