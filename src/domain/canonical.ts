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
  try {
    return encodeFast(value, 0);
  } catch (err) {
    if (err !== UNENCODABLE) throw err;
    // The careful encoder names where the value goes wrong (or, for a value
    // merely nested deeper than the fast one goes, encodes it the same way).
    return encode(value, '$', new Set());
  }
}

/** sha256 (hex) of the canonical JSON of a value. */
export function canonicalHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** Thrown by encodeFast where the careful encoder must decide (an error to name, a hole, a deep or cyclic value). */
const UNENCODABLE = Symbol('unencodable');

/** How deep encodeFast goes before leaving the value to the careful encoder (which detects cycles). */
const FAST_DEPTH = 64;

/**
 * The same text as encode, for values it encodes without error, built with no
 * path strings and no set of ancestors (this runs for every stored revision);
 * anything else it leaves to encode by throwing UNENCODABLE.
 */
function encodeFast(value: unknown, depth: number): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw UNENCODABLE;
      return JSON.stringify(value);
    case 'object': {
      if (depth >= FAST_DEPTH) throw UNENCODABLE;
      if (hasToJson(value)) return encodeFast(value.toJSON(), depth + 1);
      if (Array.isArray(value)) {
        let text = '[';
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          // undefined is refused by encode, and a hole (also read as undefined) is left out by its map()
          if (item === undefined) throw UNENCODABLE;
          text += i === 0 ? encodeFast(item, depth + 1) : `,${encodeFast(item, depth + 1)}`;
        }
        return `${text}]`;
      }
      const keys = Object.keys(value).sort();
      let text = '{';
      let first = true;
      for (const key of keys) {
        const member: unknown = Reflect.get(value, key);
        if (member === undefined) continue;
        text += `${first ? '' : ','}${JSON.stringify(key)}:${encodeFast(member, depth + 1)}`;
        first = false;
      }
      return `${text}}`;
    }
    default:
      throw UNENCODABLE;
  }
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
