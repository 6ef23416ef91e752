import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { openStore } from '../store/index.ts';
import { importDataset, refuseInconsistent } from './import.ts';
import { DatasetError, loadDataset, loadDatasetWith } from './load.ts';
import { categoryJobs, ImportPool } from './import-pool.ts';

test('import refuses a dataset whose checks find an error, names it, and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-import-'));
  const store = await openStore({ sqlitePath: ':memory:' });
  try {
    cpSync('data', dir, { recursive: true });
    const file = join(dir, 'apps', '1password.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['review', 'notes'], '1Password is open source.');
    writeFileSync(file, doc.toString());
    await store.migrate();
    await assert.rejects(importDataset(store, dir, { today: '2026-11-28' }), (err: unknown) => {
      assert.ok(err instanceof DatasetError);
      const problem = err.problems.find((p) => p.file === 'apps/1password.yaml' && p.path === 'review.notes');
      assert.ok(problem, err.message);
      assert.match(problem.message, /^\[editorial-claims\] "1Password is open source\."/);
      assert.equal(typeof problem.line, 'number');
      return true;
    });
    assert.deepEqual(await store.listApps(), []);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('re-importing the same files on the same day skips loading; a changed file, another day or another write to the store imports again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-import-'));
  const store = await openStore({ sqlitePath: ':memory:' });
  try {
    cpSync('data', dir, { recursive: true });
    await store.migrate();
    const first = await importDataset(store, dir, { today: '2026-12-02' });
    assert.equal(first.skipped, false);
    assert.ok(first.result.added.length > 0);
    const again = await importDataset(store, dir, { today: '2026-12-02' });
    assert.equal(again.skipped, true);
    assert.deepEqual(again.result.added, []);
    assert.equal(again.result.unchanged.length, first.result.added.length, 'every app is reported unchanged');

    const otherDay = await importDataset(store, dir, { today: '2026-12-03' });
    assert.equal(otherDay.skipped, false, 'the date rules are checked again on another day');
    assert.deepEqual(otherDay.result.added, []);

    // Another write (an editor's save) moves the data version: the files no longer describe the store.
    const row = await store.getApp('signal');
    assert.ok(row);
    const facts = structuredClone(row.facts) as { review: { notes?: string } };
    facts.review.notes = 'Edited in the web editor.';
    await store.saveRevision({ ...row, facts }, { author: 'editor', note: 'edit' });
    const afterEdit = await importDataset(store, dir, { today: '2026-12-02' });
    assert.equal(afterEdit.skipped, false);
    assert.deepEqual(
      afterEdit.result.added.map((a) => a.slug),
      ['signal'],
      'the file version comes back as a new revision',
    );

    const file = join(dir, 'apps', 'signal.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['review', 'notes'], 'Re-read the privacy policy.');
    writeFileSync(file, doc.toString());
    const changed = await importDataset(store, dir, { today: '2026-12-02' });
    assert.equal(changed.skipped, false);
    assert.deepEqual(
      changed.result.added.map((a) => a.slug),
      ['signal'],
    );
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('checking on worker threads finds what one thread finds, with the same lines, and a broken dataset still imports nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-import-'));
  try {
    cpSync('data', dir, { recursive: true });
    const today = '2026-12-02';
    const dataset = loadDataset(dir);
    const one = await refuseInconsistent(dataset, dir, today);
    const pool = new ImportPool(2);
    try {
      assert.deepEqual(await loadDatasetWith(dir, (names) => pool.loadReviewFiles(dir, names)), dataset);
      const two = await refuseInconsistent(dataset, dir, today, pool);
      assert.ok(one.length > 0, 'the bundled data has warnings to compare');
      assert.ok(one.some((f) => f.line !== undefined));
      assert.deepEqual(two, one);
    } finally {
      await pool.close();
    }

    const file = join(dir, 'apps', 'signal.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    doc.setIn(['review', 'notes'], 'Signal sells your data.');
    writeFileSync(file, doc.toString());
    const store = await openStore({ sqlitePath: ':memory:' });
    try {
      await store.migrate();
      await assert.rejects(importDataset(store, dir, { today, threads: 2 }), (err: unknown) => {
        assert.ok(err instanceof DatasetError);
        const problem = err.problems.find((p) => p.file === 'apps/signal.yaml' && p.path === 'review.notes');
        assert.ok(problem, err.message);
        assert.equal(typeof problem.line, 'number');
        assert.match(err.message, /^apps\/signal\.yaml:\d+: review\.notes: \[editorial-claims\]/m);
        return true;
      });
      assert.deepEqual(await store.listApps(), []);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the check jobs are the categories, largest first, each with its reviews in dataset order', () => {
  const reviews = ['c', 'a', 'b', 'a', 'd', 'b', 'c', 'a', 'd'].map((category, i) => ({ category, i }));
  const jobs = categoryJobs(reviews);
  assert.deepEqual(
    jobs.map((j) => [j.category, j.reviews.map((r) => r.i)]),
    [
      ['a', [1, 3, 7]],
      ['b', [2, 5]],
      ['c', [0, 6]],
      ['d', [4, 8]],
    ],
  );
  assert.deepEqual(categoryJobs([]), []);
});

test('a broken file loaded on worker threads is reported as on one thread, file:line: field: reason, and nothing is imported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-import-'));
  const store = await openStore({ sqlitePath: ':memory:' });
  try {
    cpSync('data', dir, { recursive: true });
    writeFileSync(join(dir, 'apps', 'signal.yaml'), readFileSync(join(dir, 'apps', 'signal.yaml'), 'utf8').replace(/^category: .*$/m, 'category: [unclosed'));
    const threema = join(dir, 'apps', 'threema.yaml');
    const doc = parseDocument(readFileSync(threema, 'utf8'));
    doc.setIn(['owner', 'country'], 'Switzerland');
    writeFileSync(threema, doc.toString());
    await store.migrate();
    const messages: string[] = [];
    for (const threads of [1, 2]) {
      await assert.rejects(importDataset(store, dir, { today: '2026-12-02', threads }), (err: unknown) => {
        assert.ok(err instanceof DatasetError);
        assert.match(err.message, /^apps\/signal\.yaml:\d+: is not valid YAML/m);
        assert.match(err.message, /^apps\/threema\.yaml:\d+: owner\.country: /m);
        messages.push(err.message);
        return true;
      });
    }
    assert.equal(messages[1], messages[0]);
    assert.deepEqual(await store.listApps(), []);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
