import { byTag, elements, sectionContent, sectionsWithId, textOf, type HtmlDocument } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { quote } from '../claims.ts';
import { NEGATIVE_FINDINGS, NEGATIVE_PHRASES, POSITIVE_FINDINGS, POSITIVE_PHRASES, phraseIn } from './finding-sides.ts';
import { say, says } from '../say.ts';

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
        issues.push({ path: `"What's Good": ${f.id}`, ...says('check.pageFindingSide.negativeAsStrength', { id: f.id, text: quote(f.text) }) });
    }
    for (const f of page.concerns) {
      if (f.tone !== 'bad' || POSITIVE_FINDINGS.has(f.id))
        issues.push({ path: `"Concerns": ${f.id}`, ...says('check.pageFindingSide.positiveAsConcern', { id: f.id, text: quote(f.text) }) });
    }
    const concernTexts = new Set(page.concerns.map((f) => f.text));
    const proTexts = new Set(page.pros.map((f) => f.text));
    for (const text of itemsUnder(document, 'good')) {
      const bad = concernTexts.has(text) ? say('check.pageFindingSide.aConcern') : phraseIn(text, NEGATIVE_PHRASES);
      if (bad !== undefined) issues.push({ path: `"What's Good"`, ...says('check.pageFindingSide.readsBad', { text: quote(text), reading: bad }) });
    }
    for (const text of itemsUnder(document, 'concerns')) {
      const good = proTexts.has(text) ? say('check.pageFindingSide.aStrength') : phraseIn(text, POSITIVE_PHRASES);
      if (good !== undefined) issues.push({ path: `"Concerns"`, ...says('check.pageFindingSide.readsGood', { text: quote(text), reading: good }) });
    }
    return issues;
  },
};
