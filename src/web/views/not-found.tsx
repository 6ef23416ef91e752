import { Layout, type PageMeta } from './layout.tsx';

export function NotFoundView(props: { path: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  return (
    <Layout meta={{ ...props.meta, title: 'Page not found | PrivacyDefend', description: 'No page at this address.', path: props.path, noindex: true }}>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{props.path}</code>. If you were looking for an app, it may not be reviewed yet: see <a href="/">all reviewed apps</a>.
      </p>
    </Layout>
  );
}
