import { byTag, elements, mainOf, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';
import { terms } from '../../i18n/index.ts';
import { says } from '../say.ts';

/** The words for "no score" and "does not apply" in every language the site is written in. */
const NO_SCORE_WORDS = [
  'Not enough evidence',
  'Not applicable',
  ...Object.values(terms).flatMap((t) => [t['label.Not enough evidence'], t['level.Not applicable']]),
].filter((w): w is string => w !== undefined);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDS = `(${NO_SCORE_WORDS.map(escape).join('|')})`;
/** A number as English ("1.6"), German and French ("1,6") write it. */
const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const WORDS_THEN_NUMBER = new RegExp(`${WORDS}\\W{0,3}\\(?\\s*${NUMBER}\\s*\\/\\s*10`, 'giu');
const NUMBER_THEN_WORDS = new RegExp(`${NUMBER}\\s*\\/\\s*10\\W{0,3}${WORDS}`, 'giu');
const OUT_OF_TEN = new RegExp(String.raw`(?<![\d.,])${NUMBER}\s*\/\s*10\b`, 'g');

/** "Not enough evidence (1.6/10)" gives a number while saying there is none. */
export const pageLabelNumber: PageRule = {
  id: 'page-label-number',
  severity: 'error',
  scope: 'page',
  everyPage: true,
  description:
    'no "Not enough evidence" or "Not applicable" (or its German or French words) is shown with a score beside it, and no score out of 10 lies outside 0–10',
  check({ document }) {
    const issues: Issue[] = [];
    // a table's cells are read one by one (a rating "Not enough evidence" in one column and another app's
    // "Fair (3.8/10)" in the next are two values, not one label with a number), the rest of the page as a whole
    const main = mainOf(document);
    const isCell = byTag('td', 'th');
    const texts = [textOf(main, isCell), ...elements(main, isCell).map((cell) => textOf(cell))];
    for (const text of texts) issues.push(...issuesIn(text));
    return issues;
  },
};

/** The numbers shown with a no-score word, and the scores out of 10 outside 0–10, in one run of text. */
function issuesIn(text: string): Issue[] {
  const issues: Issue[] = [];
  // each of the three patterns matches a "/" (most table cells have none)
  if (!text.includes('/')) return issues;
  for (const m of text.matchAll(WORDS_THEN_NUMBER))
    issues.push({ path: `"${m[0]}"`, ...says('check.pageLabelNumber.both', { label: m[1] ?? '', score: m[2] ?? '' }) });
  for (const m of text.matchAll(NUMBER_THEN_WORDS))
    issues.push({ path: `"${m[0]}"`, ...says('check.pageLabelNumber.both', { label: m[2] ?? '', score: m[1] ?? '' }) });
  for (const m of text.matchAll(OUT_OF_TEN)) {
    const n = Number(m[1]?.replace(',', '.'));
    if (n < 0 || n > 10) issues.push({ path: `"${m[0]}"`, ...says('check.pageLabelNumber.range', { score: n }) });
  }
  return issues;
}
