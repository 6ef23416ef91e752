/** The page for a URL whose query we can't read: it names the parameter and says what would work. */
import { Layout, type PageMeta } from './layout.tsx';

export function BadRequestView(props: { path: string; parameter: string; message: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  return (
    <Layout
      meta={{
        ...props.meta,
        title: 'Bad request | PrivacyDefend',
        description: 'This address has a query parameter we cannot read.',
        path: props.path,
        noindex: true,
      }}
    >
      <h1>We can't read this address</h1>
      <p id="bad-parameter">
        The query parameter <code>{props.parameter}</code> is wrong: {props.message}.
      </p>
      <p>
        Go back to <a href={props.path}>{props.path}</a> and try again, or see <a href="/">all reviewed apps</a>.
      </p>
    </Layout>
  );
}
