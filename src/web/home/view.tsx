/** The home page: search, the categories with their app counts, the best-rated apps and the latest review updates. */
import { t, term, type MessageKey, type MessageParams } from '../../i18n/index.ts';
import type { SiteSnapshot } from '../site-data.ts';
import type { RevisionRow } from '../../store/index.ts';
import { feedPath } from '../http/locale-paths.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { ScoreBadge } from '../views/parts.tsx';
import { SearchForm } from '../search/view.tsx';
import { longDate } from '../views/format.ts';
import { rankApps } from '../../scoring/ranking.ts';
import { homeScripts } from '../assets/scripts.ts';
import { readerNote } from '../../narrative/revisions.ts';

export interface HomeViewProps {
  snapshot: SiteSnapshot;
  /** The latest revisions across all apps, newest first. */
  recent?: RevisionRow[];
  /** Script URLs for results-as-you-type (default: the site's search scripts); the page works without them. */
  scripts?: string[];
  meta: Omit<PageMeta, 'title' | 'description' | 'path'>;
}

export function HomeView(props: HomeViewProps) {
  const { snapshot } = props;
  const rubric = snapshot.catalog.rubric;
  const best = rankApps(snapshot.apps.filter((a) => a.score.score !== null)).slice(0, 10);
  // A first import is a review's publication, not an update: "recent updates" lists only later revisions.
  const recent = (props.recent ?? []).filter((r) => r.revision > 1).slice(0, 10);
  const locale = props.meta.locale ?? 'en';
  const say = (key: MessageKey, params?: MessageParams) => t(locale, key, params);
  const categoryName = (c: { id: string; name: string }) => term(locale, `category.${c.id}.name`, c.name);
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('ui.home.title'),
        description: say('ui.home.description'),
        path: '/',
        breadcrumbs: [{ name: say('page.crumbs.apps'), path: '/' }],
        scripts: props.scripts ?? homeScripts,
      }}
    >
      <h1>{say('ui.home.h1')}</h1>
      <p class="lede">
        {say('ui.home.lede', { count: snapshot.apps.length })} <a href="/methodology">{say('ui.home.rubric')}</a>
        {say('ui.home.ledeEnd')}
      </p>
      <div class="home-search">
        <SearchForm query="" locale={locale} />
        <div id="live-results" aria-live="polite"></div>
      </div>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{say('ui.home.categories')}</h2>
        <ul class="category-list">
          {snapshot.catalog.categories.map((category) => {
            const count = snapshot.stats.get(category.id)?.apps ?? 0;
            if (count === 0) return null;
            return (
              <li>
                <a href={`/categories/${category.id}`}>{categoryName(category)}</a> <span class="muted">({say('ui.home.appCount', { count })})</span>
              </li>
            );
          })}
        </ul>
      </section>

      {best.length > 0 ? (
        <section aria-labelledby="best-heading">
          <h2 id="best-heading">{say('ui.home.best')}</h2>
          <ol class="best-list">
            {best.map((a) => (
              <li>
                <a href={`/apps/${a.review.slug}`}>{a.review.name}</a>{' '}
                <span class="muted">
                  ({categoryName(snapshot.catalog.categories.find((c) => c.id === a.review.category) ?? { id: a.review.category, name: a.review.category })})
                </span>{' '}
                <ScoreBadge rubric={rubric} score={a.score} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">{say('ui.home.recent')}</h2>
        {recent.length === 0 ? (
          <p>
            {say('page.home.noRecentBefore')} <a href="/apps">{say('page.home.noRecentLink')}</a>.
          </p>
        ) : (
          <ul class="recent-list">
            {recent.map((r) => (
              <li>
                <time datetime={r.createdAt}>{longDate(r.createdAt, locale)}</time>: <a href={`/apps/${r.slug}`}>{r.name}</a>
                {readerNote(r.note) === undefined ? (
                  ''
                ) : (
                  <>
                    {' — '}
                    <span lang={locale === 'en' ? undefined : 'en'}>{readerNote(r.note)}</span>
                  </>
                )}{' '}
                <span class="muted">
                  (
                  {r.score === null
                    ? say('page.home.revisionUnscored', { revision: r.revision })
                    : say('page.home.revisionScored', { revision: r.revision, score: r.score })}
                  )
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={feedPath(locale)}>{say('ui.home.feed')}</a>
        </p>
      </section>
    </Layout>
  );
}
