// Types of jsx-runtime.js: the JSX namespace the views are checked against.
import type { JSX as HonoJSX } from 'hono/jsx/jsx-runtime';
import type { raw } from 'hono/html';

/** A string that hono's raw() marked as already escaped HTML. */
export type RawHtml = ReturnType<typeof raw>;

/** Rendered, escaped HTML: what a JSX expression evaluates to. */
export declare class Html {
  readonly value: string;
  /** What hono would have rendered otherwise once the element's place is known (internal). */
  flags: number;
  readonly isEscaped: true;
  constructor(value: string, flags: number);
  toString(): string;
}

/** What may stand between tags: text (escaped), numbers, elements, raw HTML, nothing (null, undefined, booleans), and lists of these. */
export type Child = string | number | boolean | null | undefined | Html | RawHtml | Child[];

type Component = (props: never) => Child;

export declare function jsx(tag: string | Component, props: Record<string, unknown>, key?: unknown): Html;
export declare function jsxs(tag: string | Component, props: Record<string, unknown>, key?: unknown): Html;
export declare function jsxDEV(tag: string | Component, props: Record<string, unknown>, key?: unknown): Html;
export declare function Fragment(props: { children?: Child }): Html;

/** `str` with & < > ' " escaped as hono escapes them. */
export declare function escapeHtml(str: string): string;

/** The HTML string of a rendered element; throws where hono/jsx would have moved part of it into <head>. */
export declare function htmlString(html: Html): string;

export declare namespace JSX {
  type Element = Html;
  type ElementType = string | Component;
  interface ElementChildrenAttribute {
    children: Child;
  }
  interface IntrinsicElements extends HonoJSX.IntrinsicElements {}
  interface IntrinsicAttributes {
    key?: string | number | bigint | null | undefined;
  }
}
