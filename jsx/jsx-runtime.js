// The JSX runtime of the views ("jsxImportSource": "#jsx", package.json
// "imports"): each element becomes its HTML string at once, with the output of
// hono/jsx byte for byte (escaping, attributes, void tags, children), without
// hono's tree of JSXNode objects, its deferred rendering or its
// AsyncLocalStorage. Plain JavaScript so that the tests (tsx on src/), the
// compiled dist/ and the bundle all load this one file.
//
// What hono/jsx does that a string built at once cannot know (where an element
// ends up) is refused with an error instead of rendered differently: moving
// <title>, <meta>, <script src async> and <link> from outside <head> into it,
// <style precedence>, precedence and blocking props, camelCase SVG attributes
// inside <svg>, async components, form actions given as functions.

/** Rendered, escaped HTML: what a JSX expression evaluates to. */
export class Html {
  /**
   * @param {string} value
   * @param {number} flags
   */
  constructor(value, flags) {
    this.value = value;
    /** Bits of FLAG_*: what hono would have rendered otherwise once this element's place is known. */
    this.flags = flags;
  }
  toString() {
    return this.value;
  }
}
// What hono's html``, raw() and c.html() test to leave a value unescaped.
Html.prototype.isEscaped = true;

/** A <title> outside <svg> and <head>: hono moves it into <head>. */
const FLAG_TITLE = 1;
/** <meta> outside <head>. */
const FLAG_META = 2;
/** <script src async> outside <head>. */
const FLAG_SCRIPT = 4;
/** <link> (not a plain stylesheet) outside <head>. */
const FLAG_LINK = 8;
/** An attribute name that hono rewrites inside <svg> (strokeWidth: stroke-width). */
const FLAG_SVG_ATTRIBUTE = 16;
const FLAGS_IN_HEAD = FLAG_TITLE | FLAG_META | FLAG_SCRIPT | FLAG_LINK;

const emptyTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const booleanAttributes = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'download',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
  'shadowrootclonable',
  'shadowrootdelegatesfocus',
  'shadowrootserializable',
]);
/** Tags hono renders through its own components (hono/jsx/intrinsic-element/components.js). */
const specialTags = new Set(['title', 'meta', 'link', 'script', 'style', 'form', 'input', 'button']);
const normalizeElementKeyMap = new Map([
  ['className', 'class'],
  ['htmlFor', 'for'],
  ['crossOrigin', 'crossorigin'],
  ['httpEquiv', 'http-equiv'],
  ['itemProp', 'itemprop'],
  ['fetchPriority', 'fetchpriority'],
  ['noModule', 'nomodule'],
  ['formAction', 'formaction'],
]);

