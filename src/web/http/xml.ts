/** Escaping text for XML (feeds, sitemaps, badges). */

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline
 * and carriage return; unpaired surrogates; U+FFFE, U+FFFF). The data format
 * refuses them already; the writers replace them anyway, so no stored value
 * can make a feed or badge unreadable.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/**
 * Text safe inside XML elements and attributes, whatever it holds: markup is
 * escaped and characters XML can't carry become U+FFFD.
 * @example xmlText('AT&T <b>') // "AT&amp;T &lt;b&gt;"
 */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
