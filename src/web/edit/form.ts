/**
 * Reading a posted form: text fields only, each bounded, so a hostile form
 * can't smuggle files or megabytes, and holding only the characters the data
 * format allows in multi-line text (domain/text.ts: no control characters but
 * newline and tab), so what a form stores agrees on both backends (PostgreSQL
 * refuses NUL) and in every XML writer.
 */
import type { Context } from 'hono';
import { codePointName, forbiddenCharacter } from '../../domain/text.ts';
import { t, type Locale } from '../../i18n/index.ts';

export type FormFields = Record<string, string>;

const MAX_FIELDS = 3000;

/** What is wrong with a posted form or one of its fields, for the message in the page's language. */
export type FormProblem =
  | { kind: 'not-form' }
  | { kind: 'too-many'; max: number }
  | { kind: 'not-text' }
  | { kind: 'too-long'; max: number }
  | { kind: 'control'; name: string; index: number };

function englishProblem(p: FormProblem): string {
  switch (p.kind) {
    case 'not-form':
      return 'must be posted as a form';
    case 'too-many':
      return `has more than ${p.max} fields`;
    case 'not-text':
      return 'must be text';
    case 'too-long':
      return `must be at most ${p.max} characters`;
    case 'control':
      return `contains the control character ${p.name} at character ${p.index}; only newline and tab are allowed`;
  }
}

/** A field that is too long or not text, named so the page can say which. */
export class FormError extends Error {
  constructor(
    readonly field: string,
    readonly problem: FormProblem,
  ) {
    super(`${field}: ${englishProblem(problem)}`);
    this.name = 'FormError';
  }
}

/**
 * A FormError as a sentence in `locale`, naming the field by its label in
 * `labels` (a form's own words for its fields) or else by its name.
 * @example formErrorText('de', error, { problem: 'Was falsch ist' }) // "Was falsch ist: Bitte höchstens 2.000 Zeichen."
 */
export function formErrorText(locale: Locale, error: FormError, labels: Record<string, string> = {}): string {
  const field = labels[error.field] ?? error.field;
  const p = error.problem;
  switch (p.kind) {
    case 'not-form':
      return t(locale, 'edit.formError.notForm');
    case 'too-many':
      return t(locale, 'edit.formError.tooMany', { max: p.max });
    case 'not-text':
      return t(locale, 'edit.formError.notText', { field });
    case 'too-long':
      return t(locale, 'edit.formError.tooLong', { field, max: p.max });
    case 'control':
      return t(locale, 'edit.formError.control', { field, name: p.name, index: p.index });
  }
}

/**
 * The posted fields as strings; anything not in `limits` is ignored, a file,
 * an over-long value or a control character other than newline and tab is a
 * FormError naming the field. Line endings are normalised to \n.
 * @example const form = await readForm(c, { email: 254, password: 256, _csrf: 200 });
 */
export async function readForm(c: Context, limits: Record<string, number>): Promise<FormFields> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) throw new FormError('form', { kind: 'not-form' });
  const body = await c.req.parseBody({ all: false });
  const out: FormFields = {};
  // '*' admits every field (a generated form), each within that limit, up to MAX_FIELDS of them.
  const any = limits['*'];
  if (any !== undefined) {
    const names = Object.keys(body);
    if (names.length > MAX_FIELDS) throw new FormError('form', { kind: 'too-many', max: MAX_FIELDS });
    for (const name of names) if (!(name in limits) && name.length <= 200) limits = { ...limits, [name]: any };
  }
  for (const [name, max] of Object.entries(limits)) {
    if (name === '*') continue;
    const value = body[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new FormError(name, { kind: 'not-text' });
    const text = value.replace(/\r\n?/g, '\n');
    if ([...text].length > max) throw new FormError(name, { kind: 'too-long', max });
    const bad = forbiddenCharacter(text);
    if (bad) throw new FormError(name, { kind: 'control', name: codePointName(bad.ch), index: bad.index + 1 });
    out[name] = text;
  }
  return out;
}
