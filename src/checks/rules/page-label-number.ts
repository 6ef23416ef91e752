import { mainOf, textOf } from '../html.ts';
import type { Issue, PageRule } from '../model.ts';

/** "Not enough evidence (1.6/10)" gives a number while saying there is none. */
export const pageLabelNumber: PageRule = {
  id: 'page-label-number',
  severity: 'error',
  scope: 'page',
  description: 'no "Not enough evidence" or "Not applicable" is shown with a score beside it, and no score out of 10 lies outside 0–10',
  check({ document }) {
    const issues: Issue[] = [];
    const text = textOf(mainOf(document));
    for (const m of text.matchAll(/(Not enough evidence|Not applicable)\W{0,3}\(?\s*(\d+(?:\.\d+)?)\s*\/\s*10/gi))
      issues.push({ path: `"${m[0]}"`, message: `says "${m[1]}" beside the number ${m[2]}/10; show the words or the number, not both` });
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*\/\s*10\W{0,3}(Not enough evidence|Not applicable)/gi))
      issues.push({ path: `"${m[0]}"`, message: `says "${m[2]}" beside the number ${m[1]}/10; show the words or the number, not both` });
    for (const m of text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*\/\s*10\b/g)) {
      const n = Number(m[1]);
      if (n < 0 || n > 10) issues.push({ path: `"${m[0]}"`, message: `shows a score of ${n} out of 10` });
    }
    return issues;
  },
};
