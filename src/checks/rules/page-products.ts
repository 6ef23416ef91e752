import { attr, byTag, elements, hasClass, sectionContent, sectionsWithId, sectionTitle, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';

const DISCLOSURE = /commission|affiliate|earn|sponsor/i;

/** Product recommendations appear only with products, with the disclosure beside them, and links marked sponsored. */
export const pageProducts: PageRule = {
  id: 'page-products',
  severity: 'error',
  scope: 'page',
  description: 'a products block lists at least one product, carries the disclosure, and every product link has rel containing "sponsored"',
  check({ document }) {
    const issues: Issue[] = [];
    for (const section of sectionsWithId(document, 'products')) {
      const where = `"${sectionTitle(section)}"`;
      const content = sectionContent(section);
      const links = content.flatMap((el) => (el.tagName === 'a' ? [el] : elements(el, byTag('a')))).filter((a) => /^https?:\/\//.test(attr(a, 'href') ?? ''));
      const disclosed = content.some((el) => hasClass(el, 'disclosure') || DISCLOSURE.test(textOf(el)));
      if (links.length === 0) {
        issues.push({
          path: where,
          message: `shows ${disclosed ? 'an affiliate disclosure' : 'a heading'} but no product; show the block only when a product addresses one of the app's concerns`,
        });
        continue;
      }
      if (!disclosed) issues.push({ path: where, message: 'lists products without the disclosure; put it beside them' });
      for (const a of links) {
        const rel = (attr(a, 'rel') ?? '').split(/\s+/);
        if (!rel.includes('sponsored')) issues.push({ path: where, message: `links to ${attr(a, 'href') ?? ''} without rel="sponsored"` });
      }
    }
    return issues;
  },
};
