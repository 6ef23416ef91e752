/** The /downloads/ page: the dataset files, the licence and how to attribute. */
import { Layout, type PageMeta } from '../views/layout.tsx';
import { attributionOf, CSV_COLUMNS, DATA_LICENCE, DOWNLOAD_PATHS } from './files.ts';

/** The downloads page. @example <DownloadsView apps={69} dataVersion={snapshot.version} siteUrl={siteUrl} meta={ctx.meta} /> */
export function DownloadsView(props: { apps: number; dataVersion: string; siteUrl: string; meta: Omit<PageMeta, 'title' | 'description' | 'path'> }) {
  return (
    <Layout
      meta={{
        ...props.meta,
        title: 'Download the dataset | PrivacyDefend',
        description: `Every PrivacyDefend review (${props.apps} apps) as JSON and CSV, licensed CC BY 4.0.`,
        path: DOWNLOAD_PATHS.page,
      }}
    >
      <h1>Download the dataset</h1>
      <p class="lede">
        All {props.apps} reviews, free to reuse under <a href={DATA_LICENCE.url}>{DATA_LICENCE.name}</a>. The files are rebuilt whenever the data changes.
      </p>
      <ul>
        <li>
          <a href={DOWNLOAD_PATHS.json} download>
            privacydefend.json
          </a>
          : every app's full review (facts with their sources, the four ratings, the score and its explanation, safer alternatives), the rubric and the
          categories, in the shape of <a href="/api">the API</a>.
        </li>
        <li>
          <a href={DOWNLOAD_PATHS.csv} download>
            privacydefend.csv
          </a>
          : one row per app, with the columns {CSV_COLUMNS.join(', ')} (RFC 4180, UTF-8).
        </li>
      </ul>
      <p class="muted">
        Data version: <code>{props.dataVersion}</code>
      </p>
      <h2 id="licence">Licence and attribution</h2>
      <p>
        You may copy, share and adapt the data for any purpose, including commercially, as long as you credit PrivacyDefend and link to the licence. For
        example:
      </p>
      <blockquote>
        <p>
          {attributionOf(props.siteUrl)} <a href={DATA_LICENCE.url}>{DATA_LICENCE.url}</a>
        </p>
      </blockquote>
      <p>Say if you changed the data. The sources each fact cites keep their own terms.</p>
    </Layout>
  );
}
