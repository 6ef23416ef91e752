/**
 * The views' JSX runtime (jsx/jsx-runtime.js): the HTML it builds, and that
 * it is hono/jsx's byte for byte, for chosen elements and for random trees
 * built through both (hono/jsx stays installed with hono).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { raw } from 'hono/html';
import * as hono from 'hono/jsx/jsx-runtime';
import { type Child, escapeHtml, Fragment, Html, htmlString, jsx } from '#jsx/jsx-runtime';
import { renderHtml, renderHtmlSync } from '../http/render.ts';

type Props = Record<string, unknown>;
type Tag = string | ((props: never) => Child);
/** A pair of JSX runtimes: ours, and hono/jsx's (whose elements render through toString). */
interface Runtime {
  jsx(tag: Tag, props: Props): unknown;
  Fragment: unknown;
  render(element: unknown): string;
}
const ours: Runtime = { jsx: (tag, props) => jsx(tag, props), Fragment, render: (e) => htmlString(e as Html) };
const theirs: Runtime = {
  jsx: (tag, props) => hono.jsx(tag as never, props as never),
  Fragment: hono.Fragment,
  render: (e) => {
    const s = (e as { toString(): unknown }).toString();
    if (typeof s !== 'string') throw new Error('hono rendered asynchronously');
    return s;
  },
};

/** The same element built by both runtimes, rendered by each. */
function both(build: (r: Runtime) => unknown): { ours: string; hono: string } {
  return { ours: ours.render(build(ours)), hono: theirs.render(build(theirs)) };
}
function assertSame(build: (r: Runtime) => unknown, expected?: string): void {
  const out = both(build);
  assert.equal(out.ours, out.hono);
  if (expected !== undefined) assert.equal(out.ours, expected);
}

