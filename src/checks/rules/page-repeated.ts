import { attr, byTag, elements, mainOf, nextSiblings, sectionContent, sectionsWithId, textOf, type HtmlDocument } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { quote } from '../claims.ts';
import { sentencesOf } from '../text.ts';
import { says } from '../say.ts';

const skipCites = (el: { tagName: string; attrs: { name: string; value: string }[] }) =>
  el.tagName === 'sup' || el.attrs.some((a) => a.name === 'aria-hidden' && a.value === 'true');

/** Case, spacing and punctuation do not make two texts different. */
export const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function findingItems(document: HtmlDocument, section: string): string[] {
  return sectionsWithId(document, section)
    .flatMap((s) => sectionContent(s).flatMap((el) => (el.tagName === 'li' ? [el] : elements(el, byTag('li')))))
    .map((li) => textOf(li, skipCites));
}

/**
 * A page says each thing once: no section or heading twice, no two findings
 * alike, no FAQ answer repeating the short answer, no question asked twice.
 * It reads only the page, so it runs on every page type.
 */
export const pageRepeated: PageRule = {
  id: 'page-repeated',
  severity: 'error',
  scope: 'page',
  everyPage: true,
  description: 'no section or heading twice, no two findings saying the same, no FAQ answer repeating the short answer, no question twice',
  check({ document }) {
    const issues: Issue[] = [];
    const main = mainOf(document);
    const seen = new Map<string, number>();
    for (const el of elements(main, (e) => attr(e, 'data-section') !== undefined)) {
      const id = attr(el, 'data-section') ?? '';
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    for (const [id, n] of seen) if (n > 1) issues.push({ path: `section ${id}`, ...says('check.pageRepeated.section', { count: n }) });
    const headings = new Map<string, number>();
    for (const h of elements(main, byTag('h2', 'h3'))) {
      const key = normalise(textOf(h));
      headings.set(key, (headings.get(key) ?? 0) + 1);
    }
    for (const h of elements(main, byTag('h2', 'h3'))) {
      const t = textOf(h);
      if ((headings.get(normalise(t)) ?? 0) > 1 && !issues.some((i) => i.path === `heading "${t}"`))
        issues.push({ path: `heading "${t}"`, ...says('check.pageRepeated.heading') });
    }
    const good = findingItems(document, 'good');
    const concerns = findingItems(document, 'concerns');
    const all = [...good.map((t) => ['What’s Good', t] as const), ...concerns.map((t) => ['Concerns', t] as const)];
    const byText = new Map<string, string[]>();
    for (const [where, t] of all) byText.set(normalise(t), [...(byText.get(normalise(t)) ?? []), where]);
    for (const [key, wheres] of byText) {
      if (wheres.length > 1)
        issues.push({
          path: `"${wheres.join('" and "')}"`,
          ...says('check.pageRepeated.finding', { text: quote(all.find(([, t]) => normalise(t) === key)?.[1] ?? key), count: wheres.length }),
        });
    }
    const answerSentences = new Set(
      sectionsWithId(document, 'short-answer')
        .flatMap((s) => sectionContent(s).flatMap((el) => sentencesOf(textOf(el, skipCites))))
        .map(normalise),
    );
    const questions = new Map<string, number>();
    for (const dt of elements(main, byTag('dt'))) {
      const q = textOf(dt);
      const key = normalise(q);
      questions.set(key, (questions.get(key) ?? 0) + 1);
      if (questions.get(key) === 2) issues.push({ path: `FAQ "${q}"`, ...says('check.pageRepeated.question') });
      const dd = nextSiblings(dt)[0];
      if (dd?.tagName !== 'dd') continue;
      for (const s of sentencesOf(textOf(dd, skipCites))) {
        if (answerSentences.has(normalise(s)))
          issues.push({
            path: `FAQ "${q}"`,
            ...says('check.pageRepeated.shortAnswer', { sentence: quote(s) }),
          });
      }
    }
    return issues;
  },
};

/** No fact under both What’s Good and Concerns unless one finding presents it with its nuance (read from the review's page model). */
export const pageFactBothSides: PageRule = {
  id: 'page-fact-both-sides',
  severity: 'error',
  scope: 'page',
  description: 'no fact is stated under both What’s Good and Concerns; one finding presents it with its nuance',
  check({ page }) {
    const issues: Issue[] = [];
    const goodFacts = new Map(page.pros.flatMap((p) => p.facts.map((f) => [f, p] as const)));
    for (const c of page.concerns) {
      for (const f of c.facts) {
        const p = goodFacts.get(f);
        if (p)
          issues.push({
            path: `"Concerns": ${c.id}`,
            ...says('check.pageBothSides', { fact: f, text: quote(p.text) }),
          });
      }
    }
    return issues;
  },
};
