import { byTag, elements, headingContent, mainOf, sectionsWithId, sectionTitle, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { says } from '../say.ts';

/** Sections that exist to list things (by their data-section id): an intro without items is still empty. */
const LISTING = ['controversies', 'alternatives', 'products'];

/** A heading with nothing under it (or an intro promising a list that never comes) reads as broken. */
export const pageEmptySection: PageRule = {
  id: 'page-empty-section',
  severity: 'error',
  scope: 'page',
  everyPage: true,
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
        issues.push({ path: `"${title}"`, ...says('check.pageEmptySection.heading') });
      }
    }
    const reported = new Set(issues.map((i) => i.path));
    for (const id of LISTING) {
      for (const section of sectionsWithId(document, id)) {
        if (elements(section, byTag('li')).length === 0 && !reported.has(`"${sectionTitle(section)}"`))
          issues.push({
            path: `"${sectionTitle(section)}"`,
            ...says('check.pageEmptySection.intro'),
          });
      }
    }
    return issues;
  },
};
