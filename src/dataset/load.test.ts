import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, cpSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset, DatasetError, formatProblem } from './load.ts';
import { MAX_DATA_FILE_BYTES } from '../domain/text.ts';

const dataDir = new URL('../../data', import.meta.url).pathname;
const example = readFileSync(new URL('../../test/fixtures/example-chat.yaml', import.meta.url), 'utf8');

/** A temp dataset: the bundled catalog plus the given app files. */
function dataset(apps: Record<string, string | Uint8Array>): string {
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

  test('watched documents: a bad kind, a non-http URL and a repeated id are each named with their line', () => {
    const documents = [
      'documents:',
      '  - { id: privacy-policy, kind: privacy-policy, url: https://example.org/chat/privacy }',
      '  - { id: privacy-policy, kind: terms, url: https://example.org/chat/terms }',
      '  - { id: faq, kind: blog, url: ftp://example.org/faq }',
    ].join('\n');
    const problems = problemsOf(dataset({ 'example-chat.yaml': example.replace(/^(privacyPolicyUrls: .*)$/m, `$1\n${documents}`) }));
    assert.ok(
      problems.some((p) => p.path === 'documents[2].kind' && p.line !== undefined),
      JSON.stringify(problems),
    );
    assert.ok(problems.some((p) => p.path === 'documents[2].url' && /http/.test(p.message)));
    const repeated = problemsOf(
      dataset({ 'example-chat.yaml': example.replace(/^(privacyPolicyUrls: .*)$/m, `$1\n${documents.split('\n').slice(0, 3).join('\n')}`) }),
    );
    assert.ok(
      repeated.some((p) => p.path === 'documents[1].id' && /unique/.test(p.message) && p.line !== undefined),
      JSON.stringify(repeated),
    );
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

  /** A copy of the whole bundled dataset with `plant` applied to one app file. */
  function bundledWith(app: string, plant: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'pd-data-'));
    cpSync(dataDir, dir, { recursive: true });
    const file = join(dir, 'apps', app);
    writeFileSync(file, plant(readFileSync(file, 'utf8')));
    return dir;
  }

  test('a broken app file is reported once, against itself, not again by the calibration file that names it (#11)', () => {
    for (const plant of [(t: string) => t.replace(/^category: .*$/m, 'category: [unclosed'), (t: string) => t.replace('value: "yes"', 'value: "maybe"')]) {
      const problems = problemsOf(bundledWith('signal.yaml', plant));
      assert.ok(problems.length > 0, 'the planted defect is found');
      assert.deepEqual(
        problems.filter((p) => p.file !== 'apps/signal.yaml'),
        [],
        'no problem names another file (the calibration verdict on Signal is not an error)',
      );
    }
  });

  test('a calibration verdict naming an app with no file at all is still an error of the calibration file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-data-'));
    cpSync(dataDir, dir, { recursive: true });
    rmSync(join(dir, 'apps', 'signal.yaml'));
    const problems = problemsOf(dir);
    assert.ok(problems.some((p) => p.file.startsWith('calibration/') && /names app "signal", which has no review/.test(p.message)));
  });

  test('an unknown category is the one error: correct controls are not called inapplicable (#11)', () => {
    const problems = problemsOf(bundledWith('signal.yaml', (t) => t.replace(/^category: messaging$/m, 'category: mesaging')));
    assert.deepEqual(
      problems.map((p) => [p.file, p.path]),
      [['apps/signal.yaml', 'category']],
    );
    assert.match(problems[0]?.message ?? '', /"mesaging" is not a category in categories\.yaml \(known: messaging,/);
  });

  test('a missing folder is a clear error', () => {
    assert.throws(() => loadDataset('/nonexistent/pd'), /no such dataset folder/);
  });

  test('a file with a byte that is not UTF-8 is refused, naming the byte offset and line', () => {
    const text = Buffer.from(example, 'utf8');
    const at = text.indexOf('Example Corp.');
    const bytes = Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]);
    const [p, ...rest] = problemsOf(dataset({ 'example-chat.yaml': bytes }));
    assert.equal(rest.length, 0);
    assert.equal(p?.file, 'apps/example-chat.yaml');
    assert.equal(p?.line, example.split('\n').findIndex((l) => l.includes('Example Corp.')) + 1);
    assert.match(p?.message ?? '', new RegExp(`is not UTF-8: byte offset ${at} \\(0xff\\)`));
  });

  test('an overlong UTF-8 form and a UTF-8-encoded surrogate are refused too', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
    ]) {
      const bytes = Buffer.concat([Buffer.from('slug: '), Buffer.from(bad)]);
      const [p] = problemsOf(dataset({ 'x.yaml': bytes }));
      assert.match(p?.message ?? '', /is not UTF-8: byte offset 6/);
    }
  });

  test('a YAML alias bomb is a validation error of its file, not a crash', () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'].map((x) => [...x]))
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const [p, ...rest] = problemsOf(dataset({ 'bomb.yaml': `${rows.join('\n')}\n` }));
    assert.equal(rest.length, 0);
    assert.equal(p?.file, 'apps/bomb.yaml');
    assert.match(p?.message ?? '', /is not valid YAML: Excessive alias count/);
  });

  test('deeply nested YAML is a validation error, not a stack overflow', () => {
    const [p] = problemsOf(dataset({ 'deep.yaml': `${'['.repeat(50_000)}${']'.repeat(50_000)}` }));
    assert.equal(p?.file, 'apps/deep.yaml');
    assert.match(p?.message ?? '', /is not valid YAML/);
  });

  test('a data file larger than the limit is refused unread, naming its size', () => {
    const big = `${example}\n# ${'x'.repeat(MAX_DATA_FILE_BYTES)}\n`;
    const [p] = problemsOf(dataset({ 'example-chat.yaml': big }));
    assert.equal(p?.file, 'apps/example-chat.yaml');
    assert.match(p?.message ?? '', /is 1,0\d\d,\d\d\d bytes; a data file may hold at most 1,048,576 bytes/);
  });

  test('a NUL in a quote and an ESC in a name are refused with file, line and field', () => {
    const planted = example
      .replace('name: Example Chat', 'name: "Example\\e[31mChat"')
      .replace('kind: reporting, read: 2026-11-01,', 'kind: reporting, read: 2026-11-01, quote: "exposed\\0numbers",');
    const problems = problemsOf(dataset({ 'example-chat.yaml': planted }));
    const name = problems.find((p) => p.path === 'name');
    assert.match(name?.message ?? '', /control character U\+001B at character 8/);
    assert.equal(name?.line, 4);
    const quote = problems.find((p) => p.path === 'sources.news.quote');
    assert.match(quote?.message ?? '', /control character U\+0000/);
    assert.equal(quote?.line, planted.split('\n').findIndex((l) => l.includes('exposed\\0numbers')) + 1);
  });

  test('a source quote over its limit is refused with file:line: field', () => {
    const planted = example.replace('kind: reporting, read: 2026-11-01,', `kind: reporting, read: 2026-11-01, quote: "${'word '.repeat(1_000)}",`);
    const quote = problemsOf(dataset({ 'example-chat.yaml': planted })).find((p) => p.path === 'sources.news.quote');
    assert.ok(quote);
    assert.match(formatProblem(quote), /^apps\/example-chat\.yaml:\d+: sources\.news\.quote: is 5,000 characters long; at most 2,000 are allowed$/);
  });

  test('a file name holding ESC and a newline is printed escaped', () => {
    const problems = problemsOf(dataset({ 'bad\u001b[2J\nname.yaml': 'slug: [unclosed' }));
    const line = formatProblem(problems.find((p) => p.file.startsWith('apps/bad')) ?? { file: '', path: '', message: '' });
    assert.match(line, /^apps\/bad\\x1b\[2J\\nname\.yaml:1: is not valid YAML/);
    assert.doesNotMatch(line, /[\u001b\n]/);
  });

  test('a translation of a category description or of a rubric changelog entry is checked like the English: a language the site lacks, or a changelog translation with another number of lines, names the file, field and line', () => {
    const dir = dataset({ 'example-chat.yaml': example });
    const categories = readFileSync(join(dir, 'categories.yaml'), 'utf8');
    const withSpanish = categories.replace(
      '      fr: { description: "Applications de discussion',
      '      es: { description: "Aplicaciones de chat" }\n      fr: { description: "Applications de discussion',
    );
    assert.notEqual(withSpanish, categories);
    writeFileSync(join(dir, 'categories.yaml'), withSpanish);
    const rubric = readFileSync(join(dir, 'rubric.yaml'), 'utf8');
    const firstGerman = '          - "Erstes veröffentlichtes Bewertungsschema';
    assert.ok(rubric.includes(firstGerman));
    const twoLines = rubric.replace(firstGerman, `          - "Eine zweite Zeile, die es im Englischen nicht gibt."\n${firstGerman}`);
    writeFileSync(join(dir, 'rubric.yaml'), twoLines);
    const problems = problemsOf(dir);
    const spanish = problems.find((p) => p.file === 'categories.yaml');
    assert.ok(spanish, JSON.stringify(problems));
    assert.equal(spanish.path, 'categories[0].translations');
    assert.match(spanish.message, /es/);
    const changelog = problems.find((p) => p.file === 'rubric.yaml');
    assert.ok(changelog, JSON.stringify(problems));
    // the first published entry is the changelog's last
    const last = (rubric.match(/^ {2}- version: /gm) ?? []).length - 1;
    assert.equal(changelog.path, `changelog[${last}].translations.de.changes`);
    assert.match(changelog.message, /one line for each of the 1 English changes.*it has 2/);
    assert.equal(changelog.line, twoLines.split('\n').findIndex((l) => l.includes('Eine zweite Zeile')) + 1);
  });
});
