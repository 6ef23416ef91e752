/**
 * The kept scores through the build cache: every entry read back equals the
 * one written (rows, facts, reviews and scores), though the file holds each
 * row's facts only when they are not its review over again, and an entry
 * read and kept as it was is written back as the bytes it came from.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { serialize } from 'node:v8';
import { bundledStore } from '../../test/support/site.ts';
import type { Store } from '../store/index.ts';
import { SiteData, type AppEntry, type HeldEntries } from '../web/site-data.ts';
import { peerKey } from './peer-key.ts';
import { readScoredCache, SCORED_CACHE, writeScoredCache } from './scored-cache.ts';

let store: Store;
let held: HeldEntries;
let dir: string;
before(async () => {
  store = await bundledStore();
  const site = new SiteData(store, 0);
  await site.snapshot();
  const h = site.held();
  assert.ok(h);
  held = h;
  dir = await mkdtemp(join(tmpdir(), 'pd-scored-cache-'));
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** `entries` written into a cache folder of their own and read back, with the file's size. */
async function roundTrip(name: string, entries: AppEntry[]): Promise<{ read: HeldEntries; bytes: number }> {
  const cacheDir = join(dir, name);
  await writeScoredCache(cacheDir, { catalogVersion: held.catalogVersion, entries });
  const read = await readScoredCache(cacheDir);
  assert.ok(read, 'the cache just written is used');
  return { read, bytes: (await readFile(join(cacheDir, SCORED_CACHE))).length };
}

test('every entry reads back equal to the one written, in a file under two thirds the size of the entries serialized whole', async () => {
  const { read, bytes } = await roundTrip('all', held.entries);
  assert.deepStrictEqual(read, held);
  for (const e of read.entries) {
    assert.deepStrictEqual(Object.keys(e.row), Object.keys(held.entries[0]?.row ?? {}), 'the row keeps its keys in their order');
    if (e.app) assert.equal(e.app.row, e.row, 'the app and its entry share one row, as when scored');
  }
  const whole = held.entries.reduce((sum, e) => sum + serialize(e).length, 0);
  assert.ok(bytes < (whole * 2) / 3, `${bytes} bytes, against ${whole} for the entries serialized whole`);
});

test('facts that are not the review over again (another key order, an unreadable revision) are kept as they were', async () => {
  const first = held.entries.find((e) => e.app);
  assert.ok(first?.app);
  const reordered = Object.fromEntries(Object.entries(first.app.review).reverse());
  const row = { ...first.row, facts: reordered };
  const shuffled: AppEntry = { row, app: { ...first.app, row } };
  const unavailableRow = { ...first.row, slug: 'unreadable', facts: { slug: 'unreadable', format: 'from the future' } };
  const unavailable: AppEntry = {
    row: unavailableRow,
    unavailable: { slug: 'unreadable', name: 'Unreadable', category: first.row.category, reason: 'a test' },
  };
  const { read } = await roundTrip('own-facts', [shuffled, unavailable]);
  assert.deepStrictEqual(read.entries, [shuffled, unavailable]);
  assert.deepStrictEqual(Object.keys(read.entries[0]?.row.facts ?? {}), Object.keys(reordered));
  assert.notEqual(read.entries[0]?.row.facts, read.entries[0]?.app?.review);
});

test('entries read from the cache and written again give the same bytes', async () => {
  const first = join(dir, 'first');
  await writeScoredCache(first, held);
  const read = await readScoredCache(first);
  assert.ok(read);
  const second = join(dir, 'second');
  await writeScoredCache(second, read);
  assert.deepEqual(await readFile(join(second, SCORED_CACHE)), await readFile(join(first, SCORED_CACHE)));
});

test('each app’s peer key reads back as the one worked out from the app itself; a cut-off file is not used', async () => {
  const cacheDir = join(dir, 'peer');
  await writeScoredCache(cacheDir, held);
  const read = await readScoredCache(cacheDir);
  assert.ok(read);
  read.entries.forEach((e, i) => {
    const original = held.entries[i]?.app;
    if (e.app && original) assert.equal(peerKey(e.app), peerKey(structuredClone(original)), e.row.slug);
  });
  const bytes = await readFile(join(cacheDir, SCORED_CACHE));
  await writeFile(join(cacheDir, SCORED_CACHE), bytes.subarray(0, bytes.length - 1));
  assert.equal(await readScoredCache(cacheDir), undefined);
});
