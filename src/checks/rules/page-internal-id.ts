import { elements, mainOf, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { says } from '../say.ts';

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
    const ids = new Set(
      [taxonomy.exceptions, taxonomy.parties, taxonomy.controls, taxonomy.dataTypes, taxonomy.purposes]
        .flatMap((l) => l.map((x) => x.id))
        .filter((id) => id.includes('-')),
    );
    const issues: Issue[] = [];
    const reported = new Set<string>();
    for (const el of elements(mainOf(document), (e) => ['td', 'li', 'dd', 'p', 'th'].includes(e.tagName))) {
      const text = textOf(el, (x) => x.tagName === 'sup' || x.tagName === 'ul' || x.tagName === 'ol');
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
