/** The home page: search, the categories with their app counts, the best-rated apps and the latest review updates. */
import { scoreOutOfTen } from '../../scoring/score-words.ts';
import type { SiteSnapshot } from '../site-data.ts';
import type { RevisionRow } from '../../store/index.ts';
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
  return (
    <Layout
      meta={{
        ...props.meta,
        title: 'PrivacyDefend: is this app safe? Privacy ratings with sources',
        description: 'Privacy ratings for apps, computed from sourced facts by a published rubric.',
        path: '/',
        breadcrumbs: [{ name: 'Apps', path: '/' }],
        scripts: props.scripts ?? homeScripts,
      }}
    >
      <h1>Is this app safe?</h1>
      <p class="lede">
        Privacy ratings for {snapshot.apps.length} apps. Every rating is computed from sourced facts by a <a href="/methodology">published rubric</a>, and
        unknown facts never count as good.
      </p>
      <div class="home-search">
        <SearchForm query="" />
        <div id="live-results" aria-live="polite"></div>
      </div>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">Categories</h2>
        <ul class="category-list">
          {snapshot.catalog.categories.map((category) => {
            const count = snapshot.stats.get(category.id)?.apps ?? 0;
            if (count === 0) return null;
            return (
              <li>
                <a href={`/categories/${category.id}`}>{category.name}</a>{' '}
                <span class="muted">
                  ({count} {count === 1 ? 'app' : 'apps'})
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      {best.length > 0 ? (
        <section aria-labelledby="best-heading">
          <h2 id="best-heading">Best-rated apps</h2>
          <ol class="best-list">
            {best.map((a) => (
              <li>
                <a href={`/apps/${a.review.slug}`}>{a.review.name}</a>{' '}
                <span class="muted">({snapshot.catalog.categories.find((c) => c.id === a.review.category)?.name ?? a.review.category})</span>{' '}
                <ScoreBadge rubric={rubric} score={a.score} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recently updated reviews</h2>
        {recent.length === 0 ? (
          <p>
            No review has changed since it was first published. Every review lists its history; <a href="/apps">see all apps</a>.
          </p>
        ) : (
          <ul class="recent-list">
            {recent.map((r) => (
              <li>
                <time datetime={r.createdAt}>{longDate(r.createdAt)}</time>: <a href={`/apps/${r.slug}`}>{r.name}</a>
                {readerNote(r.note) === undefined ? '' : ` — ${readerNote(r.note)}`}{' '}
                <span class="muted">
                  (revision {r.revision}
                  {r.score === null ? ', not scored' : `, ${scoreOutOfTen(r.score)}`})
                </span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href="/feed.xml">Follow review updates (Atom feed)</a>
        </p>
      </section>
    </Layout>
  );
}