describe('the JSX runtime', () => {
  it('escapes text and attribute values as hono does: & < > \' " and nothing else', () => {
    const text = `a & b < c > d ' e " f é \u00a0 \` =`;
    assert.equal(escapeHtml(text), 'a &amp; b &lt; c &gt; d &#39; e &quot; f é \u00a0 ` =');
    assert.equal(renderHtmlSync(<p title={text}>{text}</p>), `<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`);
    assertSame((r) => r.jsx('p', { title: text, children: text }));
    assert.equal(escapeHtml('plain'), 'plain');
  });

  it('drops null, undefined and false boolean attributes, writes true ones as ="", numbers and other booleans as text', () => {
    const html = renderHtmlSync(
      <input type="checkbox" checked={true} disabled={false} autofocus={true} hidden={undefined} maxlength={200} spellcheck={false} data-x={null} />,
    );
    assert.equal(html, '<input type="checkbox" checked="" autofocus="" maxlength="200" spellcheck="false"/>');
    assertSame((r) =>
      r.jsx('input', {
        type: 'checkbox',
        checked: true,
        disabled: false,
        autofocus: true,
        hidden: undefined,
        maxlength: 200,
        spellcheck: false,
        'data-x': null,
      }),
    );
    assertSame((r) => r.jsx('div', { 'aria-hidden': true, 'data-n': 0, 'data-f': 1.5, 'data-neg': -0, open: 'open', selected: 'x' }));
  });

  it('renames className and htmlFor, skips invalid attribute names, key and ref, and refuses functions except on* handlers', () => {
    assertSame((r) => r.jsx('label', { className: 'a', htmlFor: 'q', 'bad name': 'x', 'a"b': 1, key: 'k', ref: 'r', onClick: () => {}, children: 'L' }));
    assert.equal(
      renderHtmlSync(jsx('label', { className: 'a', htmlFor: 'q', 'bad name': 'x', ref: 'r', onClick: () => {}, children: 'L' })),
      '<label class="a" for="q">L</label>',
    );
    assert.throws(() => jsx('a', { href: () => '/' }), /Invalid prop 'href' of type 'function' supplied to 'a'/);
  });

  it('writes style objects as hono does (kebab-case, px for lengths, unsafe values left out)', () => {
    const style = { color: 'red', fontSize: 12, lineHeight: 1.5, zIndex: 2, marginTop: 0, '--custom': 'x', background: 'url(a;b)', bad: '}', gone: null };
    assertSame((r) => r.jsx('div', { style }));
    assertSame((r) => r.jsx('div', { style: 'color: red; "quoted"' }));
  });

  it('closes void tags as <br/> when they have no children, and renders others empty as <x></x>', () => {
    assert.equal(
      renderHtmlSync(
        <p>
          a<br />b<span></span>
        </p>,
      ),
      '<p>a<br/>b<span></span></p>',
    );
    // (<link> and <meta> inside <head>: elsewhere hono would move them there)
    for (const tag of [
      'area',
      'base',
      'br',
      'col',
      'embed',
      'hr',
      'img',
      'input',
      'keygen',
      'link',
      'meta',
      'param',
      'source',
      'track',
      'wbr',
      'div',
      'script',
    ])
      assertSame((r) =>
        r.jsx(tag === 'link' || tag === 'meta' ? 'head' : 'div', {
          children: [r.jsx(tag, {}), r.jsx(tag, { children: undefined }), r.jsx(tag, { children: [] }), r.jsx(tag, { children: null })],
        }),
      );
  });

  it('flattens arrays and fragments, skips null, undefined and booleans, prints numbers (a fragment drops a lone 0, as hono does)', () => {
    const list = [1, 2, 3];
    assert.equal(
      renderHtmlSync(
        <ul>
          {list.map((n) => (
            <li>{n}</li>
          ))}
          {null}
          {undefined}
          {false}
          {true}
          {0}
          {/* biome-ignore lint/complexity/noUselessFragments: the fragment is under test */}
          <>
            <li>x</li>
            {[[['deep']]]}
          </>
        </ul>,
      ),
      '<ul><li>1</li><li>2</li><li>3</li>0<li>x</li>deep</ul>',
    );
    assertSame((r) => r.jsx(r.Fragment as Tag, { children: 0 }), '');
    assertSame((r) => r.jsx(r.Fragment as Tag, { children: [0] }), '');
    assertSame((r) => r.jsx(r.Fragment as Tag, { children: [0, 1] }), '01');
    assertSame((r) => r.jsx('p', { children: [[], [null, [false, 'a', [1n as unknown as string]]], 'b'] }));
  });

  it('leaves raw() unescaped, in text and in attributes, and escapes an element used as an attribute', () => {
    assert.equal(
      renderHtmlSync(
        <script type="application/ld+json" data-x={raw('&amp;')}>
          {raw('{"a":"<b>"}')}
        </script>,
      ),
      '<script type="application/ld+json" data-x="&amp;">{"a":"<b>"}</script>',
    );
    assertSame((r) => r.jsx('p', { title: raw('&lt;'), children: [raw('<b>x</b>'), '<b>'] }));
    assertSame((r) => r.jsx('p', { title: r.jsx('b', { children: 'x' }) }), '<p title="&lt;b&gt;x&lt;/b&gt;"></p>');
    assertSame((r) => r.jsx('div', { dangerouslySetInnerHTML: { __html: '<i>x</i>' }, id: 'a' }), '<div id="a"><i>x</i></div>');
  });

  it('calls components at once with their props, a single child as the child itself, and escapes a string they return', () => {
    const seen: unknown[] = [];
    const Box = (props: { n: number; children?: Child }) => {
      seen.push(props.children);
      return (
        <section data-n={props.n}>
          <h2>{props.n}</h2>
          {props.children}
        </section>
      );
    };
    const Text = (props: { s: string }) => props.s;
    const Nothing = () => null;
    assert.equal(
      renderHtmlSync(
        <Box n={1}>
          <Text s="<x>" />
          <Nothing />
        </Box>,
      ),
      '<section data-n="1"><h2>1</h2>&lt;x&gt;</section>',
    );
    assert.equal(renderHtmlSync(<Box n={2}>{['only']}</Box>), '<section data-n="2"><h2>2</h2>only</section>');
    assert.equal(seen[1], 'only', 'a one-child array arrives as the child, as under hono');
    const Num = () => 3;
    const List = () => ['a', <b>b</b>];
    const Raw = () => raw('<i>');
    for (const C of [Box, Text, Nothing, Num, List, Raw])
      assertSame((r) => r.jsx('div', { children: [r.jsx(C as Tag, { n: 1, s: '&', children: ['x', r.jsx('b', {})] }), r.jsx(C as Tag, { n: 2, s: '' })] }));
  });

  it('renders <svg> and <head> as hono does, with its odd single-child rules, and SVG attribute names', () => {
    assertSame((r) =>
      r.jsx('svg', {
        viewBox: '0 0 1 1',
        strokeWidth: 2,
        children: [r.jsx('title', { children: 'T' }), r.jsx('line', { x1: 0, 'text-anchor': 'end' }), r.jsx('circle', { r: '4', class: 'dot' })],
      }),
    );
    for (const one of ['<t>', 0, 1, true, false, null, raw('<r>'), ['a', 'b']])
      for (const tag of ['svg', 'head']) assertSame((r) => r.jsx(tag, { children: one }));
    assertSame((r) =>
      r.jsx('head', {
        children: [
          r.jsx('meta', { charset: 'utf-8' }),
          r.jsx('title', { children: 'A & B' }),
          r.jsx('link', { rel: 'canonical', href: '/x' }),
          r.jsx('link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }),
          r.jsx('link', { rel: 'stylesheet', href: '/s.css' }),
          r.jsx('script', { type: 'application/ld+json', children: raw('{}') }),
          r.jsx('script', { src: '/a.js', defer: true }),
          r.jsx('script', { src: '/b.js', async: true }),
        ],
      }),
    );
  });

  it('refuses what hono would render depending on where the element ends up, instead of rendering it differently', () => {
    assert.throws(() => renderHtmlSync(<title>x</title>), /outside <head>/);
    assert.throws(() => renderHtmlSync(<meta name="a" content="b" />), /outside <head>/);
    assert.throws(() => renderHtmlSync(<link rel="canonical" href="/" />), /outside <head>/);
    assert.throws(() => renderHtmlSync(<script src="/a.js" async />), /outside <head>/);
    assert.throws(() => jsx('style', { href: '/a.css', precedence: 'x' }), /not supported/);
    assert.throws(() => jsx('svg', { children: jsx('g', { strokeWidth: 1 }) }), /camelCase SVG attribute/);
    assert.throws(() => jsx('p', { children: Promise.resolve('x') }), /promise/);
    assert.throws(() => jsx((async () => 'x') as never, {}), /async component/);
    // inside <head> (and <title> inside <svg>) hono renders them as they are, and so does this runtime
    assert.equal(
      renderHtmlSync(jsx('head', { children: [jsx('title', { children: 'x' }), jsx('meta', { name: 'a' })] })),
      '<head><title>x</title><meta name="a"/></head>',
    );
    // a plain stylesheet link hono leaves where it is
    assert.equal(renderHtmlSync(<link rel="stylesheet" href="/a.css" />), '<link rel="stylesheet" href="/a.css"/>');
  });

  it('hands renderHtml and renderHtmlSync the string it built; they still render anything with a toString', async () => {
    const el = <p>x</p>;
    assert.ok(el instanceof Html);
    assert.equal(String(el), '<p>x</p>');
    assert.equal(`${el}`, '<p>x</p>');
    assert.equal(await renderHtml(el), '<p>x</p>');
    assert.equal(await renderHtml(hono.jsx('p', { children: 'y' }) as never), '<p>y</p>');
    assert.equal(renderHtmlSync(raw('<q>')), '<q>');
  });
});

// Random element trees, built once through each runtime and compared.
type Node =
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'empty'; value: null | undefined | boolean }
  | { kind: 'raw'; value: string }
  | { kind: 'element'; tag: string; props: [string, unknown][]; children: Node[] | undefined }
  | { kind: 'fragment'; children: Node[] }
  | { kind: 'list'; children: Node[] }
  | { kind: 'component'; wrap: 'div' | 'list' | 'fragment' | 'none'; children: Node[] };

