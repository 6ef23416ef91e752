/** /apps: every reviewed app, with the category pages' filters and sort orders, and a category filter. */
import { FilterFields } from '../categories/filter-fields.tsx';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { categoryQueryString, type CategoryQuery, type SortKey } from '../categories/query.ts';
import { RankingTable, sortLabelsOf } from '../categories/view.tsx';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { term } from '../../i18n/index.ts';
import { sayer } from '../views/words.ts';

export interface AppsIndexViewProps {
  snapshot: SiteSnapshot;
  /** The apps to show, already filtered and sorted. */
  apps: SiteApp[];
  /** Each app's rank by Safety Score within its category. */
  ranks: Map<string, number>;
  total: number;
  query: CategoryQuery;
  category: string | undefined;
  meta: Omit<PageMeta, 'title' | 'description' | 'path'>;
}

/** The query string of an /apps view. */
export function appsQueryString(query: CategoryQuery, category: string | undefined): string {
  const qs = categoryQueryString(query);
  if (category === undefined) return qs;
  return qs === '' ? `?category=${encodeURIComponent(category)}` : `${qs}&category=${encodeURIComponent(category)}`;
}

export function AppsIndexView(props: AppsIndexViewProps) {
  const { snapshot, query, category } = props;
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  const labels = sortLabelsOf(snapshot.catalog.rubric, locale);
  const filtered = query.has.length > 0 || category !== undefined;
  const nameOf = (c: { id: string; name: string }) => term(locale, `category.${c.id}.name`, c.name);
  const found = snapshot.catalog.categories.find((c) => c.id === category);
  const categoryName = found ? nameOf(found) : undefined;
  const sortHeader = (key: SortKey) => {
    const current = query.sort === key;
    return (
      <th scope="col" aria-sort={current ? (key === 'name' ? 'ascending' : 'descending') : undefined}>
        {current ? labels[key] : <a href={`/apps${appsQueryString({ ...query, sort: key }, category)}`}>{labels[key]}</a>}
      </th>
    );
  };
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('page.apps.title'),
        description: say('page.apps.description', { count: props.total }),
        path: '/apps',
        wide: true,
        ...(query.sort !== 'score' || filtered ? { noindex: true } : {}),
        breadcrumbs: [
          { name: say('page.crumbs.apps'), path: '/' },
          { name: say('page.apps.crumb'), path: '/apps' },
        ],
      }}
    >
      <nav aria-label={say('page.crumbs')} class="crumbs">
        <ol>
          <li>
            <a href="/">{say('page.crumbs.apps')}</a>
          </li>
          <li aria-current="page">{say('page.apps.crumb')}</li>
        </ol>
      </nav>
      <h1>{say('page.apps.h1', { count: props.total })}</h1>
      <p class="lede">{say('page.apps.lede')}</p>

      <form method="get" action="/apps" class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{say('page.filters.heading')}</h2>
        <p>
          <label for="category">{say('page.apps.category')}</label>{' '}
          <select id="category" name="category">
            <option value="" selected={category === undefined}>
              {say('page.apps.allCategories')}
            </option>
            {snapshot.catalog.categories
              .filter((c) => (snapshot.stats.get(c.id)?.apps ?? 0) > 0)
              .map((c) => (
                <option value={c.id} selected={category === c.id}>
                  {nameOf(c)}
                </option>
              ))}
          </select>
        </p>
        <FilterFields query={query} sortLabels={labels} resetHref="/apps" filtered={filtered} locale={locale} />
      </form>

      <p role="status" id="result-count">
        {filtered ? say('page.apps.matchCount', { shown: props.apps.length, total: props.total }) : say('page.apps.count', { count: props.total })}{' '}
        {say('page.filters.unknown')}
      </p>

      {props.apps.length === 0 ? (
        <p>{say('page.apps.empty')}</p>
      ) : (
        <RankingTable
          snapshot={snapshot}
          apps={props.apps}
          ranks={props.ranks}
          caption={
            categoryName === undefined
              ? say('page.apps.caption', { sort: labels[query.sort] })
              : say('page.apps.captionCategory', { category: categoryName, sort: labels[query.sort] })
          }
          sortHeader={sortHeader}
          showCategory
          locale={locale}
        />
      )}
      <p class="muted">
        {say('page.methodologyNote')} <a href="/methodology">{say('page.methodologyLink')}</a>.
      </p>
    </Layout>
  );
}
