/** The search page: a GET form and its results, no JavaScript needed. */
import type { SearchHit } from '../../search/index.ts';
import type { Rubric } from '../../domain/rubric.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { ToneBadge } from '../views/parts.tsx';

/** The site's search form; `id` keeps labels unique when a page has two. */
export function SearchForm(props: { query: string; id?: string }) {
  const id = props.id ?? 'q';
  return (
    <form method="get" action="/search" role="search" class="search-form" aria-label="Search apps">
      <label for={id}>Search apps by name, company or category</label>
      <span class="search-row">
        <input type="search" id={id} name="q" value={props.query} autocomplete="off" spellcheck={false} maxlength={200} data-search-input="" />
        <button type="submit">Search</button>
      </span>
    </form>
  );
}

export function SearchResults(props: { rubric: Rubric; hits: SearchHit[] }) {
  return (
    <ol class="search-results">
      {props.hits.map((h) => (
        <li>
          <a href={`/apps/${h.slug}`}>{h.name}</a>{' '}
          <span class="muted">
            ({h.categoryName}, {h.owner})
          </span>{' '}
          <ToneBadge rubric={props.rubric} tone={h.tone} text={h.scoreText} />
        </li>
      ))}
    </ol>
  );
}

export function SearchView(props: { rubric: Rubric; query: string; hits: SearchHit[]; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const q = props.query;
  return (
    <Layout
      meta={{
        ...props.meta,
        title: q === '' ? 'Search apps | PrivacyDefend' : `“${q}”: search results | PrivacyDefend`,
        description: 'Search the apps PrivacyDefend has rated, by name, company or category.',
        path: '/search',
        noindex: q !== '',
        breadcrumbs: [
          { name: 'Apps', path: '/' },
          { name: 'Search', path: '/search' },
        ],
      }}
    >
      <h1>Search apps</h1>
      <SearchForm query={q} />
      {q === '' ? null : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" role="status">
            {props.hits.length === 0 ? `No app matches “${q}”` : `${props.hits.length} app${props.hits.length === 1 ? '' : 's'} match “${q}”`}
          </h2>
          {props.hits.length === 0 ? (
            <p>
              Check the spelling, or browse <a href="/">every category</a>. The app may not be reviewed yet.
            </p>
          ) : (
            <SearchResults rubric={props.rubric} hits={props.hits} />
          )}
        </section>
      )}
    </Layout>
  );
}
