import { byTag, elements, sectionContent, sectionsWithId, textOf, type HtmlDocument } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { quote } from '../claims.ts';
import { NEGATIVE_FINDINGS, NEGATIVE_PHRASES, POSITIVE_FINDINGS, POSITIVE_PHRASES, phraseIn } from './finding-sides.ts';

function itemsUnder(document: HtmlDocument, section: 'good' | 'concerns'): string[] {
  return sectionsWithId(document, section)
    .flatMap((s) => sectionContent(s).flatMap((el) => (el.tagName === 'li' ? [el] : elements(el, byTag('li')))))
    .map((li) => textOf(li, (el) => el.tagName === 'sup' || el.attrs.some((a) => a.name === 'aria-hidden' && a.value === 'true')));
}

/** A strength listed as a concern (or the reverse) tells the reader the opposite of the facts. */
export const pageFindingSide: PageRule = {
  id: 'page-finding-side',
  severity: 'error',
  scope: 'page',
  description: "nothing under What's Good is a negative finding and nothing under Concerns a positive one (by finding id and by wording)",
  check({ page, document }) {
    const issues: Issue[] = [];
    for (const f of page.pros) {
      if (f.tone !== 'good' || NEGATIVE_FINDINGS.has(f.id))
        issues.push({ path: `"What's Good": ${f.id}`, message: `lists the negative finding "${f.id}" (${quote(f.text)}) as a strength` });
    }
    for (const f of page.concerns) {
      if (f.tone !== 'bad' || POSITIVE_FINDINGS.has(f.id))
        issues.push({ path: `"Concerns": ${f.id}`, message: `lists the positive finding "${f.id}" (${quote(f.text)}) as a concern` });
    }
    const concernTexts = new Set(page.concerns.map((f) => f.text));
    const proTexts = new Set(page.pros.map((f) => f.text));
    for (const text of itemsUnder(document, 'good')) {
      const bad = concernTexts.has(text) ? 'a concern of this app' : phraseIn(text, NEGATIVE_PHRASES);
      if (bad !== undefined)
        issues.push({ path: `"What's Good"`, message: `${quote(text)} is listed as a strength but reads as ${bad}; findings take their side from the facts` });
    }
    for (const text of itemsUnder(document, 'concerns')) {
      const good = proTexts.has(text) ? 'a strength of this app' : phraseIn(text, POSITIVE_PHRASES);
      if (good !== undefined)
        issues.push({ path: `"Concerns"`, message: `${quote(text)} is listed as a concern but reads as ${good}; findings take their side from the facts` });
    }
    return issues;
  },
};
