import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

// The layer rules run on a small tree laid out like src/, so a planted
// violation can be seen failing without touching the real source.
const root = new URL('../', import.meta.url).pathname;
const depcruise = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'pd-layers-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'tree-'));
  cpSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  cpSync(join(root, 'tsconfig.json'), join(dir, 'tsconfig.json'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function cruise(dir: string) {
  const r = spawnSync(process.execPath, [depcruise, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

test('the layer rules pass on the real source tree', () => {
  const r = spawnSync(process.execPath, [depcruise, 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});

test('domain importing the web layer fails the rules', () => {
  const r = cruise(
    tree({ 'src/domain/fact.ts': "import { page } from '../web/page.ts';\nexport const fact = page;\n", 'src/web/page.ts': 'export const page = 1;\n' }),
  );
  assert.notEqual(r.code, 0);
  assert.match(r.out, /layer-domain/);
});

test('an import cycle fails the rules', () => {
  const r = cruise(
    tree({
      'src/web/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/web/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    }),
  );
  assert.notEqual(r.code, 0);
  assert.match(r.out, /no-cycles/);
});

test('SQL outside src/store fails the rules', () => {
  const r = cruise(tree({ 'src/narrative/sql.ts': "import { sql } from 'kysely';\nexport const q = sql;\n" }));
  assert.notEqual(r.code, 0);
  assert.match(r.out, /sql-only-in-store|layer-narrative/);
});
