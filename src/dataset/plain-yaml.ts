/**
 * A fast reader for the plain subset of YAML the data files are written in:
 * block mappings and sequences indented with spaces, keys that are plain
 * words, and values on their key's line (plain, single-quoted or
 * double-quoted with `\"` and `\\`, `[]` and `{}`). It gives the data
 * `yaml`'s parseDocument(…).toJS() gives, and the line `lineOf` gives for a
 * field path, or undefined for anything outside the subset (comments, block
 * scalars, flow collections with items, anchors, tags, a value continued on
 * the next line, a duplicate key, …), which is then read by `yaml` itself.
 * Reading an import's review files with `yaml` was about a sixth of the
 * workers' time; this reads the same files several times faster and makes
 * far fewer objects. plain-yaml.test.ts holds it equal to `yaml` on every
 * bundled and synthetic file.
 */
import { Document, isScalar } from 'yaml';

/** Where a value starts (1-based line) and, for a collection, where its entries start. */
interface LineNode {
  line: number;
  keys?: Map<string, LineNode>;
  items?: LineNode[];
}

/** A file read by the fast reader: its data, and the line of the deepest node along a field path (what load.ts's lineOf gives). */
export interface PlainYaml {
  data: unknown;
  lineAt(path: readonly PropertyKey[]): number | undefined;
}

/** The scalar tags of yaml's core schema (YAML 1.2), in yaml's order: a plain scalar is what the first whose test matches makes of it. */
const scalarTags = new Document().schema.tags.filter((t) => t.default === true && t.test !== undefined);
const RESOLVE_OPTIONS = { intAsBigInt: false } as const;

/** A plain scalar that may be other than a string starts with one of these (or is empty: null). */
const MAYBE_NOT_STRING = /^[-+.0-9~nNtTfF]/;

/** Characters that end the fast path wherever they are: other line breaks, tabs, controls, a byte order mark. */
const OUTSIDE_SUBSET = /[\u0000-\u0009\u000b-\u001f\u007f\u0085\u2028\u2029\ufeff]/;

/** A key the fast path reads: a plain word that resolves to a string. */
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

/** The longest key read here (yaml's limit for an implicit key is 1,024 characters). */
const MAX_KEY = 1_000;

/** Characters a plain scalar may not start with (YAML's indicators). */
const INDICATOR = /^[,[\]{}#&*!|>'"%@`]/;

class Outside extends Error {}
const OUTSIDE = new Outside();

interface Line {
  indent: number;
  /** The line without its indentation and trailing spaces. */
  text: string;
  /** 1-based line number in the file. */
  number: number;
}

/**
 * The data and lines of `text`, when it is in the plain subset; otherwise undefined.
 * @example parsePlainYaml('slug: signal\nplatforms:\n  - ios\n')?.data // { slug: 'signal', platforms: ['ios'] }
 */
export function parsePlainYaml(text: string): PlainYaml | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  const lines: Line[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const full = raw[i] ?? '';
    let indent = 0;
    while (indent < full.length && full.charCodeAt(indent) === 32) indent++;
    if (indent === full.length) continue;
    let end = full.length;
    while (end > indent && full.charCodeAt(end - 1) === 32) end--;
    const body = full.slice(indent, end);
    const first = body.charCodeAt(0);
    // Comments, directives and document markers are left to yaml.
    if (first === 35 /* # */ || first === 37 /* % */ || body.startsWith('---') || body.startsWith('...')) return undefined;
    lines.push({ indent, text: body, number: i + 1 });
  }
  if (lines.length === 0 || lines[0]?.indent !== 0) return undefined;
  const reader = new Reader(lines);
  try {
    const { value, node } = reader.block(0);
    if (reader.at < lines.length) return undefined;
    return { data: value, lineAt: (path) => lineAlong(node, path) };
  } catch (err) {
    if (err instanceof Outside) return undefined;
    throw err;
  }
}

/** The line of the deepest node along `path` (Document.getIn(…, true), then the node's line). */
function lineAlong(root: LineNode, path: readonly PropertyKey[]): number | undefined {
  let node = root;
  for (const key of path) {
    let next: LineNode | undefined;
    if (node.keys) next = typeof key === 'string' ? node.keys.get(key) : undefined;
    else if (node.items) {
      // YAMLSeq.get's index: a number, or a non-empty string read as one.
      const index = typeof key === 'string' && key !== '' ? Number(key) : key;
      next = typeof index === 'number' && Number.isInteger(index) && index >= 0 ? node.items[index] : undefined;
    }
    if (next === undefined) break;
    node = next;
  }
  return node.line;
}

class Reader {
  at = 0;
  constructor(private readonly lines: Line[]) {}

  /** The block collection whose first entry is the current line, at `indent`. */
  block(indent: number): { value: unknown; node: LineNode } {
    const line = this.lines[this.at];
    if (line === undefined || line.indent !== indent) throw OUTSIDE;
    return isSeqEntry(line.text) ? this.seq(indent) : this.map(indent);
  }