const escapeRe = /[&<>'"]/;

/**
 * `str` with & < > ' " as hono escapes them (&amp; &lt; &gt; &#39; &quot;).
 * @param {string} str
 */
export function escapeHtml(str) {
  const match = str.search(escapeRe);
  if (match === -1) return str;
  let out = '';
  let escape;
  let index;
  let lastIndex = 0;
  for (index = match; index < str.length; index++) {
    switch (str.charCodeAt(index)) {
      case 34:
        escape = '&quot;';
        break;
      case 39:
        escape = '&#39;';
        break;
      case 38:
        escape = '&amp;';
        break;
      case 60:
        escape = '&lt;';
        break;
      case 62:
        escape = '&gt;';
        break;
      default:
        continue;
    }
    out += str.substring(lastIndex, index) + escape;
    lastIndex = index + 1;
  }
  return out + str.substring(lastIndex, index);
}

const invalidAttributeNameCharRe = /[\s"'<>/=`\\\x00-\x1f\x7f-\x9f]/;
const invalidTagNameCharRe = /^[!?]|[\s"'<>/=`\\\x00-\x1f\x7f-\x9f]/;
const svgAttributeRe = /^(?:al|basel|clip(?:Path|Rule)$|co|do|fill|fl|fo|gl|let|lig|i|marker[EMS]|o|pai|pointe|sh|st[or]|text[^L]|tr|u|ve|w)/;

/** @param {string} key */
const toSVGAttributeName = (key) => (/[A-Z]/.test(key) && svgAttributeRe.test(key) ? key.replace(/([A-Z])/g, '-$1').toLowerCase() : key);

/** @param {string} name */
const isValidAttributeName = (name) => name.length > 0 && !invalidAttributeNameCharRe.test(name);

/**
 * A prop's name as an attribute of an HTML element: [name, flags], name undefined when hono skips it.
 * @type {Map<string, [string | undefined, number]>}
 */
const attributeNames = new Map();
/** @param {string} key */
function attributeName(key) {
  let known = attributeNames.get(key);
  if (known === undefined) {
    const name = normalizeElementKeyMap.get(key) || key;
    known = isValidAttributeName(name) ? [name, toSVGAttributeName(name) === name ? 0 : FLAG_SVG_ATTRIBUTE] : [undefined, 0];
    if (attributeNames.size < 4096) attributeNames.set(key, known);
  }
  return known;
}

/** @type {Set<string>} */
const validTags = new Set();
/** @param {string} tag */
function checkTag(tag) {
  if (validTags.has(tag)) return;
  if (typeof tag !== 'string' || (tag.length > 0 && invalidTagNameCharRe.test(tag))) throw new Error(`Invalid JSX tag name: ${tag}`);
  if (validTags.size < 1024) validTags.add(tag);
}

// Style objects, as hono/jsx/utils.js styleObjectForEach.
const invalidStylePropertyNameCharRe = /[\s"'():;\\/[\]{}\x00-\x1f\x7f-\x9f]/;
const unsafeStyleValueCharRe = /[;"'\\/[\](){}]/;
/** @param {string} value */
function hasUnsafeStyleValue(value) {
  if (!unsafeStyleValueCharRe.test(value)) return false;
  let quote = 0;
  const blockStack = [];
  for (let i = 0, len = value.length; i < len; i++) {
    const c = value.charCodeAt(i);
    if (c === 92) {
      if (i === len - 1) return true;
      i++;
    } else if (quote !== 0) {
      if (c === 10 || c === 12 || c === 13) return true;
      if (c === quote) quote = 0;
    } else if (c === 47 && value.charCodeAt(i + 1) === 42) {
      const end = value.indexOf('*/', i + 2);
      if (end === -1) return true;
      i = end + 1;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 40) blockStack.push(41);
    else if (c === 91) blockStack.push(93);
    else if (c === 123 || c === 125) return true;
    else if (c === 41 || c === 93) {
      if (blockStack[blockStack.length - 1] !== c) return true;
      blockStack.pop();
    } else if (c === 59 && blockStack.length === 0) return true;
  }
  return quote !== 0 || blockStack.length !== 0;
}
/** @param {object} style */
function styleString(style) {
  let out = '';
  for (const [k, v] of Object.entries(style)) {
    const key = k[0] === '-' || !/[A-Z]/.test(k) ? k : k.replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`);
    if (key.length === 0 || invalidStylePropertyNameCharRe.test(key)) continue;
    if (v == null) continue;
    let value;
    if (typeof v === 'number')
      value = !key.match(/^(?:a|border-im|column(?:-c|s)|flex(?:$|-[^b])|grid-(?!.*gap)(?:ar|[^a])|font-w|li|or|sca|st|ta|wido|z)|ty$/) ? `${v}px` : `${v}`;
    else if (typeof v === 'string') {
      if (hasUnsafeStyleValue(v)) continue;
      value = v;
    } else continue;
    out += `${out ? ';' : ''}${key}:${value}`;
  }
  return out;
}

/** @param {string} what */
function unsupported(what) {
  return new Error(`jsx: ${what} is not supported by this runtime (hono/jsx would render it differently depending on where it ends up)`);
}

/**
 * One attribute, with its leading space, as hono's attributeToBuffer writes it.
 * @param {string} key
 * @param {unknown} v
 * @param {string} tag
 */
function attribute(key, v, tag) {
  if (key === 'ref' || v === null || v === undefined) return '';
  if (typeof v === 'boolean' && booleanAttributes.has(key)) return v ? ` ${key}=""` : '';
  if (typeof v === 'function') {
    if (!key.startsWith('on')) throw new Error(`Invalid prop '${key}' of type 'function' supplied to '${tag}'.`);
    return '';
  }
  if (typeof v === 'string') return ` ${key}="${escapeHtml(v)}"`;
  if (typeof v === 'number') return ` ${key}="${v}"`;
  if (key === 'style' && typeof v === 'object') return ` ${key}="${escapeHtml(styleString(v))}"`;
  if (v instanceof String && /** @type {{isEscaped?: boolean}} */ (v).isEscaped) return ` ${key}="${v}"`;
  if (v instanceof Promise) throw unsupported(`a promise as the value of '${key}'`);
  const s = /** @type {{toString(): unknown}} */ (v).toString();
  if (s instanceof Promise) throw unsupported(`an async value of '${key}'`);
  return ` ${key}="${escapeHtml(String(s))}"`;
}

/** Flags gathered by the last children() call. */
let childFlags = 0;

/**
 * The HTML of a list of children, as hono's childrenToStringToBuffer; their flags in childFlags.
 * @param {ArrayLike<unknown>} list
 */
function children(list) {
  let out = '';
  let flags = 0;
  for (let i = 0, len = list.length; i < len; i++) {
    const child = list[i];
    if (typeof child === 'string') out += escapeHtml(child);
    else if (typeof child === 'boolean' || child === null || child === undefined) continue;
    else if (child instanceof Html) {
      out += child.value;
      flags |= child.flags;
    } else if (typeof child === 'number') out += child;
    else if (/** @type {{isEscaped?: boolean}} */ (child).isEscaped) {
      if (/** @type {{callbacks?: unknown[]}} */ (child).callbacks?.length) throw unsupported('an escaped string with callbacks');
      out += child;
    } else if (child instanceof Promise) throw unsupported('a promise as a child (an async component)');
    else {
      out += children(/** @type {ArrayLike<unknown>} */ (child));
      flags |= childFlags;
    }
  }
  childFlags = flags;
  return out;
}

/**
 * The children of <svg> and <head>, which hono renders through its namespace
 * context provider: one child that is not an array is rendered by its own
 * toString (true gives "true", 0 gives nothing).
 * @param {unknown[]} list
 */
function namespaceChildren(list) {
  if (list.length === 0) {
    childFlags = 0;
    return '';
  }
  const one = list.length === 1 ? list[0] : list;
  if (typeof one === 'string') {
    childFlags = 0;
    return escapeHtml(one);
  }
  if (one instanceof Html) {
    childFlags = one.flags;
    return one.value;
  }
  if (Array.isArray(one)) return children(one);
  childFlags = 0;
  if (!one) return '';
  if (typeof one === 'object') {
    if (one instanceof Promise) throw unsupported('a promise as a child (an async component)');
    if (!(/** @type {{isEscaped?: boolean}} */ (one).isEscaped)) {
      // hono's renderUntrustedObject: the object's string, escaped.
      return escapeHtml(String(/** @type {object} */ (one).toString()));
    }
  }
  return String(/** @type {object} */ (one).toString());
}

/**
 * An intrinsic element, as hono's JSXNode.toStringToBuffer.
 * @param {string} tag
 * @param {Record<string, unknown>} props
 * @param {unknown[]} list its children
 */
function element(tag, props, list) {
  checkTag(tag);
  let out = `<${tag}`;
  let flags = 0;
  let inner;
  const svg = tag === 'svg';
  for (const key in props) {
    if (!Object.hasOwn(props, key)) continue;
    const v = props[key];
    let name;
    if (svg) {
      name = toSVGAttributeName(normalizeElementKeyMap.get(key) || key);
      if (!isValidAttributeName(name)) continue;
    } else {
      const known = attributeName(key);
      name = known[0];
      if (name === undefined) continue;
      flags |= known[1];
    }
    if (name === 'children') continue;
    if (name === 'dangerouslySetInnerHTML' && typeof v === 'object' && v !== null && '__html' in v) {
      // hono gives <svg> and <head> one child of its own (the namespace provider).
      if (list.length > 0 || svg || tag === 'head') throw new Error('Can only set one of `children` or `props.dangerouslySetInnerHTML`.');
      inner = String(v.__html);
      continue;
    }
    out += attribute(name, v, tag);
  }
  if (inner !== undefined) return new Html(`${out}>${inner}</${tag}>`, flags);
  if (list.length === 0 && emptyTags.has(tag)) return new Html(`${out}/>`, flags);
  if (svg || tag === 'head') {
    const content = namespaceChildren(list);
    let inside = childFlags;
    if (svg) {
      if (inside & FLAG_SVG_ATTRIBUTE) throw unsupported('a camelCase SVG attribute (write it as hono would print it, e.g. stroke-width)');
      inside &= ~FLAG_TITLE;
    } else inside &= ~FLAGS_IN_HEAD;
    return new Html(`${out}>${content}</${tag}>`, flags | inside);
  }
  const content = children(list);
  return new Html(`${out}>${content}</${tag}>`, flags | childFlags);
}

/**
 * The props a component receives: hono passes a one-child array as the child itself.
 * @param {Record<string, unknown>} props
 */
function componentProps(props) {
  const c = props.children;
  return Array.isArray(c) && c.length === 1 ? { ...props, children: c[0] } : props;
}

/**
 * A function component's result, as hono's JSXFunctionNode.toStringToBuffer.
 * @param {unknown} res
 */
function componentResult(res) {
  if (res instanceof Html) return res;
  if (typeof res === 'boolean' || res === null || res === undefined) return new Html('', 0);
  if (res instanceof Promise) throw unsupported('an async component');
  if (Array.isArray(res)) {
    const out = children(res);
    return new Html(out, childFlags);
  }
  if (typeof res === 'number') return new Html(`${res}`, 0);
  if (/** @type {{isEscaped?: boolean}} */ (res).isEscaped) {
    if (/** @type {{callbacks?: unknown[]}} */ (res).callbacks?.length) throw unsupported('an escaped string with callbacks');
    return new Html(`${res}`, 0);
  }
  if (typeof res !== 'string') throw new TypeError('a component returned something that is not HTML, a string, a number or an array');
  return new Html(escapeHtml(res), 0);
}

/**
 * The tags hono renders through its components (title, meta, link, script,
 * style, form, input, button), where they render as the plain element.
 * @param {string} tag
 * @param {Record<string, unknown>} props
 */
function specialElement(tag, props) {
  const { children: c, ...rest } = componentProps(props);
  const list = c === undefined || c === null ? [] : Array.isArray(c) ? c : [c];
  let flag = 0;
  switch (tag) {
    case 'title':
      if (!('itemProp' in rest)) flag = FLAG_TITLE;
      break;
    case 'meta':
      if (!('itemProp' in rest)) flag = FLAG_META;
      break;
    case 'script':
      if (rest.src && rest.async && !('itemProp' in rest)) flag = FLAG_SCRIPT;
      break;
    case 'style':
      if ('href' in rest && 'precedence' in rest) throw unsupported('<style href precedence>');
      break;
    case 'link':
      if (!('onLoad' in rest || 'onError' in rest || (rest.rel === 'stylesheet' && (!('precedence' in rest) || 'disabled' in rest))) && !('itemProp' in rest))
        flag = FLAG_LINK;
      break;
    case 'form':
      if (typeof rest.action === 'function') throw unsupported('a function as a form action');
      break;
    default:
      if (typeof rest.formAction === 'function') throw unsupported('a function as a formAction');
  }
  if (flag !== 0 && ('precedence' in rest || 'blocking' in rest)) throw unsupported(`precedence or blocking on <${tag}>`);
  const html = element(tag, rest, list);
  html.flags |= flag;
  return html;
}

/**
 * What a JSX expression compiles to ("jsx": "react-jsx"): the element's HTML, now.
 * @param {string | ((props: Record<string, unknown>) => unknown)} tag
 * @param {Record<string, unknown> | null | undefined} props
 * @param {unknown} [_key] the key, which hono drops
 * @returns {Html}
 */
export function jsx(tag, props, _key) {
  if (typeof tag === 'function') return componentResult(tag(props ? componentProps(props) : {}));
  if (!props) return element(tag, {}, []);
  if (specialTags.has(tag)) return specialElement(tag, props);
  if (!('children' in props)) return element(tag, props, []);
  const c = props.children;
  return element(tag, props, Array.isArray(c) ? c : [c]);
}

/**
 * <>…</>: its children, as hono's Fragment (which drops a single falsy child such as 0).
 * @param {{ children?: unknown }} props
 */
export function Fragment(props) {
  const c = props.children;
  const out = children(Array.isArray(c) ? c : c ? [c] : []);
  return new Html(out, childFlags);
}

/**
 * The HTML string of a rendered element; throws when hono would have moved
 * part of it into <head> (which this runtime does not do).
 * @param {Html} html
 */
export function htmlString(html) {
  if (html.flags & FLAGS_IN_HEAD) throw unsupported('<title>, <meta>, <link> or <script src async> outside <head>');
  return html.value;
}

export { jsx as jsxs, jsx as jsxDEV };
