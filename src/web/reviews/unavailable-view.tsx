import type { UnavailableApp } from '../site-data.ts';
import { Layout, type PageMeta } from '../views/layout.tsx';
import { t } from '../../i18n/index.ts';

/** The page of an app whose stored review can't be read right now (a 503, never a 500 for every page). */
export function UnavailableView(props: { app: UnavailableApp; path: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const locale = props.meta.locale ?? 'en';
  const name = props.app.name;
  return (
    <Layout
      meta={{
        ...props.meta,
        title: t(locale, 'ui.unavailable.title', { name }),
        description: t(locale, 'ui.unavailable.description'),
        path: props.path,
        noindex: true,
      }}
    >
      <h1>{t(locale, 'ui.unavailable.h1', { name })}</h1>
      <p>
        {t(locale, 'ui.unavailable.why')} <a href={`/categories/${props.app.category}`}>{t(locale, 'ui.unavailable.others')}</a>
      </p>
    </Layout>
  );
}
