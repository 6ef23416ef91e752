import { byTag, elements, hasClass, mainOf, placeOf, textOf, type HtmlElement } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { contradictionsIn, quote } from '../claims.ts';
import { sentencesOf } from '../text.ts';
import { says } from '../say.ts';

/** Quotations of sources, the score table's labels, product blurbs (about other products) and the list of stale evidence (fact names and dates) are not claims about the app. */
function notProse(el: HtmlElement): boolean {
  return (
    ['blockquote', 'table', 'sup'].includes(el.tagName) ||
    (el.tagName === 'ol' && hasClass(el, 'sources')) ||
    (el.tagName === 'section' && (hasClass(el, 'products') || hasClass(el, 'stale')))
  );
}

function insideNonProse(el: HtmlElement): boolean {
  for (let n: HtmlElement | null = el; n !== null; n = n.parentNode !== null && 'tagName' in n.parentNode ? n.parentNode : null) if (notProse(n)) return true;
  return false;
}

/** The prose blocks of a page: innermost paragraphs, list items, answers and headings. */
function proseBlocks(root: ReturnType<typeof mainOf>): HtmlElement[] {
  const tags = ['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'summary'];
  return elements(root, byTag(...tags)).filter((el) => !insideNonProse(el) && elements(el, byTag(...tags)).length <= 1);
}

/** Every sentence on the page is conditioned on the facts it speaks about. */
export const pageContradictedClaim: PageRule = {
  id: 'page-contradicted-claim',
  severity: 'error',
  scope: 'page',
  description:
    'no sentence on the page claims what the facts contradict (open source, audited, end-to-end by default, "cannot read", sharing, selling, advertising)',
  check({ review, taxonomy, document }) {
    const issues: Issue[] = [];
    const seen = new Set<string>();
    for (const el of proseBlocks(mainOf(document))) {
      for (const sentence of sentencesOf(textOf(el, notProse))) {
        for (const c of contradictionsIn(sentence, review, taxonomy)) {
          const key = `${c.claim}|${sentence}`;
          if (seen.has(key)) continue;
          seen.add(key);
          issues.push({ path: placeOf(el), ...says('check.claim.page', { sentence: quote(sentence), claim: c.claim, why: c.because }) });
        }
      }
    }
    return issues;
  },
};
