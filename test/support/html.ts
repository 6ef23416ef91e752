/** Text as the pages write it, for tests that look for a string in a page's HTML. */
import { escapeToBuffer } from 'hono/utils/html';

/**
 * Text escaped the way hono/jsx escapes text and attribute values on every
 * page (its own escapeToBuffer): & < > " ' become &amp; &lt; &gt; &quot; &#39;.
 * @example htmlEscaped(`Signal's "safety numbers"`) // "Signal&#39;s &quot;safety numbers&quot;"
 */
export function htmlEscaped(text: string): string {
  const buffer: [string] = [''];
  escapeToBuffer(text, buffer);
  return buffer[0];
}
