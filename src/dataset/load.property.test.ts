/**
 * Property-based fuzzing of the dataset loader: whatever bytes an app file
 * holds, loading either succeeds or throws a DatasetError whose every line is
 * `file[:line]: ...` without a raw control character, and never anything else.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, cpSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadDataset, DatasetError, formatProblem } from './load.ts';

const dataDir = new URL('../../data', import.meta.url).pathname;
const example = readFileSync(new URL('../../test/fixtures/example-chat.yaml', import.meta.url), 'utf8');
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'pd-fuzz-'));
  for (const f of ['rubric.yaml', 'taxonomy.yaml', 'categories.yaml', 'products.yaml']) cpSync(join(dataDir, f), join(dir, f));
  mkdirSync(join(dir, 'apps'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Loads the dataset with `content` as its one app file; asserts the outcome is a dataset or a well-formed DatasetError. */
function loadsOrExplains(content: string | Uint8Array): void {
  writeFileSync(join(dir, 'apps', 'example-chat.yaml'), content);
  try {
    loadDataset(dir);
  } catch (err) {
    if (!(err instanceof DatasetError)) throw err;
    assert.ok(err.problems.length > 0);
    for (const p of err.problems) {
      const line = formatProblem(p);
      assert.match(line, /^[^:]+(:\d+)?: /, line);
      assert.doesNotMatch(line, RAW_CONTROL, line);
    }
  }
}

// Bounded so each property takes at most ~5 s of the suite.
const FUZZ = { numRuns: 150, interruptAfterTimeLimit: 5_000 };

test('arbitrary bytes load or are refused with a clear problem', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => loadsOrExplains(bytes)),
    FUZZ,
  );
});

test('the example review with a line replaced by arbitrary text loads or is refused with a clear problem', () => {
  const lines = example.split('\n');
  fc.assert(
    fc.property(fc.nat({ max: lines.length - 1 }), fc.string({ unit: 'binary', maxLength: 80 }), (at, text) => {
      const mutated = [...lines];
      mutated[at] = text;
      loadsOrExplains(mutated.join('\n'));
    }),
    FUZZ,
  );
});

test('the example review with a value replaced by arbitrary YAML loads or is refused with a clear problem', () => {
  const valueLines = example
    .split('\n')
    .map((l, i) => [l, i] as const)
    .filter(([l]) => /^\s*[a-zA-Z-]+: \S/.test(l));
  const yamlValue = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => JSON.stringify(s)),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc.constantFrom('&a [*a]', '*nope', '!!binary AAAA', '{', '[', '"\\0"', '"\\e[2J"', '"\\uD800"', '~', '.nan', '0x1F', '2026-13-45', "'yes'", '|\n  multi'),
  );
  fc.assert(
    fc.property(fc.constantFrom(...valueLines), yamlValue, ([line, index], value) => {
      const mutated = example.split('\n');
      mutated[index] = `${line.slice(0, line.indexOf(': ') + 2)}${value}`;
      loadsOrExplains(mutated.join('\n'));
    }),
    FUZZ,
  );
});
