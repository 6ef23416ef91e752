/**
 * The site's search: one MiniSearch index over app names, aliases, owners and
 * categories, fuzzy and prefix so that "signl" finds Signal and "whats" finds
 * WhatsApp. Pure: a snapshot of the data in, an index out; the API, the search
 * page and the static export (which ships the index to the browser as JSON)
 * all build it the same way.
 */
import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Category } from '../domain/catalog.ts';
import type { Tone } from '../domain/rubric.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import { scoreWithLabel } from '../scoring/score-words.ts';

/** What the index needs from a snapshot of the data (a SiteSnapshot fits). */
export interface SearchableData {
  apps: readonly ScoredReview[];
  catalog: { categories: readonly Category[] };
}

/** One indexed app: the searchable text and what a result shows. */
export interface SearchDocument {
  slug: string;
  name: string;
  aliases: string;
  /** The owner and its parent company, searchable. */
  owner: string;
  /** The owner as a result shows it. */
  company: string;
  category: string;
  categoryId: string;
  categoryName: string;
  score: number | null;
  label: string;
  /** The score's tone (from the rubric, as scored). */
  tone: Tone;
  /** "8.5/10 Excellent", or the unscored label. */
  scoreText: string;
}

/** A search result, best first. `relevance` is MiniSearch's score (higher is better). */
export interface SearchHit {
  slug: string;
  name: string;
  categoryId: string;
  categoryName: string;
  owner: string;
  score: number | null;
  label: string;
  tone: Tone;
  scoreText: string;
  relevance: number;
}

export interface SearchIndex {
  miniSearch: MiniSearch<SearchDocument>;
  documents: ReadonlyMap<string, SearchDocument>;
}

/** The options every copy of the index must share (server and browser alike). */
export const searchIndexOptions: Options<SearchDocument> = {
  idField: 'slug',
  fields: ['name', 'aliases', 'owner', 'category'],
  storeFields: ['slug', 'name', 'categoryId', 'categoryName', 'company', 'score', 'label', 'tone', 'scoreText'],
};

/** How queries run: a name hit outranks an owner or category hit; typos of about one letter in five are forgiven. */
export const searchQueryOptions: SearchOptions = {
  boost: { name: 4, aliases: 3, owner: 1.5, category: 1 },
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
};

/**
 * The documents of the search index, one per app, ordered by slug.
 * @example searchDocuments(snapshot)[0] // { slug: '1password', name: '1Password', owner: 'AgileBits', ... }
 */
export function searchDocuments(data: SearchableData): SearchDocument[] {
  const categories = new Map(data.catalog.categories.map((c) => [c.id, c]));
  return data.apps
    .map(({ review, score }) => {
      const category = categories.get(review.category);
      const owner = [review.owner.company, review.owner.parent].filter((s): s is string => s !== undefined).join(' ');
      return {
        slug: review.slug,
        name: review.name,
        aliases: review.aliases.join(' '),
        owner,
        company: review.owner.company,
        category: [category?.name ?? review.category, category?.plural ?? '', review.category.replace(/-/g, ' ')].join(' '),
        categoryId: review.category,
        categoryName: category?.name ?? review.category,
        score: score.score,
        label: score.label,
        tone: score.tone,
        scoreText: scoreWithLabel(score),
      };
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * Build the search index of every app in the data.
 * @example const index = buildSearchIndex(snapshot); searchApps(index, 'signl')[0]?.slug // 'signal'
 */
export function buildSearchIndex(data: SearchableData): SearchIndex {
  const documents = searchDocuments(data);
  const miniSearch = new MiniSearch<SearchDocument>(searchIndexOptions);
  miniSearch.addAll(documents);
  return { miniSearch, documents: new Map(documents.map((d) => [d.slug, d])) };
}

/**
 * The apps matching a query, best first (ties by name). An empty query finds nothing.
 * @example searchApps(index, 'whats').map((h) => h.slug) // ['whatsapp']
 */
export function searchApps(index: SearchIndex, query: string, limit = 50): SearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const result of index.miniSearch.search(q, searchQueryOptions)) {
    const doc = index.documents.get(String(result.id));
    if (!doc) continue;
    hits.push({
      slug: doc.slug,
      name: doc.name,
      categoryId: doc.categoryId,
      categoryName: doc.categoryName,
      owner: doc.company,
      score: doc.score,
      label: doc.label,
      tone: doc.tone,
      scoreText: doc.scoreText,
      relevance: Math.round(result.score * 1000) / 1000,
    });
  }
  return hits.sort((a, b) => b.relevance - a.relevance || a.name.localeCompare(b.name)).slice(0, limit);
}
