/**
 * The review editing form, generated from the zod schema of a review (src/domain
 * is the only definition of the format): every fact becomes "known, with value
 * and sources" or "unknown, because…"; plain fields become inputs; lists of
 * structured items (controversies, FAQ, data items, the source declarations)
 * become a YAML box for that one field. Reading the form back walks the same
 * schema, so the two can't drift apart.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { z } from 'zod';
import { Review } from '../../domain/review.ts';

type Schema = z.ZodType;
type Path = (string | number)[];

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
  valueType?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}

function defOf(schema: Schema): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema without default/optional wrappers and preprocessing. */
function unwrap(schema: Schema): Schema {
  const def = defOf(schema);
  if ((def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.out) return unwrap(def.out);
  return schema;
}

/** How many characters the schema allows a string (domain/text.ts), so a form field admits exactly what the data format does. */
function maxLength(schema: Schema | undefined, fallback = 2000): number {
  if (schema === undefined) return fallback;
  const max = defOf(unwrap(schema)).checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
  return max ?? fallback;
}

/** The schema of a fact's `note` or `unknown` text (see factValue). */
function factPart(schema: Schema, part: 'note' | 'unknown'): Schema | undefined {
  const [known, unknown] = (defOf(schema).options ?? []).map((o) => defOf(unwrap(o)));
  return part === 'note' ? known?.shape?.note : unknown?.shape?.unknown;
}

/** The value schema of a fact (`fact(v)` = union of {value, sources, note} and {unknown}), or undefined. */
function factValue(schema: Schema): Schema | undefined {
  const def = defOf(schema);
  if (def.type !== 'union' || def.options?.length !== 2) return undefined;
  const [known, unknown] = def.options.map((o) => defOf(unwrap(o)));
  if (known?.type !== 'object' || unknown?.type !== 'object') return undefined;
  if (!known.shape?.value || !known.shape.sources || !unknown.shape?.unknown) return undefined;
  return known.shape.value;
}

/** The choices of a scalar with a closed set of values ("true", "false", enum members, literals), or undefined for free text. */
function choices(schema: Schema): string[] | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'boolean') return ['true', 'false'];
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  if (def.type === 'literal') return (def.values ?? []).map(String);
  if (def.type === 'union') {
    const all = (def.options ?? []).map(choices);
    return all.every((c) => c !== undefined) ? all.flat() : undefined;
  }
  return undefined;
}

function isScalar(schema: Schema): boolean {
  const t = defOf(unwrap(schema)).type;
  return t === 'string' || t === 'number' || choices(schema) !== undefined;
}

export type FieldNode =
  | { kind: 'fact'; path: Path; value: Schema; note?: Schema | undefined; unknown?: Schema | undefined }
  | { kind: 'scalar'; path: Path; schema: Schema; optional: boolean }
  | { kind: 'yaml'; path: Path; optional: boolean }
  | { kind: 'group'; path: Path; children: FieldNode[] };

function isOptional(schema: Schema): boolean {
  const t = defOf(schema).type;
  return t === 'optional' || t === 'default';
}

/** The form's fields for `value` (records such as `controls` get one field per key present). */
function nodes(schema: Schema, value: unknown, path: Path): FieldNode {
  const optional = isOptional(schema);
  const s = unwrap(schema);
  const fv = factValue(s);
  if (fv) return { kind: 'fact', path, value: fv, note: factPart(s, 'note'), unknown: factPart(s, 'unknown') };
  const def = defOf(s);
  if (def.type === 'object' && def.shape && path.length <= 2) {
    const obj = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    return { kind: 'group', path, children: Object.entries(def.shape).map(([k, v]) => nodes(v, obj[k], [...path, k])) };
  }
  if (def.type === 'record' && def.valueType && factValue(unwrap(def.valueType))) {
    const obj = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    return { kind: 'group', path, children: Object.keys(obj).map((k) => nodes(def.valueType as Schema, obj[k], [...path, k])) };
  }
  if (isScalar(s)) return { kind: 'scalar', path, schema: s, optional };
  return { kind: 'yaml', path, optional };
}

/** The fields of the whole review form. */
export function reviewFields(review: unknown): FieldNode {
  return nodes(Review, review, []);
}

export const fieldName = (path: Path, part?: string) => `${path.join('.')}${part ? `#${part}` : ''}`;

