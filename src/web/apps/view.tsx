/** /apps: every reviewed app, with the category pages' filters and sort orders, and a category filter. */
import { FilterFields } from '../categories/filter-fields.tsx';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { categoryQueryString, type CategoryQuery, type SortKey } from '../categories/query.ts';
import { RankingTable, sortLabelsOf } from '../categories/view.tsx';
import { Layout, type PageMeta } from '../views/layout.tsx';

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
  const labels = sortLabelsOf(snapshot.catalog.rubric);
  const filtered = query.has.length > 0 || category !== undefined;
  const categoryName = snapshot.catalog.categories.find((c) => c.id === category)?.name;
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
        title: 'Every app we have reviewed, by Safety Score | PrivacyDefend',
        description: `${props.total} apps rated for privacy: Safety Score, data collection, encryption, sharing and privacy controls, with filters.`,
        path: '/apps',
        wide: true,
        ...(query.sort !== 'score' || filtered ? { noindex: true } : {}),
        breadcrumbs: [
          { name: 'Apps', path: '/' },
          { name: 'All apps', path: '/apps' },
        ],
      }}
    >
      <nav aria-label="Breadcrumb" class="crumbs">
        <ol>
          <li>
            <a href="/">Apps</a>
          </li>
          <li aria-current="page">All apps</li>
        </ol>
      </nav>
      <h1>All {props.total} apps, ranked by privacy</h1>
      <p class="lede">Every review on the site. The rank is each app's place within its own category.</p>

      <form method="get" action="/apps" class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">Filter and sort</h2>
        <p>
          <label for="category">Category</label>{' '}
          <select id="category" name="category">
            <option value="" selected={category === undefined}>
              All categories
            </option>
            {snapshot.catalog.categories
              .filter((c) => (snapshot.stats.get(c.id)?.apps ?? 0) > 0)
              .map((c) => (
                <option value={c.id} selected={category === c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </p>
        <FilterFields query={query} sortLabels={labels} resetHref="/apps" filtered={filtered} />
      </form>

      <p role="status" id="result-count">
        {filtered ? `${props.apps.length} of ${props.total} apps match.` : `${props.total} apps.`} Unknown facts never pass a filter.
      </p>

      {props.apps.length === 0 ? (
        <p>No app passes every filter you chose. Try removing one.</p>
      ) : (
        <RankingTable
          snapshot={snapshot}
          apps={props.apps}
          ranks={props.ranks}
          caption={`${categoryName ?? 'All'} apps, sorted by ${labels[query.sort]}`}
          sortHeader={sortHeader}
          showCategory
        />
      )}
      <p class="muted">
        How the scores and levels are computed: <a href="/methodology">methodology</a>.
      </p>
    </Layout>
  );
}
