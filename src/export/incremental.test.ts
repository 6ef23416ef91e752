/**
 * `build --incremental` against a full build of the same data, file by file,
 * after each kind of change: a fact's note (no score moves), a score change, a
 * new app, a retired app, a rubric change, another --corrections, kept scores
 * an older program left inside the export, and a manifest that is corrupted or
 * missing. Each step: a full export of the changed data into a folder of its
 * own, then the incremental export over the previous one; both must hold the
 * same files with the same bytes, and the incremental one must have written
 * exactly the files whose bytes changed. The data is two categories of the
 * bundled set (test/support/export-fixture.ts): the cost of each step grows
 * with the number of apps, and what it proves does not.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { TEST_SITE_URL } from '../../test/support/site.ts';
import { exportFixture } from '../../test/support/export-fixture.ts';
import { retirementOf } from '../domain/review.ts';
import { gunzipSync } from 'node:zlib';
import { defaultCacheDir, exportSite, EXPORT_MANIFEST, URL_LIST, type ExportResult } from './export-site.ts';
import { apiExportPaths } from './api-paths.ts';
import type { Progress } from './progress.ts';
import { SiteData, type SiteSnapshot } from '../web/site-data.ts';
import type { Store } from '../store/index.ts';
import { LEGACY_SCORED_CACHE, SCORED_CACHE } from './scored-cache.ts';
import type { CorrectionTarget } from '../web/edit/suggest-link.tsx';

// Two categories of the bundled data: what is proved holds for any number of
// apps, and each step's two exports cost in proportion to it. Messaging (17
// apps) is the one that changes; email stays clean beside it.
const fx = exportFixture('pd-incremental-', ['messaging', 'email']);
let step = 0;

interface FileState {
  bytes: Buffer;
  mtimeMs: number;
}

async function filesOf(dir: string): Promise<Map<string, FileState>> {
  const out = new Map<string, FileState>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(dir, path), { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs });
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A progress that keeps its messages. */
function recorder(): Progress & { messages: string[] } {
  const messages: string[] = [];
  return { messages, tick() {}, end: (m: string) => void messages.push(m) } as Progress & { messages: string[] };
}

const inc = () => join(fx.work, 'incremental');

/** How many apps the last incremental export read from the store (the others it had kept from the export before). */
let scoredReads: number | undefined;

/** Where the "Suggest a correction" links go in the exports of the step (changed by one step). */
let corrections: CorrectionTarget;

async function settings() {
  const extraPaths = await apiExportPaths();
  assert.ok(extraPaths);
  return { site: fx.site, siteUrl: TEST_SITE_URL, brotliQuality: 1, gzipLevel: 1, extraPaths, corrections };
}

const DOWNLOAD = 'downloads/privacydefend.json';

/**
 * Export the data as it is now in full, then incrementally over `inc()`, and
 * compare: the same files, byte for byte, and the incremental export wrote
 * exactly those whose bytes differ from what it held before.
 */