  private map(indent: number): { value: Record<string, unknown>; node: LineNode } {
    const value: Record<string, unknown> = {};
    const keys = new Map<string, LineNode>();
    const node: LineNode = { line: this.lines[this.at]?.number ?? 0, keys };
    for (let line = this.lines[this.at]; line !== undefined && line.indent >= indent; line = this.lines[this.at]) {
      if (line.indent !== indent) throw OUTSIDE;
      const text = line.text;
      const colon = text.indexOf(':');
      if (colon <= 0) throw OUTSIDE;
      const key = text.slice(0, colon);
      // yaml refuses an implicit key longer than 1,024 characters.
      if (key.length > MAX_KEY || !PLAIN_KEY.test(key) || !isStringScalar(key) || key in value) throw OUTSIDE;
      const after = text.charCodeAt(colon + 1);
      this.at++;
      if (Number.isNaN(after)) {
        // `key:` and its value in the lines below, indented further.
        const next = this.lines[this.at];
        if (next === undefined || next.indent <= indent) throw OUTSIDE;
        const child = this.block(next.indent);
        value[key] = child.value;
        keys.set(key, child.node);
      } else {
        if (after !== 32) throw OUTSIDE;
        // Only spaces separate a value from its key (trimStart would take any Unicode space).
        let start = colon + 2;
        while (text.charCodeAt(start) === 32) start++;
        value[key] = scalar(text.slice(start));
        keys.set(key, { line: line.number });
        this.endOfValue(indent);
      }
    }
    return { value, node };
  }

  private seq(indent: number): { value: unknown[]; node: LineNode } {
    const value: unknown[] = [];
    const items: LineNode[] = [];
    const node: LineNode = { line: this.lines[this.at]?.number ?? 0, items };
    for (let line = this.lines[this.at]; line !== undefined && line.indent >= indent; line = this.lines[this.at]) {
      if (line.indent !== indent || !isSeqEntry(line.text) || line.text.length < 3) throw OUTSIDE;
      let start = 2;
      while (line.text.charCodeAt(start) === 32) start++;
      const rest = line.text.slice(start);
      if (isSeqEntry(rest)) throw OUTSIDE;
      if (isMapEntry(rest)) {
        // `- key: value`: a mapping whose keys line up with this one's.
        this.lines[this.at] = { indent: indent + start, text: rest, number: line.number };
        const child = this.map(indent + start);
        value.push(child.value);
        items.push(child.node);
      } else {
        this.at++;
        value.push(scalar(rest));
        items.push({ line: line.number });
        this.endOfValue(indent);
      }
    }
    return { value, node };
  }

  /** A value written on its key's line ends there: a line below indented further would continue it (or be an error). */
  private endOfValue(indent: number): void {
    const next = this.lines[this.at];
    if (next !== undefined && next.indent > indent) throw OUTSIDE;
  }
}

function isSeqEntry(text: string): boolean {
  return text.charCodeAt(0) === 45 /* - */ && (text.length === 1 || text.charCodeAt(1) === 32);
}

/** `word:` or `word: …` (anything else with ": " in it is left to yaml). */
function isMapEntry(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || (colon + 1 < text.length && text.charCodeAt(colon + 1) !== 32)) return false;
  return PLAIN_KEY.test(text.slice(0, colon));
}

function isStringScalar(text: string): boolean {
  return !MAYBE_NOT_STRING.test(text) || !scalarTags.some((t) => t.test?.test(text));
}

/** A value on one line, as yaml reads it. */
function scalar(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first === 34 /* " */) return doubleQuoted(text);
  if (first === 39 /* ' */) return singleQuoted(text);
  if (text === '[]') return [];
  if (text === '{}') return {};
  if (text === '' || INDICATOR.test(text)) throw OUTSIDE;
  // `-`, `?` and `:` start a plain scalar only when a non-space follows.
  if ((first === 45 || first === 63 || first === 58) && (text.length === 1 || text.charCodeAt(1) === 32)) throw OUTSIDE;
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) throw OUTSIDE;
  if (MAYBE_NOT_STRING.test(text)) {
    for (const tag of scalarTags) {
      if (tag.test?.test(text)) {
        const resolved = tag.resolve(
          text,
          () => {
            throw OUTSIDE;
          },
          RESOLVE_OPTIONS,
        );
        return isScalar(resolved) ? resolved.value : resolved;
      }
    }
  }
  return text;
}

/** `"…"` on one line, with no escape but `\"` and `\\`. */
function doubleQuoted(text: string): string {
  let out = '';
  let from = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      const next = text.charCodeAt(i + 1);
      if (next !== 34 && next !== 92) throw OUTSIDE;
      out += text.slice(from, i) + text[i + 1];
      i++;
      from = i + 1;
    } else if (c === 34) {
      if (i !== text.length - 1) throw OUTSIDE;
      return out + text.slice(from, i);
    }
  }
  throw OUTSIDE;
}

/** `'…'` on one line, `''` for a quote. */
function singleQuoted(text: string): string {
  let out = '';
  let from = 1;
  for (let i = 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== 39) continue;
    if (text.charCodeAt(i + 1) === 39) {
      out += text.slice(from, i + 1);
      i++;
      from = i + 1;
    } else {
      if (i !== text.length - 1) throw OUTSIDE;
      return out + text.slice(from, i);
    }
  }
  throw OUTSIDE;
}
