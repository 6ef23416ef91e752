import type { Rubric } from '../../domain/rubric.ts';
import type { SearchHit } from '../../search/index.ts';
import { SearchForm, SearchResults } from '../search/view.tsx';
import { Layout, type PageMeta } from './layout.tsx';

/**
 * The words of a path worth searching for: its last segment, with dashes as spaces.
 * @example notFoundQuery('/apps/signl-messenger') // 'signl messenger'
 */
export function notFoundQuery(path: string): string {
  const last =
    path
      .split('/')
      .filter((s) => s !== '')
      .pop() ?? '';
  let words = last;
  try {
    words = decodeURIComponent(last);
  } catch {
    // A malformed escape: search the raw text.
  }
  return words
    .replace(/[-_+.]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .trim()
    .slice(0, 60);
}

export function NotFoundView(props: {
  path: string;
  rubric?: Rubric;
  /** Apps whose names resemble the address, best first. */
  suggestions?: SearchHit[];
  categories?: { id: string; name: string }[];
  meta: Omit<PageMeta, 'title' | 'description' | 'path'>;
}) {
  const suggestions = props.suggestions ?? [];
  return (
    <Layout meta={{ ...props.meta, title: 'Page not found | PrivacyDefend', description: 'No page at this address.', path: props.path, noindex: true }}>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{props.path}</code>. If you were looking for an app, it may not be reviewed yet.
      </p>
      {suggestions.length > 0 && props.rubric ? (
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">Did you mean one of these?</h2>
          <SearchResults rubric={props.rubric} hits={suggestions} />
        </section>
      ) : null}
      <h2 id="search-heading">Search the reviews</h2>
      <SearchForm query={notFoundQuery(props.path)} id="not-found-q" />
      <h2 id="browse-heading">Or browse</h2>
      <ul class="footer-links">
        <li>
          <a href="/apps">All reviewed apps</a>
        </li>
        {(props.categories ?? []).map((c) => (
          <li>
            <a href={`/categories/${c.id}`}>{c.name}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
