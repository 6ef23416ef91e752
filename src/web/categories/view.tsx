/** A category page: every app of the category ranked, sortable and filterable by a GET form that works without JavaScript. */
import { FilterFields } from './filter-fields.tsx';
import type { Category } from '../../domain/catalog.ts';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { categoryQueryString, type CategoryQuery, type SortKey } from './query.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { LevelText, ScoreBadge } from '../views/parts.tsx';
import type { Child } from 'hono/jsx';
import type { Rubric } from '../../domain/rubric.ts';
import { retirementOf } from '../../domain/review.ts';

export interface CategoryViewProps {
  snapshot: SiteSnapshot;
  category: Category;
  /** The apps to show, already filtered and sorted. */
  apps: SiteApp[];
  /** Rank by Safety Score within the whole category, by slug. */
  ranks: Map<string, number>;
  total: number;
  query: CategoryQuery;
  meta: Omit<PageMeta, 'title' | 'description' | 'path'>;
}

/** The words of each sort order, from the rubric's dimension names. */
export function sortLabelsOf(rubric: Rubric): Record<SortKey, string> {
  const name = (id: string, fallback: string) => rubric.dimensions.find((d) => d.id === id)?.name ?? fallback;
  return {
    score: 'Safety Score',
    name: 'Name',
    dataCollection: name('dataCollection', 'Data Collection'),
    encryption: name('encryption', 'Encryption'),
    sharing: name('sharing', 'Third-Party Sharing'),
    controls: name('controls', 'Privacy Controls'),
  };
}

const DIMENSIONS = ['dataCollection', 'encryption', 'sharing', 'controls'] as const;

/**
 * Apps ranked: a table on a wide screen, one card per app on a phone, each
 * value labelled with its rating. With `showCategory`, a column names each app's category.
 */
export function RankingTable(props: {
  snapshot: SiteSnapshot;
  apps: SiteApp[];
  ranks: Map<string, number>;
  caption: string;
  sortHeader: (key: SortKey) => Child;
  showCategory?: boolean;
}) {
  const { snapshot } = props;
  const rubric = snapshot.catalog.rubric;
  const labels = sortLabelsOf(rubric);
  const categoryName = (id: string) => snapshot.catalog.categories.find((c) => c.id === id)?.name ?? id;
  return (
    <table class="ranking stack">
      <caption id="ranking-caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          {props.sortHeader('name')}
          {props.showCategory ? <th scope="col">Category</th> : null}
          {props.sortHeader('score')}
          {DIMENSIONS.map((d) => props.sortHeader(d))}
        </tr>
      </thead>
      <tbody>
        {props.apps.map((a) => (
          <tr data-slug={a.review.slug}>
            <td data-label={props.showCategory ? 'Rank in its category' : 'Rank'}>{props.ranks.get(a.review.slug) ?? ''}</td>
            <th scope="row">
              <a href={`/apps/${a.review.slug}`}>{a.review.name}</a>
              {retirementOf(a.review) ? <span class="app-retired"> (retired)</span> : null}
            </th>
            {props.showCategory ? (
              <td data-label="Category">
                <a href={`/categories/${a.review.category}`}>{categoryName(a.review.category)}</a>
              </td>
            ) : null}
            <td data-label="Safety Score">
              <ScoreBadge rubric={rubric} score={a.score} />
            </td>
            {DIMENSIONS.map((d) => {
              const dim = a.score.dimensions[d];
              return (
                <td data-label={labels[d]}>
                  <LevelText rubric={rubric} tone={dim.tone} level={dim.level} score={dim.score} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CategoryView(props: CategoryViewProps) {
  const { snapshot, category, query } = props;
  const rubric = snapshot.catalog.rubric;
  const path = `/categories/${category.id}`;
  const sortLabels = sortLabelsOf(rubric);
  const filtered = query.has.length > 0;
  const sortHeader = (key: SortKey) => {
    const current = query.sort === key;
    return (
      <th scope="col" aria-sort={current ? (key === 'name' ? 'ascending' : 'descending') : undefined}>
        {current ? sortLabels[key] : <a href={`${path}${categoryQueryString({ ...query, sort: key })}`}>{sortLabels[key]}</a>}
      </th>
    );
  };
  return (
    <Layout
      meta={{
        ...props.meta,
        title: `The most private ${category.plural}, ranked | PrivacyDefend`,
        description: `${props.total} ${category.plural} ranked by Safety Score, with their data collection, encryption, sharing and privacy controls. ${category.description}`,
        path,
        wide: true,
        ...(query.sort !== 'score' || filtered ? { noindex: true } : {}),
        breadcrumbs: [
          { name: 'Apps', path: '/' },
          { name: category.name, path },
        ],
      }}
    >
      <nav aria-label="Breadcrumb" class="crumbs">
        <ol>
          <li>
            <a href="/">Apps</a>
          </li>
          <li aria-current="page">{category.name}</li>
        </ol>
      </nav>
      <h1>
        {category.name}: {category.plural} ranked by privacy
      </h1>
      <p class="lede">{category.description}</p>

      <form method="get" action={path} class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">Filter and sort</h2>
        <FilterFields query={query} sortLabels={sortLabels} resetHref={path} filtered={filtered} />
      </form>

      <p role="status" id="result-count">
        {filtered ? `${props.apps.length} of ${props.total} ${category.plural} match.` : `${props.total} ${category.plural}.`} Unknown facts never pass a
        filter.
      </p>

      {props.apps.length === 0 ? (
        <p>No app in this category passes every filter you chose. Try removing one.</p>
      ) : (
        <RankingTable
          snapshot={snapshot}
          apps={props.apps}
          ranks={props.ranks}
          caption={`${category.name} apps, sorted by ${sortLabels[query.sort]}`}
          sortHeader={sortHeader}
        />
      )}
      <p class="muted">
        How the scores and levels are computed: <a href="/methodology">methodology</a>.
      </p>
    </Layout>
  );
}
