/** Escaping text for XML (feeds, sitemaps, badges). */

/**
 * Text safe inside XML elements and attributes.
 * @example xmlText('AT&T <b>') // "AT&amp;T &lt;b&gt;"
 */
export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
