/** The /downloads/ page: the dataset files, the licence and how to attribute (in English, German or French; the files are the same). */
import { Layout, type PageMeta } from '../views/layout.tsx';
import { sayer } from '../views/words.ts';
import { attributionOf, CSV_COLUMNS, DATA_LICENCE, DOWNLOAD_PATHS } from './files.ts';

/** The downloads page. @example <DownloadsView apps={69} dataVersion={snapshot.version} siteUrl={siteUrl} meta={ctx.meta} /> */
export function DownloadsView(props: { apps: number; dataVersion: string; siteUrl: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  const locale = props.meta.locale ?? 'en';
  const say = sayer(locale);
  return (
    <Layout
      meta={{
        ...props.meta,
        title: say('page.downloads.title'),
        description: say('page.downloads.description', { count: props.apps }),
        path: DOWNLOAD_PATHS.page,
      }}
    >
      <h1>{say('page.downloads.h1')}</h1>
      <p class="lede">
        {say('page.downloads.ledeBefore', { count: props.apps })} <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>
        {say('page.downloads.ledeAfter')}
      </p>
      <ul>
        <li>
          <a href={DOWNLOAD_PATHS.json} download>
            privacydefend.json
          </a>
          {say('page.downloads.jsonBefore')} <a href="/api">{say('page.downloads.jsonLink')}</a>.
        </li>
        <li>
          <a href={DOWNLOAD_PATHS.csv} download>
            privacydefend.csv
          </a>
          {say('page.downloads.csv', { columns: CSV_COLUMNS.join(', ') })}
        </li>
      </ul>
      <p class="muted">
        {say('page.downloads.version')} <code>{props.dataVersion}</code>
      </p>
      <h2 id="licence">{say('page.downloads.licence')}</h2>
      <p>{say('page.downloads.licenceText')}</p>
      <blockquote lang={locale === 'en' ? undefined : 'en'}>
        <p>
          {attributionOf(props.siteUrl)} <a href={DATA_LICENCE.url}>{DATA_LICENCE.url}</a>
        </p>
      </blockquote>
      <p>{say('page.downloads.changed')}</p>
    </Layout>
  );
}
