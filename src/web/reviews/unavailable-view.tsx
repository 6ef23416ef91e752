import type { UnavailableApp } from '../site-data.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';

/** The page of an app whose stored review can't be read right now (a 503, never a 500 for every page). */
export function UnavailableView(props: { app: UnavailableApp; path: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  return (
    <Layout
      meta={{
        ...props.meta,
        title: `${props.app.name} review unavailable | PrivacyDefend`,
        description: 'This review is temporarily unavailable.',
        path: props.path,
        noindex: true,
      }}
    >
      <h1>The {props.app.name} review is temporarily unavailable</h1>
      <p>
        Its stored data could not be read, so we show nothing rather than something wrong. The problem has been logged for the editors. See{' '}
        <a href={`/categories/${props.app.category}`}>the other apps in its category</a> meanwhile.
      </p>
    </Layout>
  );
}
