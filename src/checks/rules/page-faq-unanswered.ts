import { byTag, elements, nextSiblings, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { says } from '../say.ts';

/** A question left unanswered tells the reader we don't know, without saying so. */
export const pageFaqUnanswered: PageRule = {
  id: 'page-faq-unanswered',
  severity: 'error',
  scope: 'page',
  everyPage: true,
  description: 'every FAQ question (dt) is followed by an answer (dd) with text',
  check({ document }) {
    const issues: Issue[] = [];
    for (const dt of elements(document, byTag('dt'))) {
      const next = nextSiblings(dt)[0];
      if (next?.tagName === 'dd' && textOf(next) !== '') continue;
      issues.push({ path: `FAQ "${textOf(dt)}"`, ...says('check.pageFaqUnanswered') });
    }
    return issues;
  },
};
