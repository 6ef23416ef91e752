/** Rendering a view to the HTML string a response carries. */
import { Html, htmlString } from '#jsx/jsx-runtime';

/**
 * A rendered view element. The views' JSX runtime (jsx/jsx-runtime.js) builds
 * each element's HTML when the element is made, so rendering only takes the
 * string; anything else with a toString (hono/jsx's nodes, in the tests that
 * compare both) is rendered through it.
 */
export type Renderable = Html | { toString(): string | Promise<string> };

/**
 * The HTML of a view element.
 * @example const html = await renderHtml(<AboutView snapshot={snapshot} meta={meta} />);
 */
export async function renderHtml(element: Renderable): Promise<string> {
  if (element instanceof Html) return htmlString(element);
  return String(await element.toString());
}

/**
 * The HTML of a view element, for callers that cannot await, such as the page checks.
 * @example const html = renderHtmlSync(<ReviewView page={page} … />);
 */
export function renderHtmlSync(element: Renderable): string {
  if (element instanceof Html) return htmlString(element);
  const out = element.toString();
  if (typeof out !== 'string') throw new Error('the view rendered asynchronously; use renderHtml');
  return out;
}