const TAGS = ['div', 'p', 'span', 'a', 'ul', 'li', 'br', 'img', 'input', 'hr', 'form', 'button', 'svg', 'head', 'table', 'td', 'textarea', 'select', 'option'];
const ATTRS = [
  'class',
  'id',
  'href',
  'title',
  'checked',
  'disabled',
  'hidden',
  'open',
  'value',
  'data-x',
  'aria-label',
  'className',
  'htmlFor',
  'style',
  'rows',
];
const textArb = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('&', '<', '>', '"', "'", '&amp;', ' ', ''),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);
const valueArb = fc.oneof(
  textArb,
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -10, max: 10 }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  textArb.map((s) => raw(s)),
);
const nodeArb = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((value): Node => ({ kind: 'text', value })),
    fc.integer({ min: -3, max: 99 }).map((value): Node => ({ kind: 'number', value })),
    fc.constantFrom(null, undefined, true, false).map((value): Node => ({ kind: 'empty', value })),
    textArb.map((value): Node => ({ kind: 'raw', value })),
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        props: fc.array(fc.tuple(fc.constantFrom(...ATTRS), valueArb), { maxLength: 4 }),
        children: fc.option(fc.array(tie('node'), { maxLength: 4 }), { nil: undefined }),
      })
      .map((e): Node => ({ kind: 'element', ...e })),
    fc.array(tie('node'), { maxLength: 3 }).map((children): Node => ({ kind: 'fragment', children })),
    fc.array(tie('node'), { maxLength: 3 }).map((children): Node => ({ kind: 'list', children })),
    fc
      .record({
        wrap: fc.constantFrom('div' as const, 'list' as const, 'fragment' as const, 'none' as const),
        children: fc.array(tie('node'), { maxLength: 3 }),
      })
      .map((c): Node => ({ kind: 'component', ...c })),
  ),
}));