let lastFull: Map<string, FileState> | undefined;
async function incrementalEqualsFull(
  label: string,
  dataChanged = true,
  inPlace = true,
): Promise<{ result: ExportResult; differing: string[]; messages: string[] }> {
  let expected = lastFull;
  if (dataChanged || !expected) {
    const full = join(fx.work, `full-${++step}`);
    await exportSite({ ...(await settings()), outDir: full });
    expected = await filesOf(full);
    await rm(full, { recursive: true, force: true });
    lastFull = expected;
  }
  const before = await filesOf(inc());
  const progress = recorder();
  // A SiteData of its own, as a build in a fresh process has: it starts from what the previous export kept.
  const reads: number[] = [];
  const store = Object.assign(Object.create(fx.store) as Store, {
    currentData: async (held?: Parameters<Store['currentData']>[0]) => {
      const data = await fx.store.currentData(held);
      reads.push(data.apps.length);
      return data;
    },
  });
  const result = await exportSite({ ...(await settings()), site: new SiteData(store, 0), outDir: inc(), incremental: true, progress });
  scoredReads = reads[0];
  const after = await filesOf(inc());
  assert.deepEqual([...after.keys()], [...expected.keys()], `${label}: the same files as a full export`);
  // The download's .gz, stitched from kept and new pieces, is a gzip file of the download (CRC and length checked by gunzip).
  const download = after.get(DOWNLOAD)?.bytes;
  assert.ok(download && download.length > 0 && !after.has(`${DOWNLOAD}.br`), `${label}: the JSON download, with no .br copy`);
  assert.ok(gunzipSync(after.get(`${DOWNLOAD}.gz`)?.bytes ?? Buffer.alloc(0)).equals(download), `${label}: gunzip of the download's .gz is the download`);
  assert.equal(JSON.parse(download.toString()).apps.length, (await fx.site.snapshot()).apps.length, `${label}: the download holds every app`);
  const differing: string[] = [];
  for (const [f, now] of after) {
    const want = expected.get(f)?.bytes ?? Buffer.alloc(0);
    assert.ok(now.bytes.equals(want), `${label}: ${f} equals the full export byte for byte`);
    if (f === EXPORT_MANIFEST) continue;
    const was = before.get(f);
    if (!was?.bytes.equals(now.bytes)) differing.push(f);
    else if (inPlace) assert.equal(now.mtimeMs, was.mtimeMs, `${label}: ${f} kept its bytes and was not rewritten`);
  }
  return { result, differing, messages: progress.messages };
}

let at = Date.parse('2026-12-02T09:00:00Z');
async function revise(slug: string, change: (facts: Record<string, unknown>) => void, note: string): Promise<void> {
  const row = await fx.store.getApp(slug);
  assert.ok(row, slug);
  const facts = structuredClone(row.facts) as Record<string, unknown>;
  change(facts);
  at += 3600_000;
  const saved = await fx.store.saveRevision({ ...row, facts }, { author: 'test', note, at: new Date(at) });
  assert.equal(saved.created, true, `${slug}: a new revision`);
  assert.ok((await fx.site.snapshot()).bySlug.has(slug), `${slug}: the new revision is valid and served`);
}

/**
 * How many URLs of the export in `inc()` show only apps of `category`: their
 * pages in every language, badges, API entries and histories, the
 * comparisons of two of them, and the category's page and API entry.
 */
async function urlsShowingOnly(snap: SiteSnapshot, category: string): Promise<number> {
  const manifest = JSON.parse(await readFile(join(inc(), EXPORT_MANIFEST), 'utf8')) as { urls: Record<string, string> };
  const slugs = snap.apps.filter((a) => a.review.category === category).map((a) => a.review.slug);
  const ofCategory = new Set([`/categories/${category}`, `/api/v1/categories/${category}`]);
  for (const a of slugs) {
    for (const path of [`/apps/${a}`, `/badge/${a}.svg`, `/api/v1/apps/${a}`, `/api/v1/apps/${a}/history`]) ofCategory.add(path);
    for (const b of slugs) ofCategory.add(`/compare/${a}-vs-${b}`);
  }
  return Object.keys(manifest.urls).filter((url) => ofCategory.has(url.replace(/^\/(de|fr)(?=\/)/, ''))).length;
}

/** The score of `slug` as the site shows it. */
async function scoreOf(slug: string): Promise<number | null | undefined> {
  return (await fx.site.snapshot()).bySlug.get(slug)?.score.score;
}

