import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { openStore } from '../store/index.ts';
import { exportData } from './export-data.ts';
import { importDataset } from './import.ts';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'pd-export-data-'));
  dirs.push(d);
  return d;
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('export-data', () => {
  it('unchanged apps are byte-identical to data/, a changed app is written stably and reads back as published', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    try {
      await store.migrate();
      await importDataset(store, 'data', { author: 'test' });
      const first = tmp();
      const result = exportData(await store.listApps(), first, 'data');
      assert.deepEqual(result.written, []);
      for (const name of readdirSync('data/apps'))
        assert.equal(readFileSync(join(first, 'apps', name), 'utf8'), readFileSync(join('data/apps', name), 'utf8'), name);

      const signal = await store.getApp('signal');
      assert.ok(signal);
      const changed = structuredClone(signal.facts) as { owner: { company: string } };
      changed.owner.company = 'Signal Technology Foundation';
      await store.saveRevision({ ...signal, facts: changed }, { author: 'test', note: 'owner' });

      const second = tmp();
      const again = exportData(await store.listApps(), second, 'data');
      assert.deepEqual(again.written, ['signal']);
      const text = readFileSync(join(second, 'apps', 'signal.yaml'), 'utf8');
      assert.deepEqual(parse(text).owner, { company: 'Signal Technology Foundation', country: 'US' });
      assert.equal(readFileSync(join(second, 'apps', 'threema.yaml'), 'utf8'), readFileSync('data/apps/threema.yaml', 'utf8'));

      const third = tmp();
      exportData(await store.listApps(), third, 'data');
      assert.equal(readFileSync(join(third, 'apps', 'signal.yaml'), 'utf8'), text, 'the same data exports to the same bytes');
      // Exporting onto its own output keeps it: the changed file is now the base.
      assert.deepEqual(exportData(await store.listApps(), third, third).written, []);
    } finally {
      await store.close();
    }
  });
});
