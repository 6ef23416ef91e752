import { byTag, elements, mainOf, textOf, type HtmlElement } from '../html.ts';
import type { Taxonomy } from '../../domain/catalog.ts';
import type { Issue, PageRule } from '../model.ts';
import { says } from '../say.ts';

/** The elements whose text is read: table cells, list items, answers and paragraphs (from the tag index, in document order). */
const SHOWN_IN = byTag('td', 'li', 'dd', 'p', 'th');

/** Footnote marks and nested lists are not the element's own text (a nested list's items are read on their own). */
const notOwnText = (x: HtmlElement) => x.tagName === 'sup' || x.tagName === 'ul' || x.tagName === 'ol';

/** The taxonomy's ids with a hyphen (the ones that cannot be ordinary words), made once per taxonomy rather than per page. */
const idSets = new WeakMap<Taxonomy, Set<string>>();
function hyphenatedIds(taxonomy: Taxonomy): Set<string> {
  let ids = idSets.get(taxonomy);
  if (!ids) {
    ids = new Set(
      [taxonomy.exceptions, taxonomy.parties, taxonomy.controls, taxonomy.dataTypes, taxonomy.purposes]
        .flatMap((l) => l.map((x) => x.id))
        .filter((id) => id.includes('-')),
    );
    idSets.set(taxonomy, ids);
  }
  return ids;
}

/**
 * Readers see labels, never ids: a table cell or list item whose text (or one
 * item of a list in it) is a taxonomy id such as `sms-fallback` or
 * `business-partners` shows the data format instead of words.
 */
export const pageInternalId: PageRule = {
  id: 'page-internal-id',
  severity: 'error',
  scope: 'page',
  everyPage: true,
  description: 'no visible text shows a taxonomy id (sms-fallback, business-partners, two-factor…) where its label belongs',
  check({ document, taxonomy }) {
    const ids = hyphenatedIds(taxonomy);
    const issues: Issue[] = [];
    const reported = new Set<string>();
    for (const el of elements(mainOf(document), SHOWN_IN)) {
      const text = textOf(el, notOwnText);
      for (const part of text.split(/,\s*|\s+and\s+|:\s+|;\s*/)) {
        const token = part.trim().replace(/[.)]$/, '');
        if (ids.has(token) && !reported.has(token)) {
          reported.add(token);
          issues.push({
            path: `"${text.length > 60 ? `${text.slice(0, 59)}…` : text}"`,
            ...says('check.pageInternalId', { id: token }),
          });
        }
      }
    }
    return issues;
  },
};
