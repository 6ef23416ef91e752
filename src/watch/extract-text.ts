/**
 * A fetched document reduced to its main text: HTML through Mozilla
 * Readability (or the review's CSS selector) on a linkedom DOM, plain text as
 * is; decoded from its declared charset; then normalised so that only a change
 * in wording makes a new version.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The document can't be turned into text (unsupported type or charset, a selector that matches nothing). */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);

/**
 * Whitespace collapsed within lines, blank lines dropped, Unicode in NFC.
 * @example normaliseText('  a\u00a0 b \n\n\n c ') // "a b\nc"
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The charset a Content-Type header names, else the one an HTML document declares in its first 1024 bytes, else UTF-8. */
export function charsetOf(contentType: string, body: Uint8Array, isHtml: boolean): string {
  const declared = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1];
  if (declared !== undefined) return declared.toLowerCase();
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (isHtml) {
    const head = Buffer.from(body.subarray(0, 1024)).toString('latin1');
    const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
    if (meta !== undefined) return meta.toLowerCase();
  }
  return 'utf-8';
}

/** WHATWG labels of windows-1252 (the Encoding Standard maps latin1 and ASCII to it too). */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'iso-ir-100',
  'cp819',
  'ibm819',
]);
/** U+0080..U+009F as windows-1252 has them (Node's decoder treats the label as ISO-8859-1 and leaves C1 controls). */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decode(body: Uint8Array, charset: string): string {
  if (WINDOWS_1252_LABELS.has(charset)) {
    let out = '';
    for (const byte of body) out += byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_C1[byte - 0x80] ?? '') : String.fromCharCode(byte);
    return out;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    throw new ExtractError(`the document's charset "${charset}" is not one this watcher can decode`);
  }
  return decoder.decode(body);
}

/** Text of a DOM subtree, with a line break around every block element. */
function blockText(node: Node): string {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) {
      out.push(n.textContent ?? '');
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = n.nodeType === 1 ? (n as Element).tagName.toUpperCase() : '';
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) out.push('\n');
    for (const child of Array.from(n.childNodes)) visit(child);
    if (block) out.push('\n');
  };
  visit(node);
  return out.join('');
}

function htmlMainText(html: string, selector: string | undefined): string {
  const { document } = parseHTML(html);
  if (selector !== undefined) {
    let found: Element | null;
    try {
      found = document.querySelector(selector);
    } catch {
      throw new ExtractError(`selector "${selector}" is not a valid CSS selector`);
    }
    if (found === null) throw new ExtractError(`selector "${selector}" matches nothing in the document`);
    return blockText(found);
  }
  // Readability changes the document it reads; it gets its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  if (article?.content) return blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  const body = document.body;
  return body ? blockText(body) : '';
}

export interface ExtractedText {
  /** The normalised main text. */
  text: string;
  /** The media type without parameters, e.g. "text/html". */
  mediaType: string;
}

/**
 * The normalised main text of a response body.
 * @example extractText(buffer, 'text/html; charset=windows-1252').text
 */
export function extractText(body: Uint8Array, contentType: string, selector?: string): ExtractedText {
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase() || 'application/octet-stream';
  const isHtml = mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
  const isText = mediaType.startsWith('text/') || mediaType === 'application/json';
  if (!isHtml && !isText) throw new ExtractError(`the document is ${mediaType}, which the watcher can't read as text`);
  const decoded = decode(body, charsetOf(contentType, body, isHtml));
  const text = normaliseText(isHtml ? htmlMainText(decoded, selector) : decoded);
  if (text === '') throw new ExtractError('the document has no text');
  return { text, mediaType };
}