function get(value: unknown, path: Path): unknown {
  let v = value;
  for (const k of path) v = typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

function toText(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : String(v);
}

function toYaml(v: unknown): string {
  return v === undefined ? '' : stringifyYaml(v, { lineWidth: 0 }).trimEnd();
}

/** A scalar typed into the form, as the schema wants it. */
function scalarFrom(text: string, schema: Schema): unknown {
  const def = defOf(unwrap(schema));
  if (def.type === 'number') return text.trim() === '' ? undefined : Number(text);
  const options = choices(schema);
  if (options?.includes('true') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** Problems found while reading the form (YAML that doesn't parse), by field path. */
export type ReadProblems = Map<string, string>;

/**
 * The review object a submitted form describes. Fields the form can't express
 * (none, today) would be lost, so everything is read back through the schema.
 */
export function reviewFromForm(fields: Record<string, string>, original: unknown): { value: unknown; problems: ReadProblems } {
  const problems: ReadProblems = new Map();
  const read = (node: FieldNode): unknown => {
    const name = fieldName(node.path);
    if (node.kind === 'group') {
      const out: Record<string, unknown> = {};
      for (const child of node.children) {
        const v = read(child);
        if (v !== undefined) out[String(child.path.at(-1))] = v;
      }
      return out;
    }
    if (node.kind === 'scalar') {
      const text = fields[name] ?? '';
      return text === '' && node.optional ? undefined : scalarFrom(text, node.schema);
    }
    if (node.kind === 'yaml') {
      const text = fields[name] ?? '';
      if (text.trim() === '') return node.optional ? undefined : null;
      try {
        return parseYaml(text);
      } catch (error) {
        problems.set(name, `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        return get(original, node.path);
      }
    }
    const state = fields[fieldName(node.path, 'state')];
    if (state === 'unknown') return { unknown: (fields[fieldName(node.path, 'unknown')] ?? '').trim() };
    const sources = (fields[fieldName(node.path, 'sources')] ?? '')
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const valueText = fields[fieldName(node.path, 'value')] ?? '';
    let value: unknown;
    if (isScalar(node.value)) value = scalarFrom(valueText, node.value);
    else {
      try {
        value = parseYaml(valueText);
      } catch (error) {
        problems.set(fieldName(node.path, 'value'), `is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        value = (get(original, node.path) as { value?: unknown } | undefined)?.value;
      }
    }
    const note = (fields[fieldName(node.path, 'note')] ?? '').trim();
    return { value, sources, ...(note === '' ? {} : { note }) };
  };
  return { value: read(reviewFields(original)), problems };
}

/** Each problem beside the field it concerns, keyed by dotted path (the schema's and the checks' paths alike). */
export type FieldProblems = Map<string, string[]>;

function Problems(props: { path: Path; problems: FieldProblems }) {
  const key = props.path.join('.');
  const mine = [...props.problems].filter(([p]) => p === key || p.startsWith(`${key}.`) || p.startsWith(`${key}#`)).flatMap(([, m]) => m);
  if (mine.length === 0) return null;
  return (
    <ul class="field-problem" id={`problem-${key}`}>
      {mine.map((m) => (
        <li>{m}</li>
      ))}
    </ul>
  );
}

function ScalarInput(props: { name: string; id: string; schema: Schema; value: unknown; describedBy?: string | undefined }) {
  const options = choices(props.schema);
  const current = toText(props.value);
  if (options)
    return (
      <select name={props.name} id={props.id} aria-describedby={props.describedBy}>
        {options.map((o) => (
          <option value={o} selected={o === current}>
            {o}
          </option>
        ))}
      </select>
    );
  return <input name={props.name} id={props.id} value={current} maxlength={maxLength(props.schema)} aria-describedby={props.describedBy} />;
}

/** The form fields of a review with each problem beside its field. */
export function ReviewFields(props: { node: FieldNode; review: unknown; problems: FieldProblems; sourceIds: string[] }) {
  const { node, review, problems } = props;
  const key = node.path.join('.');
  const id = `f-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const described = [...problems.keys()].some((p) => p === key || p.startsWith(`${key}.`) || p.startsWith(`${key}#`)) ? `problem-${key}` : undefined;
  if (node.kind === 'group') {
    const inner = node.children.map((child) => <ReviewFields node={child} review={review} problems={problems} sourceIds={props.sourceIds} />);
    if (node.path.length === 0) return <>{inner}</>;
    return (
      <fieldset>
        <legend>{key}</legend>
        {inner}
      </fieldset>
    );
  }
  if (node.kind === 'scalar')
    return (
      <p>
        <label for={id}>{key}</label>
        <br />
        <ScalarInput name={fieldName(node.path)} id={id} schema={node.schema} value={get(review, node.path)} describedBy={described} />
        <Problems path={node.path} problems={problems} />
      </p>
    );
  if (node.kind === 'yaml')
    return (
      <p>
        <label for={id}>{key} (YAML)</label>
        <br />
        <textarea name={fieldName(node.path)} id={id} rows={6} cols={80} aria-describedby={described}>
          {toYaml(get(review, node.path))}
        </textarea>
        <Problems path={node.path} problems={problems} />
      </p>
    );
  const fact = get(review, node.path) as { value?: unknown; sources?: unknown; note?: unknown; unknown?: unknown } | undefined;
  const known = fact !== undefined && 'value' in fact;
  return (
    <fieldset class="fact">
      <legend>{key}</legend>
      <p>
        <label>
          <input type="radio" name={fieldName(node.path, 'state')} value="known" checked={known} /> known
        </label>{' '}
        <label>
          <input type="radio" name={fieldName(node.path, 'state')} value="unknown" checked={!known} /> unknown
        </label>
      </p>
      <p>
        <label for={`${id}-value`}>value</label>
        <br />
        {isScalar(node.value) ? (
          <ScalarInput
            name={fieldName(node.path, 'value')}
            id={`${id}-value`}
            schema={node.value}
            value={known ? fact?.value : undefined}
            describedBy={described}
          />
        ) : (
          <textarea name={fieldName(node.path, 'value')} id={`${id}-value`} rows={4} cols={80} aria-describedby={described}>
            {known ? toYaml(fact?.value) : ''}
          </textarea>
        )}
      </p>
      <p>
        <label for={`${id}-sources`}>sources (ids, comma-separated; declared under "sources")</label>
        <br />
        <input
          name={fieldName(node.path, 'sources')}
          id={`${id}-sources`}
          list="source-ids"
          value={known && Array.isArray(fact?.sources) ? fact.sources.join(', ') : ''}
          maxlength={2000}
        />
      </p>
      <p>
        <label for={`${id}-note`}>note (optional)</label>
        <br />
        <input name={fieldName(node.path, 'note')} id={`${id}-note`} value={known ? toText(fact?.note) : ''} maxlength={maxLength(node.note)} />
      </p>
      <p>
        <label for={`${id}-unknown`}>why it is unknown</label>
        <br />
        <input name={fieldName(node.path, 'unknown')} id={`${id}-unknown`} value={known ? '' : toText(fact?.unknown)} maxlength={maxLength(node.unknown)} />
      </p>
      <Problems path={node.path} problems={problems} />
    </fieldset>
  );
}
