/** Which documents are due, and one pass over them. */
import { Review, type TrackedDocument } from '../domain/review.ts';
import type { AppRow, DocumentState, Store } from '../store/index.ts';
import { checkDocument, type CheckOutcome, type WatchSettings } from './check-document.ts';

export interface WatchedDocument {
  review: Review;
  document: TrackedDocument;
}

/** The key of a watched document in maps and job names: "slug/document-id". */
export const documentKey = (slug: string, documentId: string) => `${slug}/${documentId}`;

/**
 * Every document the latest revisions declare.
 * @example watchedDocuments(await store.listApps()).length
 */
export function watchedDocuments(apps: readonly AppRow[]): WatchedDocument[] {
  return apps.flatMap((row) => {
    const parsed = Review.safeParse(row.facts);
    if (!parsed.success)
      throw new Error(`stored revision ${row.revision} of "${row.slug}" does not match the review schema: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return (parsed.data.documents ?? []).map((document) => ({ review: parsed.data, document }));
  });
}

/** True when the document was never checked, its URL changed, or its next check is due. */
export function isDue(document: TrackedDocument, state: DocumentState | undefined, now: Date): boolean {
  return state === undefined || state.url !== document.url || Date.parse(state.nextCheckAt) <= now.getTime();
}

export function statesByKey(states: readonly DocumentState[]): Map<string, DocumentState> {
  return new Map(states.map((s) => [documentKey(s.slug, s.documentId), s]));
}

/**
 * Checks every due document once, one after another (the pacer spaces
 * requests to one host). Reports each outcome through `report`.
 * @example const outcomes = await runWatchPass(store, settings, console.log);
 */
export async function runWatchPass(
  store: Store,
  settings: WatchSettings,
  report: (outcome: CheckOutcome) => void,
  now: () => Date = () => new Date(),
): Promise<CheckOutcome[]> {
  const documents = watchedDocuments(await store.listApps());
  const states = statesByKey(await store.documentStates());
  const outcomes: CheckOutcome[] = [];
  for (const { review, document } of documents) {
    const state = states.get(documentKey(review.slug, document.id));
    if (!isDue(document, state, now())) continue;
    const outcome = await checkDocument(store, review, document, state, settings, now);
    outcomes.push(outcome);
    report(outcome);
  }
  return outcomes;
}
