/** The home page: every app by category with its score and label. */
import type { SiteSnapshot } from '../site-data.ts';
import { Layout, type PageMeta } from './layout.tsx';

export function HomeView(props: { snapshot: SiteSnapshot; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const { snapshot } = props;
  const tones = snapshot.catalog.rubric.tones;
  return (
    <Layout meta={{ ...props.meta, title: 'PrivacyDefend: is this app safe? Privacy ratings with sources', description: 'Privacy ratings for apps, computed from sourced facts by a published rubric.', path: '/' }}>
      <h1>Is this app safe?</h1>
      <p class="lede">
        Privacy ratings for {snapshot.apps.length} apps. Every rating is computed from sourced facts by a{' '}
        <a href="/methodology">published rubric</a>, and unknown facts never count as good.
      </p>
      {snapshot.catalog.categories.map((category) => {
        const apps = snapshot.apps
          .filter((a) => a.review.category === category.id)
          .sort((a, b) => (b.score.score ?? -1) - (a.score.score ?? -1) || a.review.name.localeCompare(b.review.name));
        if (apps.length === 0) return null;
        return (
          <section aria-labelledby={`cat-${category.id}`}>
            <h2 id={`cat-${category.id}`}>
              <a href={`/categories/${category.id}`}>{category.name}</a> <span class="muted">({apps.length})</span>
            </h2>
            <ul class="app-list">
              {apps.map((a) => {
                const tone = tones[a.score.tone];
                return (
                  <li>
                    <a href={`/apps/${a.review.slug}`}>{a.review.name}</a>{' '}
                    <span class={`badge tone-${a.score.tone}`}>
                      <span aria-hidden="true" class="icon">{tone?.icon ?? ''}</span>{' '}
                      {a.score.score === null ? 'Not enough evidence' : `${a.score.score.toFixed(1)}/10 ${a.score.label}`}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </Layout>
  );
}
