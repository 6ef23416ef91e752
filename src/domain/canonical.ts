/**
 * Canonical JSON: object keys sorted, no whitespace, and only values JSON can
 * represent. Two values that mean the same data get the same text, hence the
 * same hash, whatever order their keys were written in.
 */
import { createHash } from 'node:crypto';

/**
 * The canonical JSON text of a value. Throws a TypeError naming the path of the
 * first value JSON can't represent (undefined, functions, symbols, BigInt,
 * NaN/Infinity, cycles).
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return encode(value, '$', new Set());
}

/** sha256 (hex) of the canonical JSON of a value. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function encode(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} is not valid JSON`);
      return JSON.stringify(value);
    case 'object':
      return encodeObject(value, path, ancestors);
    default:
      throw new TypeError(`${path}: ${typeof value} is not valid JSON`);
  }
}

function encodeObject(value: object, path: string, ancestors: Set<object>): string {
  if (hasToJson(value)) return encode(value.toJSON(), path, ancestors);
  if (ancestors.has(value)) throw new TypeError(`${path}: circular reference`);
  ancestors.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((item: unknown, i) => encode(item, `${path}[${i}]`, ancestors)).join(',')}]`;
  } else {
    const members = Object.keys(value)
      .sort()
      .flatMap((key) => {
        const member: unknown = Reflect.get(value, key);
        return member === undefined ? [] : [`${JSON.stringify(key)}:${encode(member, `${path}.${key}`, ancestors)}`];
      });
    text = `{${members.join(',')}}`;
  }
  ancestors.delete(value);
  return text;
}

function hasToJson(value: object): value is { toJSON(): unknown } {
  return 'toJSON' in value && typeof value.toJSON === 'function';
}
