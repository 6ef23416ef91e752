/** A category page: every app of the category ranked, sortable and filterable by a GET form that works without JavaScript. */
import { FilterFields } from './filter-fields.tsx';
import type { Category } from '../../domain/catalog.ts';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { categoryQueryString, type CategoryQuery, type SortKey } from './query.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { LevelText, ScoreBadge } from '../views/parts.tsx';
import type { Child } from '#jsx/jsx-runtime';
import type { Rubric } from '../../domain/rubric.ts';
import { retirementOf } from '../../domain/review.ts';
import { term, type Locale } from '../../i18n/index.ts';
import { localCategory } from '../../narrative/localise.ts';
import { sayer } from '../views/words.ts';

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

/** The words of each sort order, from the rubric's dimension names (in `locale`'s terms). */
export function sortLabelsOf(rubric: Rubric, locale: Locale = 'en'): Record<SortKey, string> {
  const name = (id: string, fallback: string) => term(locale, `dimension.${id}`, rubric.dimensions.find((d) => d.id === id)?.name ?? fallback);
  const say = sayer(locale);
  return {
    score: say('page.sort.score'),
    name: say('page.sort.name'),
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
  locale?: Locale | undefined;
}) {
  const { snapshot } = props;
  const locale = props.locale ?? 'en';
  const say = sayer(locale);
  const rubric = snapshot.catalog.rubric;
  const labels = sortLabelsOf(rubric, locale);
  const categoryName = (id: string) => term(locale, `category.${id}.name`, snapshot.catalog.categories.find((c) => c.id === id)?.name ?? id);
  return (
    <table class="ranking stack">
      <caption id="ranking-caption">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{say('page.ranking.rank')}</th>
          {props.sortHeader('name')}
          {props.showCategory ? <th scope="col">{say('page.ranking.category')}</th> : null}
          {props.sortHeader('score')}
          {DIMENSIONS.map((d) => props.sortHeader(d))}
        </tr>
      </thead>
      <tbody>
        {props.apps.map((a) => (
          <tr data-slug={a.review.slug}>
            <td data-label={props.showCategory ? say('page.ranking.rankInCategory') : say('page.ranking.rank')}>{props.ranks.get(a.review.slug) ?? ''}</td>
            <th scope="row">
              <a href={`/apps/${a.review.slug}`}>{a.review.name}</a>
              {retirementOf(a.review) ? <span class="app-retired"> {say('page.retired')}</span> : null}
            </th>
            {props.showCategory ? (
              <td data-label={say('page.ranking.category')}>
                <a href={`/categories/${a.review.category}`}>{categoryName(a.review.category)}</a>
              </td>
            ) : null}
            <td data-label={labels.score}>
              <ScoreBadge rubric={rubric} score={a.score} locale={locale} />
            </td>
            {DIMENSIONS.map((d) => {
              const dim = a.score.dimensions[d];
              return (
                <td data-label={labels[d]}>
                  <LevelText rubric={rubric} tone={dim.tone} level={dim.level} score={dim.score} locale={locale} />
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
  const { snapshot, query } = props;
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  const category = localCategory(props.category, locale);
  // the description in the page's language: our own words, translated in data/categories.yaml; else the English, marked
  const localDescription = locale === 'en' ? category.description : category.translations?.[locale]?.description;
  const plural = locale === 'en' ? category.plural : term(locale, `category.${category.id}.plural`, category.plural);
  // the data has no English singular (only German and French terms do): "messaging apps" → "messaging app"
  const singular = term(locale, `category.${category.id}.singular`, props.category.plural.replace(/s$/, ''));
  const rubric = snapshot.catalog.rubric;
  const path = `/categories/${category.id}`;
  const sortLabels = sortLabelsOf(rubric, locale);
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
        title: say('page.category.title', { plural }),
        description: `${say('page.category.description', { count: props.total, plural })}${localDescription ? ` ${localDescription}` : ''}`,
        path,
        wide: true,
        ...(query.sort !== 'score' || filtered ? { noindex: true } : {}),
        breadcrumbs: [
          { name: say('page.crumbs.apps'), path: '/' },
          { name: category.name, path },
        ],
      }}
    >
      <nav aria-label={say('page.crumbs')} class="crumbs">
        <ol>
          <li>
            <a href="/">{say('page.crumbs.apps')}</a>
          </li>
          <li aria-current="page">{category.name}</li>
        </ol>
      </nav>
      <h1>{say('page.category.h1', { category: category.name, plural })}</h1>
      <p class="lede" lang={localDescription ? undefined : 'en'}>
        {localDescription ?? category.description}
      </p>

      <form method="get" action={path} class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{say('page.filters.heading')}</h2>
        <FilterFields query={query} sortLabels={sortLabels} resetHref={path} filtered={filtered} locale={locale} />
      </form>

      <p role="status" id="result-count">
        {filtered
          ? say('page.category.matchCount', { shown: props.apps.length, total: props.total })
          : say('page.category.count', { count: props.total, singular, plural })}{' '}
        {say('page.filters.unknown')}
      </p>

      {props.apps.length === 0 ? (
        <p>{say('page.category.empty')}</p>
      ) : (
        <RankingTable
          snapshot={snapshot}
          apps={props.apps}
          ranks={props.ranks}
          caption={say('page.category.caption', { category: category.name, sort: sortLabels[query.sort] })}
          sortHeader={sortHeader}
          locale={locale}
        />
      )}
      <p class="muted">
        {say('page.methodologyNote')} <a href="/methodology">{say('page.methodologyLink')}</a>.
      </p>
    </Layout>
  );
}
