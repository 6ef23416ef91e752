/**
 * The review editing form, generated from the zod schema of a review (src/domain
 * is the only definition of the format): every fact becomes "known, with value
 * and sources" or "unknown, because…"; plain fields become inputs; lists
 * (a fact's sources, data items, controversies, exceptions, the FAQ, the
 * source declarations) become rows of real fields, with "Add a row" and
 * "Remove" submit buttons that work without JavaScript. Reading the form
 * back walks the same schema, so the two can't drift apart.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Child } from '#jsx/jsx-runtime';
import type { z } from 'zod';
import { Review } from '../../domain/review.ts';
import { catalogues, t, term, type Locale, type MessageKey } from '../../i18n/index.ts';

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
  element?: Schema;
  entries?: Record<string, string>;
  values?: unknown[];
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

/** The value schema of a fact (`fact(v)` = union of {value, sources, note} and {unknown}), or undefined. */
function factParts(schema: Schema): { value: Schema; sources: Schema } | undefined {
  const def = defOf(schema);
  if (def.type !== 'union' || def.options?.length !== 2) return undefined;
  const [known, unknown] = def.options.map((o) => defOf(unwrap(o)));
  if (known?.type !== 'object' || unknown?.type !== 'object') return undefined;
  if (!known.shape?.value || !known.shape.sources || !unknown.shape?.unknown) return undefined;
  return { value: known.shape.value, sources: known.shape.sources };
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

function isOptional(schema: Schema): boolean {
  const t = defOf(schema).type;
  return t === 'optional' || t === 'default';
}

/** A literal-or-list union such as `'nothing' | DataItem[]`: its literals and its list schema. */
function eitherParts(schema: Schema): { literals: string[]; list: Schema } | undefined {
  const def = defOf(schema);
  if (def.type !== 'union') return undefined;
  const options = (def.options ?? []).map(unwrap);
  const list = options.find((o) => defOf(o).type === 'array');
  const literals = options.filter((o) => o !== list).map(choices);
  if (list === undefined || literals.some((l) => l === undefined)) return undefined;
  return { literals: literals.flat() as string[], list };
}

interface Base {
  /** Where the value sits in the review: the schema's and the checks' paths, for problems and labels. */
  path: Path;
  /**
   * The key of its label in the catalogue, less `edit.field.`: the schema path
   * without list indices and mapping keys (`sources.url`, `app.audits.value.by`).
   */
  labelKey: string;
  /** The form field name (or prefix) of this node. */
  name: string;
  optional: boolean;
}

export type FieldNode =
  | (Base & { kind: 'scalar'; schema: Schema })
  | (Base & { kind: 'group'; children: FieldNode[] })
  | (Base & { kind: 'list'; rows: FieldNode[] })
  | (Base & { kind: 'entries'; rows: { key: string; node: FieldNode }[] })
  | (Base & { kind: 'fact'; value: FieldNode; sources: FieldNode })
  | (Base & { kind: 'either'; literals: string[]; list: FieldNode })
  | (Base & { kind: 'yaml' });

/** How many rows a list or mapping has: from the value when rendering, from the posted form when reading. */
type RowCount = (name: string, fromValue: number) => number;

const asObject = (value: unknown) => (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;

function nodes(schema: Schema, value: unknown, path: Path, name: string, rows: RowCount, labelKey = ''): FieldNode {
  const optional = isOptional(schema);
  const s = unwrap(schema);
  const fact = factParts(s);
  if (fact) {
    const known = asObject(value);
    const valueNode = isScalar(fact.value)
      ? nodes(fact.value, known.value, [...path, 'value'], `${name}#value`, rows, `${labelKey}.value`)
      : nodes(fact.value, known.value, [...path, 'value'], `${name}.value`, rows, `${labelKey}.value`);
    const sources = nodes(fact.sources, known.sources, [...path, 'sources'], `${name}.sources`, rows, `${labelKey}.sources`);
    return { kind: 'fact', path, labelKey, name, optional, value: valueNode, sources };
  }
  const either = eitherParts(s);
  if (either) return { kind: 'either', path, labelKey, name, optional, literals: either.literals, list: nodes(either.list, value, path, name, rows, labelKey) };
  const def = defOf(s);
  if (def.type === 'object' && def.shape) {
    const obj = asObject(value);
    const prefix = name === '' ? '' : `${name}.`;
    const children = Object.entries(def.shape).map(([k, v]) => nodes(v, obj[k], [...path, k], `${prefix}${k}`, rows, labelKey === '' ? k : `${labelKey}.${k}`));
    return { kind: 'group', path, labelKey, name, optional, children };
  }
  if (def.type === 'array' && def.element) {
    const items = Array.isArray(value) ? value : [];
    const n = rows(name, items.length);
    const element = def.element;
    return {
      kind: 'list',
      path,
      labelKey,
      name,
      optional,
      rows: Array.from({ length: n }, (_, i) => nodes(element, items[i], [...path, i], `${name}.${i}`, rows, labelKey)),
    };
  }
  if (def.type === 'record' && def.valueType) {
    const entries = Object.entries(asObject(value));
    const n = rows(name, entries.length);
    const valueType = def.valueType;
    return {
      kind: 'entries',
      path,
      labelKey,
      name,
      optional,
      rows: Array.from({ length: n }, (_, i) => {
        const [key = '', v] = entries[i] ?? [];
        return { key, node: nodes(valueType, v, [...path, key === '' ? i : key], `${name}.${i}`, rows, labelKey) };
      }),
    };
  }
  if (isScalar(s)) return { kind: 'scalar', path, labelKey, name, optional, schema: s };
  return { kind: 'yaml', path, labelKey, name, optional };
}

/** The most rows one list of the form may have (a review's longest list, the sources, holds at most 200). */
const MAX_ROWS = 200;

/** The fields of the whole review form, for `review`. */
export function reviewFields(review: unknown): FieldNode {
  return nodes(Review, review, [], '', (_, n) => n);
}

/**
 * The label key (less `edit.field.`) of every field the form can show with
 * its own label, whatever the review: the form of a review with one row in
 * every list and mapping. A fact's value and sources, a list's rows and a
 * mapping's entries are labelled by the form itself ("value", "Sources 2", the
 * entry's id), so they need none.
 */
export function fieldLabelKeys(schema: Schema = Review): Set<string> {
  const keys = new Set<string>();
  const visit = (node: FieldNode, own: boolean) => {
    if (own && node.path.length > 0) keys.add(node.labelKey);
    if (node.kind === 'group') for (const child of node.children) visit(child, true);
    else if (node.kind === 'list') for (const row of node.rows) visit(row, false);
    else if (node.kind === 'entries') for (const row of node.rows) visit(row.node, false);
    else if (node.kind === 'fact') {
      visit(node.value, false);
      visit(node.sources, false);
    } else if (node.kind === 'either') visit(node.list, false);
  };
  visit(
    nodes(schema, undefined, [], '', () => 1),
    false,
  );
  return keys;
}

/** A field's label in `locale`, from the field-label catalogue (its key as written when a label is missing, which review-form.test.tsx forbids). */
export function fieldLabel(locale: Locale, labelKey: string): string {
  const key = `edit.field.${labelKey}`;
  return key in catalogues.en ? t(locale, key as MessageKey) : labelKey;
}

/** The row count a list's hidden field carries. */
const rowsField = (name: string) => `${name}#rows`;
/** The name of a fact's part, e.g. "encryption.protocol#note". */
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

/** A scalar typed into the form, as the schema wants it ('' is no value for a number or a choice). */
function scalarFrom(text: string, schema: Schema): unknown {
  const def = defOf(unwrap(schema));
  if (def.type === 'number') return text.trim() === '' ? undefined : Number(text);
  const options = choices(schema);
  if (options !== undefined && text === '') return undefined;
  if (options?.includes('true') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** Problems found while reading the form (YAML that doesn't parse), by field path. */
export type ReadProblems = Map<string, string>;

/** A row-editing button: "add:<list name>" or "remove:<row name>". */
export type RowAction = { add: string } | { remove: string };

/** Reads the `_action` of a posted form: adding or removing a row, or undefined for a plain save. */
export function rowAction(fields: Record<string, string>): RowAction | undefined {
  const action = fields._action ?? '';
  if (action.startsWith('add:')) return { add: action.slice(4) };
  if (action.startsWith('remove:')) return { remove: action.slice(7) };
  return undefined;
}

/** Whether the form has any typed value under `name` (a row left blank is dropped). */
function blank(fields: Record<string, string>, name: string): boolean {
  for (const [k, v] of Object.entries(fields)) {
    if (k !== name && !k.startsWith(`${name}.`) && !k.startsWith(`${name}#`)) continue;
    if (k.endsWith('#rows') || k.endsWith('#state') || k.endsWith('#choice')) continue;
    if (v.trim() !== '') return false;
  }
  return true;
}

/**
 * The review object a submitted form describes, and the path of a row a
 * row button added (its empty fields are not problems yet). A row left
 * entirely blank is dropped; "Remove" drops its row; "Add a row" appends an
 * empty one.
 */
export function reviewFromForm(
  fields: Record<string, string>,
  original: unknown,
  locale: Locale = 'en',
): { value: unknown; problems: ReadProblems; added: string | undefined } {
  const problems: ReadProblems = new Map();
  const action = rowAction(fields);
  let added: string | undefined;
  const rows: RowCount = (name) => {
    const n = Number(fields[rowsField(name)] ?? '0');
    return Number.isSafeInteger(n) && n > 0 ? Math.min(n, MAX_ROWS) : 0;
  };
  const read = (node: FieldNode): unknown => {
    switch (node.kind) {
      case 'group': {
        const out: Record<string, unknown> = {};
        for (const child of node.children) {
          const v = read(child);
          if (v !== undefined) out[String(child.path.at(-1))] = v;
        }
        return node.optional && node.path.length > 0 && blank(fields, node.name) ? undefined : out;
      }
      case 'list': {
        const out: unknown[] = [];
        for (const row of node.rows) {
          if (action && 'remove' in action && action.remove === row.name) continue;
          if (blank(fields, row.name)) continue;
          out.push(read(row));
        }
        if (action && 'add' in action && action.add === node.name && node.rows.length < MAX_ROWS) {
          added = [...node.path, out.length].join('.');
          out.push(undefined);
        }
        return out.length === 0 && node.optional ? undefined : out;
      }
      case 'entries': {
        const out: Record<string, unknown> = {};
        node.rows.forEach((row, i) => {
          const rowName = `${node.name}.${i}`;
          if (action && 'remove' in action && action.remove === rowName) return;
          const key = (fields[`${rowName}#key`] ?? '').trim();
          if (key === '' && blank(fields, rowName)) return;
          out[key] = read(row.node);
        });
        if (action && 'add' in action && action.add === node.name) {
          added = [...node.path, ''].join('.');
          out[''] = undefined;
        }
        return out;
      }
      case 'scalar': {
        const text = fields[node.name] ?? '';
        return text === '' && node.optional ? undefined : scalarFrom(text, node.schema);
      }
      case 'either': {
        const choice = fields[`${node.name}#choice`] ?? '';
        return node.literals.includes(choice) ? choice : read(node.list);
      }
      case 'yaml': {
        const text = fields[node.name] ?? '';
        if (text.trim() === '') return node.optional ? undefined : null;
        try {
          return parseYaml(text);
        } catch (error) {
          const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
          problems.set(node.path.join('.'), t(locale, 'edit.form.badYaml', { reason }));
          return get(original, node.path);
        }
      }
      case 'fact': {
        if (fields[`${node.name}#state`] === 'unknown') return { unknown: (fields[`${node.name}#unknown`] ?? '').trim() };
        const note = (fields[`${node.name}#note`] ?? '').trim();
        const sources = read(node.sources);
        return { value: read(node.value), sources: sources ?? [], ...(note === '' ? {} : { note }) };
      }
    }
  };
  return { value: read(nodes(Review, original, [], '', rows)), problems, added };
}

/** Each problem beside the field it concerns, keyed by dotted path (the schema's and the checks' paths alike). */
export type FieldProblems = Map<string, string[]>;

/**
 * Which field shows each problem: the deepest field of the form whose path
 * holds the problem's path; problems no field holds (a page-wide finding) are
 * under the key ''.
 */
export function assignProblems(root: FieldNode, problems: FieldProblems): FieldProblems {
  const keys: string[] = [];
  const visit = (node: FieldNode) => {
    if (node.kind !== 'either' && node.path.length > 0) keys.push(node.path.join('.'));
    if (node.kind === 'group') node.children.forEach(visit);
    else if (node.kind === 'list') node.rows.forEach(visit);
    else if (node.kind === 'entries') for (const r of node.rows) visit(r.node);
    else if (node.kind === 'fact') {
      visit(node.value);
      visit(node.sources);
    } else if (node.kind === 'either') visit(node.list);
  };
  visit(root);
  const out: FieldProblems = new Map();
  for (const [path, messages] of problems) {
    let best = '';
    for (const k of keys) if ((path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}#`)) && k.length > best.length) best = k;
    out.set(best, [...(out.get(best) ?? []), ...messages]);
  }
  return out;
}

const idOf = (name: string) =>
  `f-${name
    .replace(/\./g, '_')
    .replace(/#/g, '--')
    .replace(/[^A-Za-z0-9_-]/g, '-')}`;
const problemId = (path: Path) => `problem-${path.join('.')}`;
/** A row's number, counted from 1 (its place in the list), or a mapping entry's key. */
const rowNumber = (path: Path) => {
  const last = path.at(-1);
  return typeof last === 'number' ? last + 1 : String(last ?? '');
};

interface RenderProps {
  review: unknown;
  problems: FieldProblems;
  locale: Locale;
  /** Problems that stay English on a German or French page (the schema's own messages): marked lang="en". */
  english: ReadonlySet<string>;
}

function Problems(props: { path: Path } & RenderProps) {
  const mine = props.problems.get(props.path.join('.'));
  if (!mine || mine.length === 0) return null;
  return (
    <ul class="field-problem" id={problemId(props.path)}>
      {mine.map((m) => (props.locale !== 'en' && props.english.has(m) ? <li lang="en">{m}</li> : <li>{m}</li>))}
    </ul>
  );
}

/** The field's path as code beside its label: what the YAML and the output of `check` call it. */
function PathCode(props: { path: Path }) {
  if (props.path.length === 0) return null;
  return (
    <>
      {' '}
      <code class="field-path">{props.path.join('.')}</code>
    </>
  );
}

function describedBy(path: Path, problems: FieldProblems): string | undefined {
  return problems.has(path.join('.')) ? problemId(path) : undefined;
}

function ScalarInput(props: {
  name: string;
  id: string;
  schema: Schema;
  value: unknown;
  locale: Locale;
  describedBy?: string | undefined;
  list?: string | undefined;
}) {
  const options = choices(props.schema);
  const current = toText(props.value);
  if (options)
    return (
      <select name={props.name} id={props.id} aria-describedby={props.describedBy}>
        {current === '' || !options.includes(current) ? (
          <option value="" selected>
            {t(props.locale, 'edit.form.choose')}
          </option>
        ) : null}
        {/* the choices are the data's own values (code), as the YAML writes them */}
        {options.map((o) => (
          <option value={o} selected={o === current}>
            {o}
          </option>
        ))}
      </select>
    );
  const multiline = defOf(unwrap(props.schema)).type === 'string' && current.length > 120;
  if (multiline)
    return (
      <textarea name={props.name} id={props.id} rows={4} cols={80} aria-describedby={props.describedBy}>
        {current}
      </textarea>
    );
  return <input name={props.name} id={props.id} value={current} maxlength={4000} aria-describedby={props.describedBy} list={props.list} />;
}

function AddRowButton(props: { name: string; label: string; locale: Locale }) {
  return (
    <p class="row-buttons">
      <button type="submit" name="_action" value={`add:${props.name}`}>
        {t(props.locale, 'edit.form.addRow', { label: props.label })}
      </button>
    </p>
  );
}

function RemoveButton(props: { name: string; label: string; locale: Locale }) {
  return (
    <button type="submit" name="_action" value={`remove:${props.name}`} class="row-remove">
      {t(props.locale, 'edit.form.remove', { label: props.label })}
    </button>
  );
}

/** A list's or mapping's rows in a fieldset with its row count, its own problems and its "Add a row" button. */
function Rows(props: RenderProps & { node: FieldNode & { rows: unknown[] }; label: string; children: Child }) {
  const { node, locale } = props;
  return (
    <fieldset class="rows">
      <legend>
        {props.label}
        <PathCode path={node.path} />
      </legend>
      <input type="hidden" name={rowsField(node.name)} value={String(node.rows.length)} />
      <Problems path={node.path} review={props.review} problems={props.problems} locale={locale} english={props.english} />
      {node.rows.length === 0 ? <p>{t(locale, 'edit.form.noRows')}</p> : null}
      {props.children}
      <AddRowButton name={node.name} label={props.label} locale={locale} />
    </fieldset>
  );
}

/** The field of one node; `label` overrides the label its path gives (the field-label catalogue's). */
function Field(props: RenderProps & { node: FieldNode; label?: string }) {
  const { node, problems, locale } = props;
  const shared: RenderProps = { review: props.review, problems, locale, english: props.english };
  const { review } = shared;
  const label = props.label ?? fieldLabel(locale, node.labelKey);
  const id = idOf(node.name);
  switch (node.kind) {
    case 'group': {
      const inner = node.children.map((child) => <Field node={child} {...shared} />);
      if (node.path.length === 0) return <>{inner}</>;
      return (
        <fieldset>
          <legend>
            {label}
            <PathCode path={node.path} />
          </legend>
          <Problems path={node.path} {...shared} />
          {inner}
        </fieldset>
      );
    }
    case 'scalar': {
      const refs = node.path.at(-2) === 'sources' && typeof node.path.at(-1) === 'number';
      return (
        <p>
          <label for={id}>
            {label}
            <PathCode path={node.path} />
          </label>
          <br />
          <ScalarInput
            name={node.name}
            id={id}
            schema={node.schema}
            value={get(review, node.path)}
            locale={locale}
            describedBy={describedBy(node.path, problems)}
            list={refs ? 'source-ids' : undefined}
          />
          <Problems path={node.path} {...shared} />
        </p>
      );
    }
    case 'yaml':
      return (
        <p>
          <label for={id}>
            {t(locale, 'edit.form.yaml', { label })}
            <PathCode path={node.path} />
          </label>
          <br />
          <textarea name={node.name} id={id} rows={6} cols={80} aria-describedby={describedBy(node.path, problems)}>
            {get(review, node.path) === undefined ? '' : stringifyYaml(get(review, node.path), { lineWidth: 0 }).trimEnd()}
          </textarea>
          <Problems path={node.path} {...shared} />
        </p>
      );
    case 'list':
      return (
        <Rows node={node} label={label} {...shared}>
          {node.rows.map((row) => {
            const rowLabel = t(locale, 'edit.form.row', { label, n: rowNumber(row.path) });
            return (
              <div class="row">
                <Field node={row} {...shared} label={rowLabel} />
                <RemoveButton name={row.name} label={rowLabel} locale={locale} />
              </div>
            );
          })}
        </Rows>
      );
    case 'entries':
      return (
        <Rows node={node} label={label} {...shared}>
          {node.rows.map((row, i) => {
            const rowName = `${node.name}.${i}`;
            // a privacy control's id has a name in the terms; a source's id is only its id
            const named = node.labelKey === 'controls' ? term(locale, `control.${row.key}`, row.key) : row.key;
            const rowLabel = row.key === '' ? t(locale, 'edit.form.newEntry', { label }) : named;
            return (
              <div class="row">
                <p>
                  <label for={idOf(`${rowName}#key`)}>{t(locale, 'edit.form.idOf', { label: rowLabel })}</label>
                  <br />
                  <input name={`${rowName}#key`} id={idOf(`${rowName}#key`)} value={row.key} maxlength={64} />
                </p>
                <Field node={row.node} {...shared} label={rowLabel} />
                <RemoveButton name={rowName} label={rowLabel} locale={locale} />
              </div>
            );
          })}
        </Rows>
      );
    case 'either': {
      const value = get(review, node.path);
      const choice = typeof value === 'string' ? value : 'list';
      return (
        <>
          <p>
            <label for={idOf(`${node.name}#choice`)}>
              {label}
              <PathCode path={node.path} />
            </label>
            <br />
            <select name={`${node.name}#choice`} id={idOf(`${node.name}#choice`)}>
              {node.literals.map((l) => (
                <option value={l} selected={choice === l}>
                  {l}
                </option>
              ))}
              <option value="list" selected={choice === 'list'}>
                {t(locale, 'edit.form.theList')}
              </option>
            </select>
          </p>
          <Field node={node.list} {...shared} label={t(locale, 'edit.form.list', { label })} />
        </>
      );
    }
    case 'fact': {
      const fact = asObject(get(review, node.path));
      const known = 'value' in fact || !('unknown' in fact);
      return (
        <fieldset class="fact">
          <legend>
            {label}
            <PathCode path={node.path} />
          </legend>
          <Problems path={node.path} {...shared} />
          <p>
            <label>
              <input type="radio" name={`${node.name}#state`} value="known" checked={known} /> {t(locale, 'edit.form.known')}
            </label>{' '}
            <label>
              <input type="radio" name={`${node.name}#state`} value="unknown" checked={!known} /> {t(locale, 'edit.form.unknown')}
            </label>
          </p>
          <Field node={node.value} {...shared} label={t(locale, 'edit.form.value')} />
          <Field node={node.sources} {...shared} label={t(locale, 'edit.form.sources')} />
          <p>
            <label for={idOf(`${node.name}#note`)}>{t(locale, 'edit.form.note')}</label>
            <br />
            <input name={`${node.name}#note`} id={idOf(`${node.name}#note`)} value={known ? toText(fact.note) : ''} maxlength={4000} />
          </p>
          <p>
            <label for={idOf(`${node.name}#unknown`)}>{t(locale, 'edit.form.whyUnknown')}</label>
            <br />
            <input name={`${node.name}#unknown`} id={idOf(`${node.name}#unknown`)} value={known ? '' : toText(fact.unknown)} maxlength={2000} />
          </p>
        </fieldset>
      );
    }
  }
}

/**
 * The form fields of a review, with each problem beside its field (`problems`
 * as assignProblems returns them), its labels in `locale`.
 */
export function ReviewFields(props: { node: FieldNode; review: unknown; problems: FieldProblems; locale?: Locale; english?: ReadonlySet<string> }) {
  return <Field node={props.node} review={props.review} problems={props.problems} locale={props.locale ?? 'en'} english={props.english ?? new Set()} />;
}
