/** Rendering a hono/jsx view to the HTML string a response carries. */

/** A rendered hono/jsx element (a JSXNode, or what a component returned). */
export interface Renderable {
  toString(): string | Promise<string>;
}

/**
 * The HTML of a view element, awaiting async components.
 * @example const html = await renderHtml(<AboutView snapshot={snapshot} meta={meta} />);
 */
export async function renderHtml(element: Renderable): Promise<string> {
  return String(await element.toString());
}

/**
 * The HTML of a view that renders synchronously (no async components), for
 * callers that cannot await, such as the page checks. Throws if it turned async.
 * @example const html = renderHtmlSync(<ReviewView page={page} … />);
 */
export function renderHtmlSync(element: Renderable): string {
  const out = element.toString();
  if (typeof out !== 'string') throw new Error('the view rendered asynchronously; use renderHtml');
  return out;
}
