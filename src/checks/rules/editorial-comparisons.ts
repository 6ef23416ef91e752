import { dataTypeCount } from '../../narrative/category.ts';
import type { DatasetRule, Issue } from '../model.ts';
import { quote } from '../claims.ts';
import { sentencesOf } from '../text.ts';
import { say, says } from '../say.ts';
import type { Say } from '../model.ts';

const LESS =
  /\b(?:minimal|less|fewer|little|least)\b[^.]*?\b(?:than (?:most|other|the average|typical|its peers)|for (?:apps in )?(?:the )?[\w-]+ (?:category|apps)|among (?:[\w-]+ )?(?:apps|services|messengers))\b/i;
const MORE = /\b(?:more|most)\b[^.]*?\b(?:data|information)\b[^.]*?\bthan (?:most|other|the average|typical|its peers)\b/i;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * "Collects minimal data for apps in the messaging category" is a claim about
 * the category: it must hold against the dataset's own counts (the app's data
 * types against the median of the other apps of its category).
 */
export const editorialComparisons: DatasetRule = {
  id: 'editorial-comparisons',
  severity: 'error',
  scope: 'dataset',
  description: 'comparisons with the category in editorial text ("less data than most messaging apps") agree with the category statistics',
  check({ dataset }) {
    const issues: Issue[] = [];
    // Grouped once: comparing each review with every other one made the rule quadratic in the dataset.
    const byCategory = new Map<string, typeof dataset.reviews>();
    for (const r of dataset.reviews) {
      const list = byCategory.get(r.category);
      if (list) list.push(r);
      else byCategory.set(r.category, [r]);
    }
    for (const r of dataset.reviews) {
      const texts: { path: (string | number)[]; text: string }[] = [];
      if (r.review.notes !== undefined) texts.push({ path: ['review', 'notes'], text: r.review.notes });
      r.controversies.forEach((c, i) => texts.push({ path: ['controversies', i, 'summary'], text: c.summary }));
      r.faq.forEach((f, i) => texts.push({ path: ['faq', i, 'answer'], text: f.answer }));
      const own = dataTypeCount(r);
      // The category's median is worked out only for a review whose text makes a comparison.
      let known: { median: number | null } | undefined;
      const categoryMedian = (): number | null => {
        known ??= {
          median: median(
            (byCategory.get(r.category) ?? [])
              .filter((o) => o.slug !== r.slug)
              .map(dataTypeCount)
              .filter((n): n is number => n !== null),
          ),
        };
        return known.median;
      };
      for (const { path, text } of texts) {
        for (const sentence of sentencesOf(text)) {
          const less = LESS.test(sentence);
          const more = !less && MORE.test(sentence);
          if (!less && !more) continue;
          const at = (why: Say) =>
            issues.push({
              file: r.file,
              path,
              ...says('check.comparison', { sentence: quote(sentence), name: r.name, why }),
            });
          const med = categoryMedian();
          if (own === null) at(say('check.comparison.unknown'));
          else if (med === null) at(say('check.comparison.noOthers', { category: r.category }));
          else if (less && own >= med) at(say('check.comparison.median', { own, median: String(med), category: r.category }));
          else if (more && own <= med) at(say('check.comparison.median', { own, median: String(med), category: r.category }));
        }
      }
    }
    return issues;
  },
};
