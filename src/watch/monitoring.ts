/**
 * What readers and the API are told about an app's watched documents: each
 * document's status, and the open re-check items. Pure: stored state in,
 * plain objects out. An item stays open until the app has a revision made
 * after the change whose review date is on or after the day of the change, or
 * an editor closes it (`privacydefend recheck close`).
 */
import type { Review, TrackedDocument } from '../domain/review.ts';
import type { DocumentCheckStatus, DocumentState, RecheckItem } from '../store/index.ts';

export interface DocumentStatus {
  id: string;
  kind: TrackedDocument['kind'];
  url: string;
  /** ISO-8601 time of the latest check; null before the first. */
  lastChecked: string | null;
  /** ISO-8601 time the text was last seen to change; null until it first does. */
  lastChanged: string | null;
  status: DocumentCheckStatus | 'not-checked';
  /** Why the latest check failed; null when it didn't. */
  error: string | null;
}

export interface OpenRecheck {
  /** The document's id. */
  document: string;
  /** The document in words, e.g. "The privacy policy". */
  title: string;
  url: string;
  changedAt: string;
  facts: string[];
  reason: string;
  missingQuotes: string[];
}

export interface AppMonitoring {
  documents: DocumentStatus[];
  recheck: OpenRecheck[];
}

const KIND_TITLES: Record<TrackedDocument['kind'], string> = {
  'privacy-policy': 'The privacy policy',
  terms: 'The terms of service',
  security: 'The security documentation',
  'store-label': 'The app-store privacy label',
  other: 'A watched document',
};

/**
 * A document in words; when two documents of a review share a kind, its id says which.
 * @example documentTitle(doc, review.documents) // "The privacy policy"
 */
export function documentTitle(document: TrackedDocument, all: readonly TrackedDocument[]): string {
  const shared = all.filter((d) => d.kind === document.kind).length > 1 || document.kind === 'other';
  return shared ? `${KIND_TITLES[document.kind]} (${document.id})` : KIND_TITLES[document.kind];
}

/** Whether a re-check item is still open, given the app's latest revision: not closed by an editor, and not followed by a newer review. */
export function isOpen(
  item: Pick<RecheckItem, 'changedAt'> & Partial<Pick<RecheckItem, 'closed'>>,
  latest: { createdAt: string; reviewedAt: string },
): boolean {
  if (item.closed) return false;
  return !(latest.createdAt > item.changedAt && latest.reviewedAt >= item.changedAt.slice(0, 10));
}

/**
 * The monitoring view of one app.
 * @example appMonitoring(review, row, statesOfApp, rechecksOfApp).recheck.length
 */
export function appMonitoring(
  review: Review,
  latest: { createdAt: string; reviewedAt: string },
  states: readonly DocumentState[],
  rechecks: readonly RecheckItem[],
): AppMonitoring {
  const declared = review.documents ?? [];
  const documents = declared.map((d): DocumentStatus => {
    const state = states.find((s) => s.slug === review.slug && s.documentId === d.id);
    return {
      id: d.id,
      kind: d.kind,
      url: d.url,
      lastChecked: state?.lastCheckedAt ?? null,
      lastChanged: state?.lastChangedAt ?? null,
      status: state?.lastStatus ?? 'not-checked',
      error: state?.lastError ?? null,
    };
  });
  const recheck = rechecks
    .filter((r) => r.slug === review.slug && isOpen(r, latest))
    .flatMap((r): OpenRecheck[] => {
      const d = declared.find((x) => x.id === r.documentId);
      if (d === undefined) return []; // the review no longer watches it
      return [
        {
          document: r.documentId,
          title: documentTitle(d, declared),
          url: d.url,
          changedAt: r.changedAt,
          facts: r.facts,
          reason: r.reason,
          missingQuotes: r.missingQuotes,
        },
      ];
    });
  return { documents, recheck };
}

/**
 * One notice per document for the review page: the latest open item of each (items come newest first).
 * @example recheckNotices(monitoring.recheck).map((n) => n.title)
 */
export function recheckNotices(recheck: readonly OpenRecheck[]): OpenRecheck[] {
  const seen = new Set<string>();
  return recheck.filter((r) => !seen.has(r.document) && seen.add(r.document));
}
