/** A category page: every app of the category ranked, sortable and filterable by a GET form that works without JavaScript. */
import type { Category } from '../../domain/catalog.ts';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { appFilters, categoryQueryString, sortKeys, type CategoryQuery, type SortKey } from './query.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { LevelText, ScoreBadge } from '../views/parts.tsx';

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

export function CategoryView(props: CategoryViewProps) {
  const { snapshot, category, query } = props;
  const rubric = snapshot.catalog.rubric;
  const path = `/categories/${category.id}`;
  const sortLabels: Record<SortKey, string> = {
    score: 'Safety Score',
    name: 'Name',
    dataCollection: rubric.dimensions.find((d) => d.id === 'dataCollection')?.name ?? 'Data Collection',
    encryption: rubric.dimensions.find((d) => d.id === 'encryption')?.name ?? 'Encryption',
    sharing: rubric.dimensions.find((d) => d.id === 'sharing')?.name ?? 'Third-Party Sharing',
    controls: rubric.dimensions.find((d) => d.id === 'controls')?.name ?? 'Privacy Controls',
  };
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
        <fieldset>
          <legend>Show only apps that are</legend>
          <ul class="checks">
            {appFilters.map((f) => (
              <li>
                <input type="checkbox" id={`has-${f.id}`} name="has" value={f.id} checked={query.has.includes(f.id)} />{' '}
                <label for={`has-${f.id}`}>{f.label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p>
          <label for="sort">Sort by</label>{' '}
          <select id="sort" name="sort">
            {sortKeys.map((k) => (
              <option value={k} selected={query.sort === k}>
                {sortLabels[k]}
              </option>
            ))}
          </select>{' '}
          <button type="submit">Apply</button>
          {filtered || query.sort !== 'score' ? (
            <>
              {' '}
              <a href={path}>Reset</a>
            </>
          ) : null}
        </p>
      </form>

      <p role="status" id="result-count">
        {filtered ? `${props.apps.length} of ${props.total} ${category.plural} match.` : `${props.total} ${category.plural}.`} Unknown facts never pass a
        filter.
      </p>

      {props.apps.length === 0 ? (
        <p>No app in this category passes every filter you chose. Try removing one.</p>
      ) : (
        <div class="table-scroll" tabindex={0} role="region" aria-labelledby="ranking-caption">
          <table class="ranking">
            <caption id="ranking-caption">
              {category.name} apps, sorted by {sortLabels[query.sort]}
            </caption>
            <thead>
              <tr>
                <th scope="col">Rank</th>
                {sortHeader('name')}
                {sortHeader('score')}
                {sortHeader('dataCollection')}
                {sortHeader('encryption')}
                {sortHeader('sharing')}
                {sortHeader('controls')}
              </tr>
            </thead>
            <tbody>
              {props.apps.map((a) => (
                <tr data-slug={a.review.slug}>
                  <td>{props.ranks.get(a.review.slug) ?? ''}</td>
                  <th scope="row">
                    <a href={`/apps/${a.review.slug}`}>{a.review.name}</a>
                  </th>
                  <td>
                    <ScoreBadge rubric={rubric} score={a.score} />
                  </td>
                  {(['dataCollection', 'encryption', 'sharing', 'controls'] as const).map((d) => {
                    const dim = a.score.dimensions[d];
                    return (
                      <td>
                        <LevelText rubric={rubric} tone={dim.tone} level={dim.level} score={dim.score} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted">
        How the scores and levels are computed: <a href="/methodology">methodology</a>.
      </p>
    </Layout>
  );
}
