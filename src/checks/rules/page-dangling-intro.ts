import { byTag, elements, mainOf, nextSiblings, placeOf, textOf, type HtmlElement } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { quote } from '../claims.ts';
import { says } from '../say.ts';

const LISTS = new Set(['ul', 'ol', 'dl', 'table']);
/** What can follow a colon instead of a list: a quoted or preformatted example. */
const EXAMPLES = new Set(['blockquote', 'pre']);

function hasItems(el: HtmlElement): boolean {
  return elements(el, byTag('li', 'dd', 'td')).some((i) => textOf(i) !== '');
}

/** Quotations of sources are the source's words, not the page's. */
function quoted(el: HtmlElement): boolean {
  for (let n: HtmlElement | null = el; n !== null; n = n.parentNode !== null && 'tagName' in n.parentNode ? n.parentNode : null)
    if (n.tagName === 'blockquote') return true;
  return false;
}

/** "Here's what they collect:" must be followed by what they collect. */
export const pageDanglingIntro: PageRule = {
  id: 'page-dangling-intro',
  severity: 'error',
  scope: 'page',
  everyPage: true,
  description: 'a sentence ending in a colon is followed by the list it announces',
  check({ document }) {
    const issues: Issue[] = [];
    for (const el of elements(mainOf(document), byTag('p', 'li', 'dd', 'div'))) {
      if (quoted(el)) continue;
      const text = textOf(el, (e) => e.tagName === 'blockquote');
      if (!text.endsWith(':')) continue;
      if (el.tagName === 'div' && elements(el, byTag('p', 'li', 'dd', 'div')).length > 0) continue;
      const next = nextSiblings(el)[0];
      // an example shown as a quotation or a code block is what "For example:" announces
      const example = next !== undefined && EXAMPLES.has(next.tagName) && textOf(next) !== '';
      const followed =
        example || (next !== undefined && (LISTS.has(next.tagName) ? hasItems(next) : elements(next, (e) => LISTS.has(e.tagName)).some(hasItems)));
      const nested = elements(el, (e) => LISTS.has(e.tagName)).some(hasItems);
      if (!followed && !nested) {
        const sentence = text.split(/(?<=[.!?])\s+/).pop() ?? text;
        issues.push({
          path: placeOf(el),
          ...says('check.pageDanglingIntro', { sentence: quote(sentence) }),
        });
      }
    }
    return issues;
  },
};
