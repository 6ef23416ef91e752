import { byTag, elements, headingContent, mainOf, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';

/** Sections that exist to list things: an intro without items is still empty. */
const LISTING = /controvers|alternative|recommended|products/i;

/** A heading with nothing under it (or an intro promising a list that never comes) reads as broken. */
export const pageEmptySection: PageRule = {
  id: 'page-empty-section',
  severity: 'error',
  scope: 'page',
  description: 'no h2/h3 heading without content under it, and no listing section (controversies, alternatives, products) without items',
  check({ document }) {
    const issues: Issue[] = [];
    for (const h of elements(mainOf(document), byTag('h2', 'h3'))) {
      const title = textOf(h);
      const content = headingContent(h);
      const text = content
        .map((el) => textOf(el))
        .join(' ')
        .trim();
      if (text === '') {
        issues.push({ path: `"${title}"`, message: 'heading has no content under it; leave the section out when there is nothing to say' });
        continue;
      }
      if (h.tagName === 'h2' && LISTING.test(title)) {
        const items = content.flatMap((el) => (el.tagName === 'li' ? [el] : elements(el, byTag('li'))));
        if (items.length === 0)
          issues.push({ path: `"${title}"`, message: 'section has an introduction but lists nothing; leave the section out when there is nothing to list' });
      }
    }
    return issues;
  },
};
