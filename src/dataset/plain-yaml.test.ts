/**
 * The fast reader of the plain YAML subset (plain-yaml.ts) against `yaml`:
 * on every bundled data file, every bundled review and 1,000 synthetic ones
 * written as the synthetic datasets are (bench/synthetic.ts), hand-made edge
 * cases and random data, whenever it reads a file it gives the data and the
 * lines `yaml` gives; and it leaves to `yaml` what it does not read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { LineCounter, isNode, parseDocument, stringify } from 'yaml';
import { syntheticReviews } from '../../bench/synthetic.ts';
import { loadDataset } from './load.ts';
import { parsePlainYaml } from './plain-yaml.ts';

const dataDir = new URL('../../data', import.meta.url).pathname;

/** What load.ts made of a file with yaml alone (before the fast reader): data, or undefined on an error; and lineOf. */
function withYaml(text: string): { data: unknown; lineAt: (path: readonly PropertyKey[]) => number | undefined } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  return {
    data,
    lineAt(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** Every path to a value of `data`, and paths that go past them or miss (a wrong key, an index as a string, a number on a mapping). */
function pathsOf(data: unknown, base: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push(base, [...base, 'no-such-key'], [...base, 0], [...base, '0'], [...base, 1], [...base, ''], [...base, -1]);
  if (Array.isArray(data)) data.forEach((v, i) => pathsOf(v, [...base, i], out));
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) pathsOf(v, [...base, k], out);
  return out;
}

/** Asserts the fast reader gives yaml's data and lines for `text`, when it reads it; returns whether it did. */
function sameAsYaml(text: string, label: string): boolean {
  const fast = parsePlainYaml(text);
  if (fast === undefined) return false;
  const slow = withYaml(text);
  assert.ok(slow !== undefined, `${label}: the fast reader read a file yaml refuses`);
  assert.deepStrictEqual(fast.data, slow.data, label);
  for (const path of pathsOf(slow.data)) assert.equal(fast.lineAt(path), slow.lineAt(path), `${label}: line of ${JSON.stringify(path)}`);
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .map((f) => join(dir, f));
}

test('on every bundled data file, the fast reader gives what yaml gives, or leaves the file to yaml', () => {
  for (const file of yamlFiles(dataDir)) sameAsYaml(readFileSync(file, 'utf8'), file);
});

test('on every bundled and 1,000 synthetic reviews written as bench/synthetic.ts writes them, it gives what yaml gives', () => {
  const real = loadDataset(dataDir);
  let read = 0;
  const reviews = [...real.reviews.map(({ file: _file, ...review }) => review), ...syntheticReviews(real.reviews, 1_000, 1)];
  for (const review of reviews) if (sameAsYaml(stringify(review, { lineWidth: 0 }), review.slug)) read++;
  // The synthetic files are what an import of 10,000 reads: nearly all of them must take the fast path.
  assert.ok(read >= reviews.length * 0.95, `the fast reader read only ${read} of ${reviews.length}`);
  // The catalog files written the same way (the rubric has quoted keys, left to yaml).
  for (const [name, part] of Object.entries({
    taxonomy: real.taxonomy,
    categories: { categories: real.categories },
    products: { products: real.products },
    sources: real.sourcePolicy,
  })) {
    assert.ok(sameAsYaml(stringify(part, { lineWidth: 0 }), name), name);
  }
  assert.equal(sameAsYaml(stringify(real.rubric, { lineWidth: 0 }), 'rubric'), false);
});

test('it reads the plain subset, with scalars resolved as YAML 1.2 core does', () => {
  const text = [
    'slug: a',
    'n: 13',
    'neg: -1',
    'oct: 0o17',
    'hex: 0x1F',
    'float: 1.50',
    'exp: 1e3',
    'inf: -.inf',
    'yes: no',
    'on: true',
    'off: FALSE',
    'nothing: ~',
    'nul: null',
    'date: 2026-12-01',
    "single: 'it''s: #fine'",
    'double: "say \\"hi\\" \\\\ # there"',
    'empty: ""',
    'list: []',
    'map: {}',
    'plain: C# and \\emph{x}, [a] {b} a:b',
    'spaces: \u202f\u00a0a\u3000',
    'nested:',
    '  - x',
    '  -   y',
    '  - type: email',
    '    linked: true',
    '  - - z',
  ].join('\n');
  assert.equal(parsePlainYaml(text), undefined, 'a sequence in a sequence is left to yaml');
  const plain = text.replace('\n  - - z', '\n  - -z');
  assert.ok(sameAsYaml(plain, 'edge cases'));
  const data = parsePlainYaml(plain)?.data as Record<string, unknown>;
  assert.equal(data.oct, 15);
  assert.equal(data.yes, 'no');
  assert.equal(data.date, '2026-12-01');
  assert.equal(data.single, "it's: #fine");
  assert.deepEqual(data.nested, ['x', 'y', { type: 'email', linked: true }, '-z']);
});

test('it leaves to yaml every file outside the subset, errors included', () => {
  const outside = [
    '',
    '# a comment\nslug: a\n',
    'slug: a # a comment\n',
    'slug: a\r\n',
    'slug:\ta\n',
    '\ufeffslug: a\n',
    '---\nslug: a\n',
    '%YAML 1.2\n---\nslug: a\n',
    '  slug: a\n',
    'slug: a\nslug: b\n',
    '__proto__: a\n',
    'constructor: a\n',
    '13: a\n',
    'true: a\n',
    'two words: a\n',
    '"quoted": a\n',
    'slug: a\n  b\n',
    'slug: "a\n  b"\n',
    'slug: >-\n  a\n',
    'slug: |\n  a\n',
    'slug: &x a\nname: *x\n',
    'slug: !!str 1\n',
    'slug: [a]\n',
    'slug: {a: 1}\n',
    'slug: a: b\n',
    'slug: a:\n',
    'slug: - a\n',
    'slug: "a\\nb"\n',
    'slug: "a" b\n',
    "slug: 'a' b\n",
    'slug: "a\n',
    'slug:\n',
    'slug:\nname: a\n',
    'list:\n- a\n',
    'a:\n    b: 1\n  c: 2\n',
    'slug:a\n',
    '- a\nb: 1\n',
    'slug: @a\n',
    'slug: `a\n',
    'slug: ? a\n',
    '-\n  a\n',
    `${'k'.repeat(1_025)}: a\n`,
    `- ${'k'.repeat(1_025)}: a\n`,
  ];
  for (const text of outside) assert.equal(parsePlainYaml(text), undefined, JSON.stringify(text));
});

test('on random data written by yaml, and on such files cut and spliced, it never disagrees with yaml', () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
  const scalar = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.stringMatching(/^[-+.0-9eEoxa-fA-F:~# '"\\]{0,8}$/),
    fc.constantFrom('true', 'False', 'null', '~', 'no', '.inf', '-.NaN', '0o7', '0x1F', '1e3', '012', '+1', '1.', ': a', 'a #b', '- a'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(word, tie('node'), { maxKeys: 4 })),
  })).node;
  fc.assert(
    fc.property(fc.dictionary(word, value, { minKeys: 1, maxKeys: 6 }), fc.nat(), fc.nat(), (data, cut, splice) => {
      const text = stringify(data, { lineWidth: 0 });
      sameAsYaml(text, text);
      const a = cut % (text.length + 1);
      const b = splice % (text.length + 1);
      sameAsYaml(text.slice(0, a) + text.slice(b), 'spliced');
      sameAsYaml(text.slice(0, a), 'cut');
    }),
    { numRuns: 3_000 },
  );
});
