/**
 * A reader of the HTML this site renders itself, giving the tree parse5 gives
 * for it, node for node (same node shapes: nodeName, tagName, attrs,
 * namespaceURI, childNodes, parentNode, value), in a fraction of the time.
 *
 * It reads only what our renderer writes: a doctype, then <html> holding
 * <head> and <body>, every element closed by its own end tag (or void), the
 * few character references hono writes, and tables written out in full
 * (thead/tbody/tfoot, tr, th/td). Where the HTML standard's tree construction
 * would do anything but append the next node to the open element (an implied
 * end tag, a tbody to insert, foster parenting, a <p> closed by a block, a
 * comment, an unknown element or reference, a carriage return…) it gives up
 * and returns undefined, and the caller parses the page with parse5. So any
 * page it reads is one on which both give the same tree (src/checks/own-html.test.ts
 * compares them on every rendered page of the bundled data).
 */
import type { DefaultTreeAdapterTypes } from 'parse5';
import { HEADING_TAGS } from './html-tags.ts';

type Document = DefaultTreeAdapterTypes.Document;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

interface Attr {
  name: string;
  value: string;
}
interface El {
  nodeName: string;
  tagName: string;
  attrs: Attr[];
  namespaceURI: string;
  childNodes: Node[];
  parentNode: El | Doc;
}
interface Text {
  nodeName: '#text';
  value: string;
  parentNode: El;
}
interface Doc {
  nodeName: '#document';
  mode: string;
  childNodes: Node[];
}
type Node = El | Text | { nodeName: '#documentType'; name: string; publicId: string; systemId: string; parentNode: Doc };

const VOID = new Set(['meta', 'link', 'br', 'input', 'img', 'hr', 'wbr']);
const HEAD_CHILDREN = new Set(['meta', 'link', 'title', 'script', 'style']);
/** Elements that may appear in the body's flow (tables are handled apart). */
const FLOW = new Set([
  'main',
  'header',
  'footer',
  'nav',
  'article',
  'section',
  'aside',
  'div',
  'p',
  'blockquote',
  'figure',
  'figcaption',
  'details',
  'summary',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  ...HEADING_TAGS,
  'table',
  'form',
  'label',
  'input',
  'button',
  'br',
  'hr',
  'img',
  'a',
  'span',
  'strong',
  'em',
  'b',
  'i',
  'small',
  'code',
  'sup',
  'sub',
  'abbr',
  'time',
  'q',
  'cite',
  'mark',
  'kbd',
  's',
  'u',
  'data',
  'script',
]);
/** Start tags that close an open <p> (HTML's "close a p element"), or start a table, which does too. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'ul',
  ...HEADING_TAGS,
  'pre',
  'listing',
  'form',
  'li',
  'dd',
  'dt',
  'table',
  'hr',
  'xmp',
  'plaintext',
]);
/** HTML's "special" elements among those read here, for the li/dd/dt rule (address, div and p excepted as the standard does). */
const SPECIAL = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'button',
  'caption',
  'dd',
  'details',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  ...HEADING_TAGS,
  'header',
  'hr',
  'html',
  'img',
  'input',
  'li',
  'main',
  'nav',
  'ol',
  'script',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADINGS = new Set<string>(HEADING_TAGS);
/** What each table part may hold directly (no text, not even whitespace). */
const TABLE_CHILDREN = new Map<string, Set<string>>([
  ['table', new Set(['caption', 'thead', 'tbody', 'tfoot'])],
  ['thead', new Set(['tr'])],
  ['tbody', new Set(['tr'])],
  ['tfoot', new Set(['tr'])],
  ['tr', new Set(['th', 'td'])],
]);

const NAMED = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** Text with character references decoded; undefined for a reference read here does not know. */
function decode(raw: string): string | undefined {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = raw.indexOf(';', amp);
    if (semi === -1) return undefined;
    const ref = raw.slice(amp + 1, semi);
    let ch: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = /^#[0-9]{1,7}$/.test(ref) ? Number(ref.slice(1)) : /^#[xX][0-9a-fA-F]{1,6}$/.test(ref) ? Number.parseInt(ref.slice(2), 16) : Number.NaN;
      // printable ASCII and the BMP below the surrogates only: other numbers are replaced or flagged by HTML's rules
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code < 0xd800)) ch = String.fromCharCode(code);
    } else ch = NAMED.get(ref);
    if (ch === undefined) return undefined;
    out += raw.slice(from, amp) + ch;
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12;
}

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * The parse5 tree of `html` when it is a page as this site renders it; undefined otherwise (parse it with parse5).
 * @example readOwnHtml('<!DOCTYPE html><html><head></head><body><p>Hi</p></body></html>')
 */
