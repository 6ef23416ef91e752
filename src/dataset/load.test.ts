import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, cpSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, DatasetError } from './load.ts';

const dataDir = new URL('../../data', import.meta.url).pathname;
const example = readFileSync(new URL('../../test/fixtures/example-chat.yaml', import.meta.url), 'utf8');

/** A temp dataset: the bundled catalog plus the given app files. */
function dataset(apps: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pd-data-'));
  for (const f of ['rubric.yaml', 'taxonomy.yaml', 'categories.yaml', 'products.yaml', 'source-hosts.yaml']) cpSync(join(dataDir, f), join(dir, f));
  mkdirSync(join(dir, 'apps'));
  for (const [name, text] of Object.entries(apps)) writeFileSync(join(dir, 'apps', name), text);
  return dir;
}

function problemsOf(dir: string) {
  try {
    loadDataset(dir);
    return [];
  } catch (err) {
    assert.ok(err instanceof DatasetError);
    return err.problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('loadDataset', () => {
  test('loads the bundled dataset', () => {
    const d = loadDataset(dataDir);
    assert.ok(d.reviews.length >= 60);
    assert.ok(new Set(d.reviews.map((r) => r.category)).size >= 10);
  });

  test('names the file, field path, line and reason of a bad value', () => {
    const broken = example.replace('content: { value: default', 'content: { value: defualt');
    const [p] = problemsOf(dataset({ 'example-chat.yaml': broken }));
    assert.equal(p?.file, 'apps/example-chat.yaml');
    assert.equal(p?.path, 'encryption.e2ee.content.value');
    assert.equal(p?.line, broken.split('\n').findIndex((l) => l.includes('defualt')) + 1);
    assert.match(p?.message ?? '', /expected one of "default"\|"opt-in"/);
  });

  test('a known fact without a source, or an unknown fact without a reason, is rejected', () => {
    const problems = problemsOf(
      dataset({
        'example-chat.yaml': example
          .replace('inTransit: { value: true, sources: [security] }', 'inTransit: { value: true, sources: [] }')
          .replace('childrenOffering: { unknown: "The vendor publishes nothing about children\'s accounts." }', 'childrenOffering: { unknown: "" }'),
      }),
    );
    assert.ok(problems.some((p) => p.path === 'encryption.inTransit.sources' && /at least one source/.test(p.message)));
    assert.ok(problems.some((p) => p.path === 'app.childrenOffering.unknown' && /why/.test(p.message)));
  });

  test('a fact citing an undeclared source is rejected with its path', () => {
    const problems = problemsOf(
      dataset({
        'example-chat.yaml': example.replace('forwardSecrecy: { value: true, sources: [security] }', 'forwardSecrecy: { value: true, sources: [whitepaper] }'),
      }),
    );
    assert.ok(problems.some((p) => p.path === 'encryption.forwardSecrecy.sources[0]' && /"whitepaper"/.test(p.message) && p.line !== undefined));
  });

  test('a missing applicable control must be recorded, even as unknown', () => {
    const problems = problemsOf(dataset({ 'example-chat.yaml': example.replace(/ {2}app-lock: .*\n/, '') }));
    assert.ok(problems.some((p) => p.path === 'controls' && /"app-lock"/.test(p.message)));
  });

  test('broken YAML, a slug that does not match its file, and an unknown category are reported', () => {
    const problems = problemsOf(
      dataset({ 'bad.yaml': 'slug: [unclosed', 'other.yaml': example, 'example-chat.yaml': example.replace('category: messaging', 'category: messenging') }),
    );
    assert.ok(problems.some((p) => p.file === 'apps/bad.yaml' && /not valid YAML/.test(p.message) && p.line === 1));
    assert.ok(problems.some((p) => p.file === 'apps/other.yaml' && p.path === 'slug'));
    assert.ok(problems.some((p) => p.path === 'category' && /"messenging" is not a category/.test(p.message)));
  });

  test('a missing folder is a clear error', () => {
    assert.throws(() => loadDataset('/nonexistent/pd'), /no such dataset folder/);
  });
});