/** The JSX children a list of nodes compiles to: absent, the one child, or the array. */
function childrenProp(r: Runtime, nodes: Node[] | undefined): Props {
  if (nodes === undefined) return {};
  const built = nodes.map((n) => build(r, n));
  return { children: built.length === 1 ? built[0] : built };
}

function build(r: Runtime, node: Node): unknown {
  switch (node.kind) {
    case 'text':
    case 'number':
    case 'empty':
      return node.value;
    case 'raw':
      return raw(node.value);
    case 'list':
      return node.children.map((n) => build(r, n));
    case 'fragment':
      return r.jsx(r.Fragment as Tag, childrenProp(r, node.children));
    case 'element': {
      const props: Props = {};
      for (const [k, v] of node.props) props[k] = k === 'style' && typeof v === 'string' ? { color: v, marginTop: 1 } : v;
      return r.jsx(node.tag, { ...props, ...childrenProp(r, node.children) });
    }
    case 'component': {
      const wrap = node.wrap;
      const C = (props: { children?: unknown }) =>
        wrap === 'div'
          ? r.jsx('div', { class: 'c', children: props.children })
          : wrap === 'list'
            ? [props.children, 'after']
            : wrap === 'fragment'
              ? r.jsx(r.Fragment as Tag, { children: props.children })
              : (props.children ?? null);
      return r.jsx(C as Tag, childrenProp(r, node.children));
    }
  }
}

describe('the JSX runtime against hono/jsx', () => {
  it('renders random trees of elements, attributes, text, numbers, raw HTML, fragments, arrays and components byte for byte as hono does', () => {
    fc.assert(
      fc.property(nodeArb.node, (node) => {
        // what hono renders as a whole document (a component returning a bare string, say, is a string to escape)
        const out = both((r) => r.jsx('div', childrenProp(r, [node])));
        assert.equal(out.ours, out.hono);
      }),
      { numRuns: 2000 },
    );
  });
});
