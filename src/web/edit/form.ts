/**
 * Reading a posted form: text fields only, each bounded, so a hostile form
 * can't smuggle files or megabytes, and holding only the characters the data
 * format allows in multi-line text (domain/text.ts: no control characters but
 * newline and tab), so what a form stores agrees on both backends (PostgreSQL
 * refuses NUL) and in every XML writer.
 */
import type { Context } from 'hono';
import { codePointName, forbiddenCharacter } from '../../domain/text.ts';

export type FormFields = Record<string, string>;

const MAX_FIELDS = 3000;

/** A field that is too long or not text, named so the page can say which. */
export class FormError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'FormError';
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
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) throw new FormError('form', 'must be posted as a form');
  const body = await c.req.parseBody({ all: false });
  const out: FormFields = {};
  // '*' admits every field (a generated form), each within that limit, up to MAX_FIELDS of them.
  const any = limits['*'];
  if (any !== undefined) {
    const names = Object.keys(body);
    if (names.length > MAX_FIELDS) throw new FormError('form', `has more than ${MAX_FIELDS} fields`);
    for (const name of names) if (!(name in limits) && name.length <= 200) limits = { ...limits, [name]: any };
  }
  for (const [name, max] of Object.entries(limits)) {
    if (name === '*') continue;
    const value = body[name];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new FormError(name, 'must be text');
    const text = value.replace(/\r\n?/g, '\n');
    if ([...text].length > max) throw new FormError(name, `must be at most ${max} characters`);
    const bad = forbiddenCharacter(text);
    if (bad)
      throw new FormError(name, `contains the control character ${codePointName(bad.ch)} at character ${bad.index + 1}; only newline and tab are allowed`);
    out[name] = text;
  }
  return out;
}
