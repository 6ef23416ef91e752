/**
 * The bounds every string and list of the data format obeys, in one place:
 * how long a text may be, which characters it may hold, how many entries a
 * list may have. data/README.md lists the limit of every field and why.
 *
 * Characters refused everywhere: the C0 controls (U+0000–U+001F) except, in
 * multi-line text, newline and tab; DEL and the C1 controls (U+007F–U+009F,
 * which include a terminal's CSI); unpaired surrogates; U+FFFE and U+FFFF.
 * None of them has a use in a review, XML can't carry most of them, and
 * PostgreSQL refuses NUL, so refusing them here makes both backends agree.
 */
import { z } from 'zod';

/** The largest data file the loader reads, in bytes (the largest bundled review is under 20 KB). */
export const MAX_DATA_FILE_BYTES = 1024 * 1024;

const FORBIDDEN_IN_LINE = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

/** `U+001B` for a character. */
export function codePointName(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const count = (n: number) => n.toLocaleString('en-US');

function bounded(max: number, forbidden: RegExp, allowed: string, empty: string) {
  return z
    .string()
    .min(1, empty)
    .max(max, { error: (issue) => `is ${count(String(issue.input).length)} characters long; at most ${count(max)} are allowed` })
    .superRefine(function refuseControlCharacters(s, ctx) {
      const m = forbidden.exec(s);
      if (m) ctx.addIssue({ code: 'custom', message: `contains the control character ${codePointName(m[0])} at character ${m.index + 1}; ${allowed}` });
    });
}

/**
 * A single line of text (a name, a title, an identifier's label): at most
 * `max` characters, no control characters at all, not empty (`empty` says
 * what to do instead).
 * @example Line(100).parse('Signal') // 'Signal'
 */
export function Line(max: number, empty = 'must not be empty') {
  return bounded(max, FORBIDDEN_IN_LINE, 'this field is one line, without control characters', empty);
}

/**
 * Multi-line text (a note, a quote, a summary): at most `max` characters;
 * newline and tab are the only control characters allowed. Not empty.
 * @example Text(2_000).parse('Line one.\nLine two.')
 */
export function Text(max: number, empty = 'must not be empty') {
  return bounded(max, FORBIDDEN_IN_TEXT, 'only newline and tab are allowed', empty);
}

/**
 * A list of at most `max` entries.
 * @example List(Line(100), 20).parse(['a', 'b'])
 */
export function List<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max, { error: (issue) => `has ${count((issue.input as unknown[]).length)} entries; at most ${count(max)} are allowed` });
}

/**
 * A mapping of at most `max` entries (keys validated by `key`).
 * @example Entries(Id, Source, 200)
 */
export function Entries<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, max: number) {
  return z.record(key, value).superRefine(function boundEntries(r, ctx) {
    const n = Object.keys(r).length;
    if (n > max) ctx.addIssue({ code: 'custom', message: `has ${count(n)} entries; at most ${count(max)} are allowed` });
  });
}

/**
 * The first character of `s` the data format refuses in multi-line text, with its position, or undefined.
 * @example forbiddenCharacter('a\u0000b') // { ch: '\u0000', index: 1 }
 */
export function forbiddenCharacter(s: string): { ch: string; index: number } | undefined {
  const m = FORBIDDEN_IN_TEXT.exec(s);
  return m ? { ch: m[0], index: m.index } : undefined;
}
