/**
 * What changed between two revisions of a review: facts added, removed or
 * changed (value or known/unknown), and sources added or removed.
 */
import { factsOf } from './facts.ts';
import { canonicalJson } from './canonical.ts';

export interface FactChange {
  /** Dotted path of the fact, e.g. "encryption.e2ee.content". */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** The value before/after in JSON text; "unknown" for an unknown fact; undefined when absent. */
  before?: string | undefined;
  after?: string | undefined;
}

export interface RevisionDiff {
  facts: FactChange[];
  sourcesAdded: string[];
  sourcesRemoved: string[];
  controversiesAdded: string[];
  controversiesRemoved: string[];
}

type ReviewLike = { sources?: Record<string, unknown>; controversies?: { id: string }[] } & object;

function factMap(review: ReviewLike | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!review) return out;
  for (const { path, fact } of factsOf(review)) {
    if (path[0] === 'controversies' || path[0] === 'faq') continue;
    out.set(path.join('.'), 'value' in fact ? canonicalJson(fact.value) : 'unknown');
  }
  return out;
}

/**
 * The changes from `before` to `after` (either may be undefined for a first or deleted revision).
 * @example diffReviews(history[0].facts, history[1].facts).facts
 */
export function diffReviews(before: ReviewLike | undefined, after: ReviewLike | undefined): RevisionDiff {
  const a = factMap(before);
  const b = factMap(after);
  const facts: FactChange[] = [];
  for (const [path, value] of b) {
    const old = a.get(path);
    if (old === undefined) facts.push({ path, kind: 'added', after: value });
    else if (old !== value) facts.push({ path, kind: 'changed', before: old, after: value });
  }
  for (const [path, value] of a) if (!b.has(path)) facts.push({ path, kind: 'removed', before: value });
  const keys = (r: ReviewLike | undefined) => new Set(Object.keys(r?.sources ?? {}));
  const ids = (r: ReviewLike | undefined) => new Set((r?.controversies ?? []).map((c) => c.id));
  const minus = <T>(x: Set<T>, y: Set<T>) => [...x].filter((v) => !y.has(v));
  return {
    facts,
    sourcesAdded: minus(keys(after), keys(before)),
    sourcesRemoved: minus(keys(before), keys(after)),
    controversiesAdded: minus(ids(after), ids(before)),
    controversiesRemoved: minus(ids(before), ids(after)),
  };
}
