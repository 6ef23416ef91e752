import type { Rubric } from '../../domain/rubric.ts';
import type { SearchHit } from '../../search/index.ts';
import { SearchForm, SearchResults } from '../search/view.tsx';
import { Layout, type PageMeta } from './layout.tsx';
import { sayer } from './words.ts';
import { term } from '../../i18n/index.ts';

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
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('page.notFound.title'),
        description: say('page.notFound.description'),
        path: props.path,
        noindex: true,
        switcherPath: '/',
      }}
    >
      <h1>{say('page.notFound.h1')}</h1>
      <p>
        {say('page.notFound.before')} <code>{props.path}</code>
        {say('page.notFound.after')}
      </p>
      {suggestions.length > 0 && props.rubric ? (
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading">{say('page.notFound.suggestions')}</h2>
          <SearchResults rubric={props.rubric} hits={suggestions} locale={locale} />
        </section>
      ) : null}
      <h2 id="search-heading">{say('page.notFound.search')}</h2>
      <SearchForm query={notFoundQuery(props.path)} id="not-found-q" locale={locale} />
      <h2 id="browse-heading">{say('page.notFound.browse')}</h2>
      <ul class="footer-links">
        <li>
          <a href="/apps">{say('page.notFound.allApps')}</a>
        </li>
        {(props.categories ?? []).map((c) => (
          <li>
            <a href={`/categories/${c.id}`}>{term(locale, `category.${c.id}.name`, c.name)}</a>
          </li>
        ))}
      </ul>
    </Layout>
  );
}
