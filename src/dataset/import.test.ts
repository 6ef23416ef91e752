import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { openStore } from '../store/index.ts';
import { importDataset } from './import.ts';
import { DatasetError } from './load.ts';

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