export function readOwnHtml(html: string): Document | undefined {
  if (!/^<!doctype html>/i.test(html) || html.includes('\r') || html.includes('\0') || html.includes('<!--')) return undefined;
  const doc: Doc = { nodeName: '#document', mode: 'no-quirks', childNodes: [] };
  doc.childNodes.push({ nodeName: '#documentType', name: 'html', publicId: '', systemId: '', parentNode: doc });
  const stack: El[] = [];
  /** Whether the stack holds each of these (counts). */
  let openP = 0;
  let openA = 0;
  let openButton = 0;
  let openForm = 0;
  /** html's children so far, and whether </html> was read. */
  let htmlChildren = 0;
  let closed = false;
  let sawHtml = false;
  let pos = 15;
  const n = html.length;

  while (pos < n) {
    const lt = html.indexOf('<', pos);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > pos) {
      const top = stack[stack.length - 1];
      // text outside the body's flow (document, html, head, table parts) is handled by rules not followed here
      if (!top || closed || top.tagName === 'html' || top.tagName === 'head' || TABLE_CHILDREN.has(top.tagName)) return undefined;
      const value = decode(html.slice(pos, textEnd));
      if (value === undefined) return undefined;
      const last = top.childNodes[top.childNodes.length - 1];
      if (last && last.nodeName === '#text') (last as Text).value += value;
      else top.childNodes.push({ nodeName: '#text', value, parentNode: top });
      pos = textEnd;
      continue;
    }
    if (lt === -1) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      // an end tag: it must close the open element
      let i = lt + 2;
      if (!isNameStart(html.charCodeAt(i))) return undefined;
      while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62 && html.charCodeAt(i) !== 47) i++;
      const name = html.slice(lt + 2, i).toLowerCase();
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (html.charCodeAt(i) !== 62) return undefined;
      pos = i + 1;
      const top = stack[stack.length - 1];
      if (!top || top.tagName !== name || closed) return undefined;
      stack.pop();
      if (name === 'p') openP--;
      else if (name === 'a') openA--;
      else if (name === 'button') openButton--;
      else if (name === 'form') openForm--;
      else if (name === 'body') {
        // after </body> only </html> and the end of the page
        if (html.slice(pos, pos + 7).toLowerCase() !== '</html>' || pos + 7 !== n) return undefined;
        closed = true;
        pos = n;
      } else if (name === 'html') return undefined;
      continue;
    }
    if (!isNameStart(c)) return undefined;
    // a start tag
    let i = lt + 1;
    while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62 && html.charCodeAt(i) !== 47) i++;
    const name = html.slice(lt + 1, i).toLowerCase();
    if (!/^[a-z][a-z0-9]*$/.test(name)) return undefined;
    const attrs: Attr[] = [];
    let selfClosing = false;
    for (;;) {
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const a = html.charCodeAt(i);
      if (a === 62) {
        i++;
        break;
      }
      if (a === 47) {
        if (html.charCodeAt(i + 1) !== 62) return undefined;
        selfClosing = true;
        i += 2;
        break;
      }
      const start = i;
      while (i < n) {
        const x = html.charCodeAt(i);
        if (isSpace(x) || x === 61 || x === 62 || x === 47 || x === 34 || x === 39 || x === 60) break;
        i++;
      }
      if (i === start || i >= n) return undefined;
      const attrName = html.slice(start, i).toLowerCase();
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      let value = '';
      if (html.charCodeAt(i) === 61) {
        i++;
        while (i < n && isSpace(html.charCodeAt(i))) i++;
        const q = html.charCodeAt(i);
        if (q !== 34 && q !== 39) return undefined;
        const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
        if (close === -1) return undefined;
        const decoded = decode(html.slice(i + 1, close));
        if (decoded === undefined) return undefined;
        value = decoded;
        i = close + 1;
      }
      for (const other of attrs) if (other.name === attrName) return undefined;
      attrs.push({ name: attrName, value });
    }
    pos = i;
    const isVoid = VOID.has(name);
    if (selfClosing && !isVoid) return undefined;

    // where the element goes
    const top = stack[stack.length - 1];
    let parent: El | Doc;
    if (!top) {
      if (name !== 'html' || sawHtml) return undefined;
      sawHtml = true;
      parent = doc;
    } else if (closed) return undefined;
    else if (top.tagName === 'html') {
      if ((htmlChildren === 0 && name !== 'head') || (htmlChildren === 1 && name !== 'body') || htmlChildren > 1) return undefined;
      htmlChildren++;
      parent = top;
    } else if (top.tagName === 'head') {
      if (!HEAD_CHILDREN.has(name)) return undefined;
      parent = top;
    } else if (TABLE_CHILDREN.has(top.tagName)) {
      if (!TABLE_CHILDREN.get(top.tagName)?.has(name)) return undefined;
      parent = top;
    } else {
      // the body's flow (the body, or any element in it, table cells and captions included)
      if (!FLOW.has(name)) return undefined;
      if (openP > 0 && CLOSES_P.has(name)) return undefined;
      if (HEADINGS.has(name) && HEADINGS.has(top.tagName)) return undefined;
      if ((name === 'a' && openA > 0) || (name === 'button' && openButton > 0) || (name === 'form' && openForm > 0)) return undefined;
      if (name === 'li' || name === 'dd' || name === 'dt') {
        for (let s = stack.length - 1; s >= 0; s--) {
          const t = (stack[s] as El).tagName;
          if (name === 'li' ? t === 'li' : t === 'dd' || t === 'dt') return undefined;
          if (SPECIAL.has(t) && t !== 'address' && t !== 'div' && t !== 'p') break;
        }
      }
      parent = top;
    }

    const el: El = { nodeName: name, tagName: name, attrs, namespaceURI: HTML_NS, childNodes: [], parentNode: parent };
    parent.childNodes.push(el);
    if (isVoid) continue;

    if (name === 'script' || name === 'style' || name === 'title') {
      // raw text (script, style) or escapable raw text (title) up to its end tag
      const end = html.indexOf(`</${name}>`, pos);
      if (end === -1) return undefined;
      const raw = html.slice(pos, end);
      if (raw.toLowerCase().includes(`</${name}`) || (name === 'script' && raw.includes('<!--'))) return undefined;
      const value = name === 'title' ? decode(raw) : raw;
      if (value === undefined) return undefined;
      if (value !== '') el.childNodes.push({ nodeName: '#text', value, parentNode: el });
      pos = end + name.length + 3;
      continue;
    }
    stack.push(el);
    if (name === 'p') openP++;
    else if (name === 'a') openA++;
    else if (name === 'button') openButton++;
    else if (name === 'form') openForm++;
  }
  if (!closed || stack.length !== 1) return undefined;
  return doc as unknown as Document;
}
