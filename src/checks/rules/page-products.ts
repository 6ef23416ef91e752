import { attr, byTag, elements, hasClass, sectionContent, sectionsWithId, sectionTitle, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { says } from '../say.ts';

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
          ...says('check.pageProducts.empty', { disclosed: disclosed ? 'yes' : 'no' }),
        });
        continue;
      }
      if (!disclosed) issues.push({ path: where, ...says('check.pageProducts.undisclosed') });
      for (const a of links) {
        const rel = (attr(a, 'rel') ?? '').split(/\s+/);
        if (!rel.includes('sponsored'))
          issues.push({ path: where, ...says('check.pageProducts.notSponsored', { href: attr(a, 'href') ?? '', attribute: 'rel="sponsored"' }) });
      }
    }
    return issues;
  },
};
