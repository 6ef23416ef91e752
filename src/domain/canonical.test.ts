import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalHash, canonicalJson } from './canonical.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [3, 1], c: null } }), '{"a":{"c":null,"d":[3,1]},"b":1}');
  });

  it('gives equal data the same hash whatever its key order', () => {
    assert.equal(canonicalHash({ x: 1, y: { p: true, q: 'z' } }), canonicalHash({ y: { q: 'z', p: true }, x: 1 }));
    assert.notEqual(canonicalHash({ x: 1 }), canonicalHash({ x: 2 }));
    assert.match(canonicalHash(null), /^[0-9a-f]{64}$/);
  });

  it('agrees with JSON.parse(JSON.stringify()) on what data is', () => {
    const value = { when: new Date('2024-01-02T03:04:05Z'), skipped: undefined, text: 'é\n"', n: -0.5 };
    assert.deepEqual(JSON.parse(canonicalJson(value)), JSON.parse(JSON.stringify(value)));
  });

  it('accepts a value shared by two branches', () => {
    const shared = { id: 1 };
    assert.equal(canonicalJson({ a: shared, b: shared }), '{"a":{"id":1},"b":{"id":1}}');
  });

  it('refuses what JSON cannot represent, naming where it is', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.throws(() => canonicalJson({ a: [1, 2n] }), /\$\.a\[1\]: bigint is not valid JSON/);
    assert.throws(() => canonicalJson({ score: Number.NaN }), /\$\.score: NaN/);
    assert.throws(() => canonicalJson({ f: () => 1 }), /\$\.f: function/);
    assert.throws(() => canonicalJson(undefined), /\$: undefined is not valid JSON/);
    assert.throws(() => canonicalJson(cyclic), /\$\.self: circular/);
  });

  it('encodes holes, deep values and toJSON results as it always has', () => {
    // a hole is left out (as Array.prototype.map leaves it), an undefined item is refused
    // biome-ignore lint/suspicious/noSparseArray: the hole is what is tested
    assert.equal(canonicalJson([, 1]), '[,1]');
    assert.throws(() => canonicalJson({ list: [1, undefined] }), /\$\.list\[1\]: undefined is not valid JSON/);
    let deep: unknown = { z: 1, a: [true] };
    for (let i = 0; i < 200; i++) deep = { [`k${i % 3}`]: deep, b: i };
    assert.deepEqual(JSON.parse(canonicalJson(deep)), deep);
    assert.equal(canonicalJson({ d: new Date('2024-01-02T03:04:05Z'), n: -0 }), '{"d":"2024-01-02T03:04:05.000Z","n":0}');
    const deepCycle: Record<string, unknown> = {};
    let at = deepCycle;
    for (let i = 0; i < 100; i++) {
      const next: Record<string, unknown> = {};
      at.next = next;
      at = next;
    }
    at.back = deepCycle;
    assert.throws(() => canonicalJson(deepCycle), /\.back: circular reference/);
    assert.throws(() => canonicalJson({ a: { b: [{ c: Number.POSITIVE_INFINITY }] } }), /\$\.a\.b\[0\]\.c: Infinity is not valid JSON/);
  });
});
