/** The search page: a GET form and its results, no JavaScript needed. */
import type { SearchHit } from '../../search/index.ts';
import type { Rubric } from '../../domain/rubric.ts';
import { term, type Locale } from '../../i18n/index.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { ToneBadge } from '../views/parts.tsx';
import { sayer, scoreWithLabelIn } from '../views/words.ts';

/** The site's search form; `id` keeps labels unique when a page has two. */
export function SearchForm(props: { query: string; id?: string; locale?: Locale | undefined }) {
  const id = props.id ?? 'q';
  const say = sayer(props.locale);
  return (
    <form method="get" action="/search" role="search" class="search-form" aria-label={say('page.search.region')}>
      <label for={id}>{say('page.search.label')}</label>
      <span class="search-row">
        <input type="search" id={id} name="q" value={props.query} autocomplete="off" spellcheck={false} maxlength={200} data-search-input="" />
        <button type="submit">{say('page.search.button')}</button>
      </span>
    </form>
  );
}

export function SearchResults(props: { rubric: Rubric; hits: SearchHit[]; locale?: Locale | undefined }) {
  const locale = props.locale ?? 'en';
  return (
    <ol class="search-results">
      {props.hits.map((h) => (
        <li>
          <a href={`/apps/${h.slug}`}>{h.name}</a>{' '}
          <span class="muted">
            ({term(locale, `category.${h.categoryId}.name`, h.categoryName)}, {h.owner})
          </span>{' '}
          <ToneBadge rubric={props.rubric} tone={h.tone} text={locale === 'en' ? h.scoreText : scoreWithLabelIn(locale, h)} />
        </li>
      ))}
    </ol>
  );
}

export function SearchView(props: { rubric: Rubric; query: string; hits: SearchHit[]; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const q = props.query;
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  return (
    <Layout
      meta={{
        ...props.meta,
        title: q === '' ? say('page.search.title') : say('page.search.titleQuery', { query: q }),
        description: say('page.search.description'),
        path: '/search',
        noindex: q !== '',
        breadcrumbs: [
          { name: say('page.crumbs.apps'), path: '/' },
          { name: say('page.search.crumb'), path: '/search' },
        ],
      }}
    >
      <h1>{say('page.search.h1')}</h1>
      <SearchForm query={q} locale={locale} />
      {q === '' ? null : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" role="status">
            {props.hits.length === 0 ? say('page.search.none', { query: q }) : say('page.search.count', { count: props.hits.length, query: q })}
          </h2>
          {props.hits.length === 0 ? (
            <p>
              {say('page.search.noneHelpBefore')} <a href="/">{say('page.search.noneHelpLink')}</a>
              {say('page.search.noneHelpAfter')}
            </p>
          ) : (
            <SearchResults rubric={props.rubric} hits={props.hits} locale={locale} />
          )}
        </section>
      )}
    </Layout>
  );
}
