/**
 * Text safe to print on a terminal or in a log: every control character, and
 * the invisible characters that reorder text (Unicode bidi controls), written
 * as an escape, so a file name or value holding ESC or a newline can neither
 * drive the terminal nor forge a line of output. Every error message the CLI
 * prints passes its file names and values through `printable`.
 */

const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `s` with its control and bidi characters escaped.
 * @example printable('apps/\u001b[2Jx.yaml') // 'apps/\\x1b[2Jx.yaml'
 */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, escapeOne);
}

/**
 * A message made of lines, each line made printable: newlines that separate
 * lines stay, any other control character is escaped.
 * @example printableLines('a\nb\u001b') // 'a\nb\\x1b'
 */
export function printableLines(s: string): string {
  return s.split('\n').map(printable).join('\n');
}
