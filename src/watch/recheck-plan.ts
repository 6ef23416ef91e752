/**
 * What a new version of a watched document means for a review: which sources
 * it backs, whether their quotes are still in it, and which facts must be
 * re-checked. Pure: no I/O.
 */
import { sourceRefsOf } from '../domain/facts.ts';
import type { Review, Source, TrackedDocument } from '../domain/review.ts';

/**
 * Text as a quote is compared: Unicode compatibility forms folded, curly
 * quotes and apostrophes straightened, dashes and ellipses unified,
 * whitespace collapsed.
 * @example normaliseForQuote('“It’s  here”') // '"It\'s here"'
 */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\.\.\.|\u2026/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether `text` still holds `quote`. A quote that elides with "..." or "…"
 * is found when its parts appear in order.
 * @example quoteFound('We never ... sell', 'We never, ever sell your data') // true
 */
export function quoteFound(quote: string, text: string): boolean {
  const haystack = normaliseForQuote(text);
  const parts = normaliseForQuote(quote)
    .split('…')
    .map((p) =>
      p
        .trim()
        .replace(/^["']|["']$/g, '')
        .trim(),
    )
    .filter((p) => p !== '');
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at === -1) return false;
    from = at + part.length;
  }
  return true;
}

/** A URL as documents and sources are matched: no fragment, no trailing slash, http and https alike, host in lower case. */
export function documentAddress(url: string): string {
  const u = new URL(url);
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.host.toLowerCase()}${path}${u.search}`;
}

/**
 * The review's sources whose URL is the document's.
 * @example sourcesOfDocument(review, review.documents[0]).map(([id]) => id)
 */
export function sourcesOfDocument(review: Review, document: TrackedDocument): [string, Source][] {
  const address = documentAddress(document.url);
  return Object.entries(review.sources).filter(([, s]) => documentAddress(s.url) === address);
}

/**
 * Dotted paths of the facts (and controversies, FAQ entries) that cite any of `sourceIds`, in document order.
 * @example factsCiting(review, new Set(['signal-privacy'])) // ['dataCollected', 'sharing.sellsData']
 */
export function factsCiting(review: Review, sourceIds: ReadonlySet<string>): string[] {
  const paths = new Set<string>();
  for (const ref of sourceRefsOf(review)) {
    if (!sourceIds.has(ref.id)) continue;
    const path = ref.path.slice(0, ref.path.lastIndexOf('sources'));
    const valueAt = path.indexOf('value');
    paths.add((valueAt === -1 ? path : path.slice(0, valueAt)).join('.'));
  }
  return [...paths];
}

export interface RecheckPlan {
  reason: string;
  facts: string[];
  missingQuotes: string[];
}

/**
 * The re-check items a new version calls for: one when the text changed from
 * a previous version; one when it's the first version and a quote isn't in it.
 * @example planRechecks(review, doc, 'old text', 'new text')
 */
export function planRechecks(review: Review, document: TrackedDocument, previousText: string | undefined, text: string): RecheckPlan[] {
  const sources = sourcesOfDocument(review, document);
  const missingQuotes = sources.filter(([, s]) => s.quote !== undefined && !quoteFound(s.quote, text)).map(([id]) => id);
  const missingList = missingQuotes.length === 0 ? '' : ` The quote of ${missingQuotes.join(', ')} is no longer in it.`;
  if (previousText !== undefined) {
    return [
      {
        reason: `The text of ${document.id} (${document.url}) changed.${missingList}`,
        facts: factsCiting(review, new Set(sources.map(([id]) => id))),
        missingQuotes,
      },
    ];
  }
  if (missingQuotes.length === 0) return [];
  return [
    {
      reason: `${document.id} (${document.url}) does not contain the quote of ${missingQuotes.join(', ')}.`,
      facts: factsCiting(review, new Set(missingQuotes)),
      missingQuotes,
    },
  ];
}
