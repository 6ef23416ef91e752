/**
 * Reading a rendered page the way a reader sees it: elements, their visible
 * text, and the sections headings open. parse5 is the spec-compliant parser,
 * so hand-written fixtures and rendered pages are read alike.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
type HtmlNode = DefaultTreeAdapterTypes.Node;
type HtmlChild = DefaultTreeAdapterTypes.ChildNode;

/** @example const doc = parseHtml('<p>Hi</p>'); */
export function parseHtml(html: string): HtmlDocument {
  return parse(html);
}

function isElement(n: HtmlNode): n is HtmlElement {
  return 'tagName' in n;
}

function childrenOf(n: HtmlNode): HtmlChild[] {
  return 'childNodes' in n ? n.childNodes : [];
}

/** Elements under `root` (document order) that satisfy `match`. */
export function elements(root: HtmlNode, match: (el: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (n: HtmlNode) => {
    if (isElement(n) && match(n)) out.push(n);
    // <template> content is not part of the page a reader sees
    if (isElement(n) && n.tagName === 'template') return;
    for (const c of childrenOf(n)) visit(c);
  };
  visit(root);
  return out;
}

export const byTag =
  (...tags: string[]) =>
  (el: HtmlElement) =>
    tags.includes(el.tagName);

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(el: HtmlElement, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

const INVISIBLE = new Set(['script', 'style', 'template', 'head', 'noscript']);

/** The text a reader sees in `n`, whitespace collapsed. */
export function textOf(n: HtmlNode, skip: (el: HtmlElement) => boolean = () => false): string {
  let out = '';
  const visit = (x: HtmlNode) => {
    if (x.nodeName === '#text' && 'value' in x) out += x.value;
    else if (isElement(x)) {
      if (INVISIBLE.has(x.tagName) || skip(x)) return;
      // footnote numbers are not prose: "Telegram.<sup>1</sup>" reads "Telegram.", never "Telegram.1"
      if (x.tagName === 'sup' && hasClass(x, 'cite')) {
        out += ' ';
        return;
      }
      const block = BLOCKS.has(x.tagName);
      if (block) out += ' ';
      for (const c of x.childNodes) visit(c);
      if (block) out += ' ';
    }
  };
  visit(n);
  return out.replace(/\s+/g, ' ').trim();
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'blockquote',
  'br',
  'details',
  'summary',
  'article',
  'nav',
  'header',
  'footer',
  'main',
]);

/** The element siblings after `el` inside its parent. */
export function nextSiblings(el: HtmlElement): HtmlElement[] {
  const parent = el.parentNode;
  if (!parent) return [];
  const siblings = parent.childNodes;
  const i = siblings.indexOf(el);
  return siblings.slice(i + 1).filter(isElement);
}

export function headingLevel(el: HtmlElement): number | null {
  const m = /^h([1-6])$/.exec(el.tagName);
  return m ? Number(m[1]) : null;
}

/**
 * What a heading introduces: the siblings after it up to the next heading of
 * the same or a higher level (a heading's content is what a reader sees under it).
 */
export function headingContent(heading: HtmlElement): HtmlElement[] {
  const level = headingLevel(heading) ?? 6;
  const out: HtmlElement[] = [];
  for (const s of nextSiblings(heading)) {
    const l = headingLevel(s);
    if (l !== null && l <= level) break;
    out.push(s);
  }
  return out;
}

/**
 * The page's sections with this stable id (`data-section="concerns"`): the
 * page rules find sections by these ids, never by their (translatable) headings.
 * @example sectionsWithId(document, 'concerns')
 */
export function sectionsWithId(doc: HtmlDocument, id: string): HtmlElement[] {
  return elements(doc, (el) => attr(el, 'data-section') === id);
}

/** What a section shows under its heading: its child elements after the first heading. */
export function sectionContent(section: HtmlElement): HtmlElement[] {
  const children = section.childNodes.filter((n): n is HtmlElement => 'tagName' in n);
  const heading = children.findIndex((el) => headingLevel(el) !== null);
  return heading === -1 ? children : children.slice(heading + 1);
}

/** A section's heading as readers see it, for messages ("Concerns"); its id when it has no heading. */
export function sectionTitle(section: HtmlElement): string {
  const heading = elements(section, byTag('h2', 'h3'))[0];
  return heading ? textOf(heading) : (attr(section, 'data-section') ?? 'section');
}

/** The FAQ questions (dt) with this stable id (`data-question="alternatives"`). */
export function questionsWithId(doc: HtmlDocument, id: string): HtmlElement[] {
  return elements(doc, (el) => el.tagName === 'dt' && attr(el, 'data-question') === id);
}

/** The main content of the page (falls back to the body when there is no <main>). */
export function mainOf(doc: HtmlDocument): HtmlNode {
  return elements(doc, byTag('main'))[0] ?? elements(doc, byTag('body'))[0] ?? doc;
}

/** Where an element is, for messages: its nearest heading's text. */
export function placeOf(el: HtmlElement): string {
  let n: HtmlNode | null = el;
  while (n && isElement(n)) {
    const h = headingLevel(n) !== null ? n : elements(n, byTag('h2', 'h3'))[0];
    if (h && n.tagName === 'section') return `"${textOf(h)}"`;
    for (const s of precedingSiblings(n)) if (headingLevel(s) !== null) return `"${textOf(s)}"`;
    n = n.parentNode;
  }
  return 'the page';
}

function precedingSiblings(el: HtmlElement): HtmlElement[] {
  const parent = el.parentNode;
  if (!parent) return [];
  const siblings = parent.childNodes;
  return siblings.slice(0, siblings.indexOf(el)).filter(isElement).reverse();
}
