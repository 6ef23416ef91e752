/**
 * The whole dataset as one JSON file and as CSV (one row per app), built from
 * a data snapshot. Pure; the routes cache them per data version.
 */
import { z } from '@hono/zod-openapi';
import { Rubric } from '../../domain/rubric.ts';
import { Category } from '../../domain/catalog.ts';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { AppReview, presentReview } from '../reviews/api.ts';

export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** How to credit the data, as the licence asks. */
export function attributionOf(siteUrl: string): string {
  return `Data from PrivacyDefend (${siteUrl}), licensed CC BY 4.0.`;
}

export const DOWNLOAD_PATHS = { page: '/downloads/', json: '/downloads/privacydefend.json', csv: '/downloads/privacydefend.csv' } as const;

export const DatasetDownload = z
  .object({
    title: z.string(),
    source: z.string(),
    licence: z.object({ name: z.string(), url: z.string() }),
    attribution: z.string(),
    dataVersion: z.string().describe('changes whenever the data changes'),
    rubric: Rubric,
    categories: z.array(Category),
    apps: z.array(AppReview),
  })
  .openapi('DatasetDownload');
export type DatasetDownload = z.infer<typeof DatasetDownload>;

/** What the JSON download holds besides the apps. */
function datasetHead(snapshot: SiteSnapshot, siteUrl: string): Omit<DatasetDownload, 'apps'> {
  return {
    title: 'PrivacyDefend dataset',
    source: siteUrl,
    licence: DATA_LICENCE,
    attribution: attributionOf(siteUrl),
    dataVersion: snapshot.version,
    rubric: snapshot.catalog.rubric,
    categories: snapshot.catalog.categories,
  };
}

/**
 * Every app's full review, the rubric and the categories, with the licence.
 * @example JSON.stringify(datasetJson(snapshot, siteUrl))
 */
export function datasetJson(snapshot: SiteSnapshot, siteUrl: string): DatasetDownload {
  return { ...datasetHead(snapshot, siteUrl), apps: snapshot.apps.map((a) => presentReview(a, snapshot, siteUrl)) };
}

/**
 * The JSON download's text, `JSON.stringify(datasetJson(snapshot, siteUrl))`,
 * with each app's review given as its JSON text: by default stringified
 * here; the static export passes the bytes of each app's
 * /api/v1/apps/{slug} file, which are that same text, so it need not build
 * every review again (src/export/export-site.ts).
 * @example datasetJsonText(snapshot, siteUrl) === JSON.stringify(datasetJson(snapshot, siteUrl)) // true
 */
export function datasetJsonText(
  snapshot: SiteSnapshot,
  siteUrl: string,
  appJson: (app: SiteApp) => string = (a) => JSON.stringify(presentReview(a, snapshot, siteUrl)),
): string {
  const [head, tail] = datasetJsonFrame(snapshot, siteUrl);
  return `${head}${snapshot.apps.map(appJson).join(',')}${tail}`;
}

/**
 * The JSON download's text around the reviews: it is `head`, then each app's
 * review as JSON text (snapshot order, separated by commas), then `tail`.
 * @example const [head, tail] = datasetJsonFrame(snapshot, siteUrl); // head ends with '"apps":[', tail is ']}'
 */
export function datasetJsonFrame(snapshot: SiteSnapshot, siteUrl: string): [head: string, tail: string] {
  // `apps` is the last key: the text ends with `"apps":[]}`, and the reviews go between the brackets.
  const empty = JSON.stringify({ ...datasetHead(snapshot, siteUrl), apps: [] });
  return [empty.slice(0, -2), ']}'];
}

/** The Content-Type of each download file. */
export const DOWNLOAD_TYPES = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8; header=present' } as const;

export const CSV_COLUMNS = [
  'slug',
  'name',
  'category',
  'score',
  'label',
  'coverage',
  'dataCollectionLevel',
  'dataCollectionScore',
  'encryptionLevel',
  'encryptionScore',
  'sharingLevel',
  'sharingScore',
  'controlsLevel',
  'controlsScore',
  'updated',
] as const;

/**
 * One CSV field, quoted when RFC 4180 requires it (comma, quote, CR or LF).
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or CR) gets a leading apostrophe, so a hostile value in the data can't
 * execute on a reader's machine. Numbers are written as they are.
 * @example csvField('Signal, Inc.') // '"Signal, Inc."'
 */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${text}` : text;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One row per app (ordered by slug) under a header row, CRLF line ends as RFC 4180 says.
 * @example datasetCsv(snapshot).split('\r\n')[0] // 'slug,name,category,score,...'
 */
export function datasetCsv(snapshot: SiteSnapshot): string {
  const rows = [...snapshot.apps]
    .sort((a, b) => (a.review.slug < b.review.slug ? -1 : 1))
    .map(({ review, score, row }) => {
      const d = score.dimensions;
      const cells: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
        slug: review.slug,
        name: review.name,
        category: review.category,
        score: score.score,
        label: score.label,
        coverage: score.coverage,
        dataCollectionLevel: d.dataCollection.level,
        dataCollectionScore: d.dataCollection.score,
        encryptionLevel: d.encryption.level,
        encryptionScore: d.encryption.score,
        sharingLevel: d.sharing.level,
        sharingScore: d.sharing.score,
        controlsLevel: d.controls.level,
        controlsScore: d.controls.score,
        updated: row.createdAt,
      };
      return CSV_COLUMNS.map((col) => csvField(cells[col])).join(',');
    });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
