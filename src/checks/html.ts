/**
 * Reading a rendered page the way a reader sees it: elements, their visible
 * text, and the sections headings open. The tree is parse5's (the
 * spec-compliant parser), so hand-written fixtures and rendered pages are read
 * alike; pages as this site renders them get that same tree from a faster reader.
 *
 * The page rules ask the same tree many questions (every rule looks for
 * elements and reads their text), so each tree is indexed once, on first
 * use: its elements in document order, each with the end of its subtree, and
 * each element's text as it is first read. The trees are never changed after
 * parsing; the answers are those of walking the tree every time.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { readOwnHtml } from './own-html.ts';
import { HEADING_TAGS } from './html-tags.ts';

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
type HtmlNode = DefaultTreeAdapterTypes.Node;
type HtmlChild = DefaultTreeAdapterTypes.ChildNode;

/**
 * The page's tree: read by our own reader when it is a page as this site
 * renders it (the same tree, several times faster; own-html.ts), by parse5 otherwise.
 * @example const doc = parseHtml('<p>Hi</p>');
 */
export function parseHtml(html: string): HtmlDocument {
  return readOwnHtml(html) ?? parse(html);
}

function isElement(n: HtmlNode): n is HtmlElement {
  return 'tagName' in n;
}

function childrenOf(n: HtmlNode): HtmlChild[] {
  return 'childNodes' in n ? n.childNodes : [];
}

/** A tree's elements in document order (not inside <template>), and where each element's subtree ends in that order. */
interface TreeIndex {
  order: HtmlElement[];
  /** Element → its position in `order`. */
  position: Map<HtmlElement, number>;
  /** Element → the position after its last descendant. */
  end: Map<HtmlElement, number>;
  /** Tag name → the positions in `order` of the elements with it, ascending (made on first use). */
  byTagName?: Map<string, number[]>;
  /** Attribute name → its value → the elements with it, in document order (made on first use, for data-section and data-question). */
  byAttr?: Map<string, Map<string, HtmlElement[]>>;
  /** Each node's text as textOf without `skip` reads it (made as it is read; a Map held by the tree's index, not a WeakMap entry per node). */
  pieces: Map<HtmlNode, Piece>;
}

const indexes = new WeakMap<HtmlNode, TreeIndex>();

function topOf(n: HtmlNode): HtmlNode {
  let top = n;
  while ('parentNode' in top && top.parentNode) top = top.parentNode;
  return top;
}

function indexOf(top: HtmlNode): TreeIndex {
  let index = indexes.get(top);
  if (index) return index;
  const order: HtmlElement[] = [];
  const position = new Map<HtmlElement, number>();
  const end = new Map<HtmlElement, number>();
  const visit = (n: HtmlNode) => {
    if (isElement(n)) {
      position.set(n, order.length);
      order.push(n);
      // <template> content is not part of the page a reader sees
      if (n.tagName !== 'template') for (const c of n.childNodes) visit(c);
      end.set(n, order.length);
    } else for (const c of childrenOf(n)) visit(c);
  };
  visit(top);
  index = { order, position, end, pieces: new Map() };
  indexes.set(top, index);
  return index;
}

/** The range of `order` holding `root` and its descendants; undefined for a node that is neither the tree's top nor an element. */
function rangeOf(root: HtmlNode): { index: TreeIndex; from: number; to: number } | undefined {
  const top = topOf(root);
  const index = indexOf(top);
  if (root === top) return { index, from: 0, to: index.order.length };
  if (!isElement(root)) return undefined;
  const from = index.position.get(root);
  const to = index.end.get(root);
  return from === undefined || to === undefined ? undefined : { index, from, to };
}

/** The positions of the elements with tag `tag` (ascending). */
function tagPositions(index: TreeIndex, tag: string): readonly number[] {
  if (!index.byTagName) {
    const byTagName = new Map<string, number[]>();
    index.order.forEach((el, i) => {
      const list = byTagName.get(el.tagName);
      if (list) list.push(i);
      else byTagName.set(el.tagName, [i]);
    });
    index.byTagName = byTagName;
  }
  return index.byTagName.get(tag) ?? [];
}