describe('build --incremental equals a full build', () => {
  test('after a note, a score change, a new app, a retired app, a rubric change, and with a corrupted or missing manifest', async () => {
    const first = await exportSite({ ...(await settings()), outDir: inc() });
    assert.equal(first.written.length, first.files);

    // A fact's note: no score moves, so only the pages that show the app itself are rendered again.
    const snap = await fx.site.snapshot();
    await revise(
      'threema',
      (f) => {
        const controls = f.controls as Record<string, { note?: string }>;
        const id = Object.keys(controls).find((k) => typeof controls[k] === 'object');
        assert.ok(id);
        const control = controls[id];
        assert.ok(control);
        control.note = `${control.note ?? ''} (a test's note)`.trim();
      },
      'A note reworded',
    );
    const listed = join(defaultCacheDir(inc()), URL_LIST);
    const listedAt = (await stat(listed)).mtimeMs;
    const note = await incrementalEqualsFull('a note');
    assert.equal(scoredReads, 1, 'only the changed app is read and scored again');
    assert.equal((await stat(listed)).mtimeMs, listedAt, 'no score moved: the URL list kept in the build cache is used, not listed and written again');
    assert.ok(note.differing.includes('apps/threema/index.html'), "the app's page changes");
    const categoryOfThreema = snap.bySlug.get('threema')?.review.category;
    const sameCategory = snap.apps.filter((a) => a.review.category === categoryOfThreema && a.review.slug !== 'threema').length;
    // Of its category, the apps that offer threema as an alternative are rendered again; the others are not.
    assert.ok(sameCategory > 3, 'the test needs a category with several apps');
    // Nothing of the other category changed: none of its apps' URLs, nor its own, is rendered again.
    const clean = await urlsShowingOnly(snap, 'email');
    assert.ok(clean > 6 * 3, 'the test needs a second category with several apps');
    assert.ok(
      note.result.skipped >= clean,
      `the ${clean} URLs of the email category are not rendered again (${note.result.skipped} skipped of ${first.files})`,
    );

    // The kept list holds, by each URL's place, the apps it belongs to (by their place in the snapshot).
    const kept = JSON.parse(await readFile(listed, 'utf8')) as { paths: string[]; owners: (number[] | null)[] };
    assert.equal(kept.owners.length, kept.paths.length);
    const threemaAt = (await fx.site.snapshot()).apps.findIndex((a) => a.review.slug === 'threema');
    assert.ok(kept.owners[kept.paths.indexOf('/apps/threema')]?.includes(threemaAt), "an app's page belongs to the app");
    assert.equal(kept.owners[kept.paths.indexOf('/')], null, 'the home page belongs to no app: always rendered');
    // A kept list whose owners don't fit its URLs is not used: listed again, and the update is still right.
    await writeFile(listed, JSON.stringify({ ...kept, owners: kept.owners.slice(1) }));
    const relisted = await incrementalEqualsFull('the kept owners broken', false);
    assert.notEqual((await stat(listed)).mtimeMs, listedAt, 'the list was listed and written again');
    assert.equal((JSON.parse(await readFile(listed, 'utf8')) as { owners: unknown[] }).owners.length, kept.paths.length);
    assert.equal(relisted.differing.length, 0, 'nothing changed since the last update');
    assert.ok(relisted.result.skipped >= clean, 'the owners worked out again skip as the kept ones did');

    // A score change: the category's pages, alternatives and lists may change.
    const was = await scoreOf('threema');
    await revise(
      'threema',
      (f) => {
        (f.app as Record<string, unknown>).minimumAge = { value: 15, sources: ['threema-wikipedia-de'] };
        (f.sharing as Record<string, unknown>).advertising = { value: 'first-party', sources: ['threema-privacy-de'] };
      },
      'Advertising',
    );
    assert.notEqual(await scoreOf('threema'), was, 'the score moved');
    const score = await incrementalEqualsFull('a score change');
    assert.ok(score.differing.length > note.differing.length, 'a score change touches more files than a note');

    // A new app: the global key changes, everything is rendered (and only changed bytes written).
    const signal = await fx.store.getApp('signal');
    assert.ok(signal);
    const newFacts = { ...(structuredClone(signal.facts) as Record<string, unknown>), slug: 'signal-copy', name: 'Signal Copy' };
    at += 3600_000;
    await fx.store.saveRevision({ ...signal, slug: 'signal-copy', name: 'Signal Copy', facts: newFacts }, { author: 'test', note: 'New', at: new Date(at) });
    const added = await incrementalEqualsFull('a new app');
    assert.ok(added.differing.includes('apps/signal-copy/index.html'));
    // The URL list kept for the next build is the new one: the URLs of the manifest, but the not-found page.
    const keptUrls = (JSON.parse(await readFile(listed, 'utf8')) as { paths: string[] }).paths;
    const manifestUrls = Object.keys((JSON.parse(await readFile(join(inc(), EXPORT_MANIFEST), 'utf8')) as { urls: Record<string, string> }).urls);
    assert.deepEqual([...keptUrls].sort(), manifestUrls.filter((u) => u !== '/404').sort());
    assert.ok(keptUrls.includes('/apps/signal-copy'));

    // A retired app: no longer offered as an alternative anywhere in its category.
    await revise(
      'signal-copy',
      (f) => {
        const source = Object.keys(f.sources as Record<string, unknown>)[0];
        f.history = [...((f.history as unknown[]) ?? []), { kind: 'retired', date: '2026-12-02', summary: 'Shut down.', sources: [source] }];
      },
      'Retired',
    );
    const retired = (await fx.site.snapshot()).bySlug.get('signal-copy');
    assert.ok(retired && retirementOf(retired.review), 'the app is served, and retired');
    await incrementalEqualsFull('a retired app');

    // A rubric change: every page may change.
    const catalog = await fx.store.catalog();
    assert.ok(catalog);
    const content = structuredClone(catalog.content) as { rubric: { tones: Record<string, { words: string }> } };
    const good = content.rubric.tones.good;
    assert.ok(good);
    good.words = 'good (test)';
    at += 3600_000;
    await fx.store.importDataset({ catalog: content, apps: [] }, { author: 'test', note: 'Rubric', at: new Date(at) });
    const rubric = await incrementalEqualsFull('a rubric change');
    assert.equal(scoredReads, 0, 'no app has a new revision: all are scored again, from the rows kept');
    assert.equal(rubric.result.skipped, 0, 'nothing is skipped');

    // Another --corrections than the last export's: every page's correction links change, so everything is exported.
    corrections = { mailto: 'corrections@example.org' };
    const mailto = await incrementalEqualsFull('another --corrections', true, false);
    assert.ok(
      mailto.messages.some((m) => /other settings.*corrections.*exporting everything/.test(m)),
      mailto.messages.join('\n'),
    );
    assert.ok(mailto.differing.includes('apps/threema/index.html'), 'the pages now link to the address');
    assert.ok((await readFile(join(inc(), 'apps/threema/index.html'), 'utf8')).includes('mailto:corrections@example.org'));
    // The same again: nothing to do but the site-wide pages, and the links stay.
    const again = await incrementalEqualsFull('the same --corrections', false);
    assert.ok(again.result.skipped > 0 && !again.messages.some((m) => /exporting everything/.test(m)), again.messages.join('\n'));

    // Kept scores an older program left inside the export are removed by an update (they are no file of the site).
    await writeFile(join(inc(), LEGACY_SCORED_CACHE), 'kept by an older program');
    await revise(
      'threema',
      (f) => {
        (f.review as Record<string, unknown>).notes = 'Re-checked (a test).';
      },
      'Re-checked',
    );
    await incrementalEqualsFull('a leftover of the kept scores in the export');

    // A corrupted manifest (the same data): the folder is exported again as a whole, and the export says why.
    await writeFile(join(inc(), EXPORT_MANIFEST), '{"format": 1, "settings": ');
    // And kept scores that can't be read: every app is read again.
    await writeFile(join(defaultCacheDir(inc()), SCORED_CACHE), 'not a cache');
    const corrupted = await incrementalEqualsFull('a corrupted manifest', false, false);
    assert.equal(scoredReads, (await fx.site.snapshot()).apps.length);
    assert.ok(
      corrupted.messages.some((m) => /can't be read.*exporting everything/.test(m)),
      corrupted.messages.join('\n'),
    );
    assert.equal(corrupted.result.skipped, 0);
    // A missing one.
    await rm(join(inc(), EXPORT_MANIFEST));
    const missing = await incrementalEqualsFull('a missing manifest', false, false);
    assert.ok(
      missing.messages.some((m) => /no manifest.*exporting everything/.test(m)),
      missing.messages.join('\n'),
    );
  });
});
