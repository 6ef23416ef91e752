import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_COLUMNS, csvField, DatasetDownload, datasetJson, datasetJsonText } from './files.ts';
import { exportablePaths } from '../api/exportable-paths.ts';
import { SiteData } from '../site-data.ts';
import { loadDataset } from '../../dataset/load.ts';
import { revisionsOf } from '../../dataset/import.ts';
import { testApi, TEST_SITE_URL, type TestApi } from '../../../test/support/site.ts';

let t: TestApi;
before(async () => {
  t = await testApi();
});
after(() => t.close());

/** A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        field += ch;
        i += 1;
      }
    } else if (ch === '"') {
      quoted = true;
      i += 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n') throw new Error(`bare LF at ${i}`);
    else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last line does not end with CRLF');
  return rows;
}

test('the CSV has a header and one row per app, every row the same width', async () => {
  const { res, body } = await t.get('/downloads/privacydefend.csv');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  assert.equal(typeof body, 'string');
  const rows = parseCsv(String(body));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  const apps = await t.store.listApps();
  assert.equal(rows.length - 1, apps.length);
  for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
  const signal = rows.find((r) => r[0] === 'signal');
  assert.equal(signal?.[1], 'Signal');
  assert.match(signal?.[3] ?? '', /^\d+(\.\d)?$/);
});

test('CSV fields with commas, quotes or line breaks are quoted', () => {
  assert.equal(csvField('Meta Platforms, Inc.'), '"Meta Platforms, Inc."');
  assert.equal(csvField('the "best"'), '"the ""best"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField('=HYPERLINK("http://evil")'), `"'=HYPERLINK(""http://evil"")"`, 'a formula is neutralised');
  assert.equal(csvField(-1.5), '-1.5', 'numbers stay numbers');
  assert.deepEqual(parseCsv(`${['a,b', 'say "hi"', 'x\r\ny'].map(csvField).join(',')}\r\n`), [['a,b', 'say "hi"', 'x\r\ny']]);
});

test("the JSON download holds every app's review, the rubric and the licence", async () => {
  const { res, body } = await t.get('/downloads/privacydefend.json');
  assert.equal(res.status, 200);
  const data = DatasetDownload.parse(body);
  assert.equal(data.apps.length, (await t.store.listApps()).length);
  assert.equal(data.licence.name, 'CC BY 4.0');
  assert.match(data.attribution, /PrivacyDefend/);
});

test("the JSON download's text is the stringified dataset, also when the apps' reviews are given as text", async () => {
  const snapshot = await new SiteData(t.store).snapshot();
  const siteUrl = TEST_SITE_URL;
  const whole = JSON.stringify(datasetJson(snapshot, siteUrl));
  assert.equal(datasetJsonText(snapshot, siteUrl), whole);
  // As the static export gives them: each app's /api/v1/apps/{slug} body.
  const bodies = new Map<string, string>();
  for (const a of snapshot.apps) bodies.set(a.review.slug, await (await t.app.request(`/api/v1/apps/${a.review.slug}`)).text());
  assert.equal(
    datasetJsonText(snapshot, siteUrl, (a) => bodies.get(a.review.slug) ?? ''),
    whole,
  );
  assert.equal(await (await t.app.request('/downloads/privacydefend.json')).text(), whole, 'the server sends that text');
});

test('downloads have ETags, answer 304, and change when the data changes', async () => {
  const first = await t.get('/downloads/privacydefend.csv');
  const tag = first.res.headers.get('etag');
  assert.ok(tag);
  assert.equal((await t.get('/downloads/privacydefend.csv', { 'If-None-Match': tag })).res.status, 304);
  const dataset = loadDataset('data');
  const signal = dataset.reviews.find((r) => r.slug === 'signal');
  assert.ok(signal);
  const [input] = revisionsOf({ ...dataset, reviews: [{ ...signal, name: 'Signal, "Private" Messenger' }] });
  assert.ok(input);
  assert.equal((await t.store.saveRevision(input, { author: 'editor', note: 'rename for the test' })).created, true);
  const second = await t.get('/downloads/privacydefend.csv', { 'If-None-Match': tag });
  assert.equal(second.res.status, 200);
  assert.match(String(second.body), /"Signal, ""Private"" Messenger"/);
});

test('the downloads page links both files and states the licence and how to attribute', async () => {
  const { res, body } = await t.get('/downloads/');
  assert.equal(res.status, 200);
  const html = String(body);
  assert.match(html, /href="\/downloads\/privacydefend\.json"/);
  assert.match(html, /href="\/downloads\/privacydefend\.csv"/);
  assert.match(html, /CC BY 4\.0/);
  assert.match(html, /Data from PrivacyDefend/);
  assert.doesNotMatch(html, /<script(?! type="application\/ld\+json")(?![^>]*\ssrc="\/assets\/)/);
});

test('every exportable path answers 200', async () => {
  const snapshot = await new SiteData(t.store, 0).snapshot();
  const paths = exportablePaths(snapshot);
  assert.ok(paths.includes('/api/v1/apps/signal/history'));
  assert.ok(paths.includes('/downloads/privacydefend.csv'));
  assert.equal(new Set(paths).size, paths.length);
  for (const path of paths) assert.equal((await t.get(path)).res.status, 200, path);
});