/** The first index of `sorted` holding a value ≥ `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The elements of `tags` in positions [from, to) of the tree, in document order: what a scan with byTag finds, read from the tag index. */
function elementsByTag(index: TreeIndex, tags: readonly string[], from: number, to: number): HtmlElement[] {
  const positions: number[] = [];
  for (const tag of new Set(tags)) {
    const list = tagPositions(index, tag);
    for (let i = lowerBound(list, from); i < list.length && (list[i] as number) < to; i++) positions.push(list[i] as number);
  }
  if (tags.length > 1) positions.sort((a, b) => a - b);
  return positions.map((i) => index.order[i] as HtmlElement);
}

/** The tag names a matcher made by byTag accepts. */
const matcherTags = new WeakMap<(el: HtmlElement) => boolean, readonly string[]>();

/** Elements under `root` (document order) that satisfy `match`. */
export function elements(root: HtmlNode, match: (el: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const range = rangeOf(root);
  if (range) {
    const tags = matcherTags.get(match);
    if (tags) return elementsByTag(range.index, tags, range.from, range.to);
    const { order } = range.index;
    for (let i = range.from; i < range.to; i++) {
      const el = order[i] as HtmlElement;
      if (match(el)) out.push(el);
    }
    return out;
  }
  const visit = (n: HtmlNode) => {
    if (isElement(n) && match(n)) out.push(n);
    if (isElement(n) && n.tagName === 'template') return;
    for (const c of childrenOf(n)) visit(c);
  };
  visit(root);
  return out;
}

/** A matcher for elements with one of these tag names (elements() reads those from the tree's tag index instead of testing every element). */
export function byTag(...tags: string[]): (el: HtmlElement) => boolean {
  const key = tags.join(' ');
  let match = tagMatchers.get(key);
  if (!match) {
    match = (el: HtmlElement) => tags.includes(el.tagName);
    matcherTags.set(match, tags);
    if (tagMatchers.size >= TAG_MATCHERS_KEPT) tagMatchers.clear();
    tagMatchers.set(key, match);
  }
  return match;
}

/** One matcher per list of tags: the rules ask for the same few lists on every page (a matcher is pure, so it can be shared). */
const tagMatchers = new Map<string, (el: HtmlElement) => boolean>();
const TAG_MATCHERS_KEPT = 1_000;

/** The elements of the tree `doc` tops whose attribute `name` is `value`, in document order; undefined when `doc` is not a tree's top. */
function withAttr(doc: HtmlNode, name: string, value: string): HtmlElement[] | undefined {
  if (topOf(doc) !== doc) return undefined;
  const index = indexOf(doc);
  index.byAttr ??= new Map();
  let values = index.byAttr.get(name);
  if (!values) {
    values = new Map();
    for (const el of index.order) {
      const v = attr(el, name);
      if (v === undefined) continue;
      const list = values.get(v);
      if (list) list.push(el);
      else values.set(v, [el]);
    }
    index.byAttr.set(name, values);
  }
  return values.get(value) ?? [];
}

export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(el: HtmlElement, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

const INVISIBLE = new Set(['script', 'style', 'template', 'head', 'noscript']);

/**
 * A node's text with whitespace collapsed, kept so that a parent's text is made
 * from its children's without reading their characters again: `text` has no
 * whitespace at either end, `lead`/`trail` say whether whitespace stood there
 * (for text that is only whitespace, or nothing, both say whether there was any).
 */
interface Piece {
  text: string;
  lead: boolean;
  trail: boolean;
}

const NOTHING: Piece = { text: '', lead: false, trail: false };
const SPACE: Piece = { text: '', lead: true, trail: true };

/** Each node's text as textOf without `skip` reads it, for nodes outside an indexed tree (a text node asked for on its own). */
const loosePieces = new WeakMap<HtmlNode, Piece>();

type Pieces = Map<HtmlNode, Piece> | WeakMap<HtmlNode, Piece>;

function join(a: Piece, b: Piece): Piece {
  if (b.text === '') return a.text === '' ? (a.lead || b.lead ? SPACE : NOTHING) : b.lead && !a.trail ? { text: a.text, lead: a.lead, trail: true } : a;
  if (a.text === '') return a.lead && !b.lead ? { text: b.text, lead: true, trail: b.trail } : b;
  return { text: a.trail || b.lead ? `${a.text} ${b.text}` : a.text + b.text, lead: a.lead, trail: b.trail };
}

/** Whitespace that collapsing changes: any but a single plain space (a space before more whitespace, or a tab, newline, no-break space…). */
const COLLAPSIBLE = /[^\S ]| \s/;

function textPiece(value: string): Piece {
  // where every whitespace is a lone plain space, collapsing gives the same text: not copied
  const text = COLLAPSIBLE.test(value) ? value.replace(/\s+/g, ' ') : value;
  if (text === ' ') return SPACE;
  if (text === '') return NOTHING;
  const lead = text.charCodeAt(0) === 32;
  const trail = text.charCodeAt(text.length - 1) === 32;
  return { text: text.slice(lead ? 1 : 0, trail ? -1 : undefined), lead, trail };
}

/** What `x` adds to its parent's text, nothing skipped. */
function pieceOf(x: HtmlNode, pieces: Pieces): Piece {
  let piece = pieces.get(x);
  if (piece !== undefined) return piece;
  if (x.nodeName === '#text' && 'value' in x) piece = textPiece(x.value);
  // a document, a comment: no text of its own (textOf reads elements and text)
  else if (!isElement(x)) piece = NOTHING;
  else if (INVISIBLE.has(x.tagName)) piece = NOTHING;
  // footnote numbers are not prose: "Telegram.<sup>1</sup>" reads "Telegram.", never "Telegram.1"
  else if (x.tagName === 'sup' && hasClass(x, 'cite')) piece = SPACE;
  else piece = BLOCKS.has(x.tagName) ? join(join(SPACE, childrenPiece(x, pieces)), SPACE) : childrenPiece(x, pieces);
  pieces.set(x, piece);
  return piece;
}

function childrenPiece(n: HtmlElement, pieces: Pieces): Piece {
  let out = NOTHING;
  for (const c of n.childNodes) out = join(out, pieceOf(c, pieces));
  return out;
}

/** The text a reader sees in `n`, whitespace collapsed; elements for which `skip` holds (and what they hold) left out. */
export function textOf(n: HtmlNode, skip?: (el: HtmlElement) => boolean): string {
  const range = rangeOf(n);
  const pieces = range ? range.index.pieces : loosePieces;
  if (!skip) return pieceOf(n, pieces).text;
  if (!range) return walkText(n, skip, undefined, pieces).text;
  // The elements `skip` leaves out, and their ancestors up to `n`: the only nodes whose text differs from their plain text.
  let changed: Set<HtmlNode> | undefined;
  const { order } = range.index;
  for (let i = range.from; i < range.to; i++) {
    const el = order[i] as HtmlElement;
    if (!skip(el)) continue;
    changed ??= new Set();
    for (let a: HtmlNode | null = el; a && !changed.has(a); a = a === n || !('parentNode' in a) ? null : a.parentNode) changed.add(a);
  }
  return changed ? walkText(n, skip, changed, pieces).text : pieceOf(n, pieces).text;
}

/** The text of `n` with `skip`: walked where `changed` holds the node (or everywhere, without `changed`), the plain text elsewhere. */
function walkText(x: HtmlNode, skip: (el: HtmlElement) => boolean, changed: Set<HtmlNode> | undefined, pieces: Pieces): Piece {
  if (!isElement(x)) return pieceOf(x, pieces);
  if (INVISIBLE.has(x.tagName) || skip(x)) return NOTHING;
  if (changed && !changed.has(x)) return pieceOf(x, pieces);
  if (x.tagName === 'sup' && hasClass(x, 'cite')) return SPACE;
  let out = NOTHING;
  for (const c of x.childNodes) out = join(out, walkText(c, skip, changed, pieces));
  return BLOCKS.has(x.tagName) ? join(join(SPACE, out), SPACE) : out;
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
  ...HEADING_TAGS,
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
  const indexed = withAttr(doc, 'data-section', id);
  return indexed ? [...indexed] : elements(doc, (el) => attr(el, 'data-section') === id);
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
  const indexed = withAttr(doc, 'data-question', id);
  return indexed ? indexed.filter((el) => el.tagName === 'dt') : elements(doc, (el) => el.tagName === 'dt' && attr(el, 'data-question') === id);
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
