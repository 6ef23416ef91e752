import type { Issue, ReviewRule } from '../model.ts';
import { contradictionsIn, quote } from '../claims.ts';
import { sentencesOf } from '../text.ts';
import { says } from '../say.ts';

/**
 * Editors write a little prose by hand (notes, controversy summaries, FAQ
 * answers); it must not claim what the structured facts deny.
 */
export const editorialClaims: ReviewRule = {
  id: 'editorial-claims',
  severity: 'error',
  scope: 'review',
  description: 'open-source, audit, end-to-end, "cannot read", sharing, selling and advertising claims in editorial text agree with the facts',
  check({ review, taxonomy }) {
    const texts: { path: (string | number)[]; text: string }[] = [];
    if (review.review.notes !== undefined) texts.push({ path: ['review', 'notes'], text: review.review.notes });
    review.controversies.forEach((c, i) => texts.push({ path: ['controversies', i, 'summary'], text: c.summary }));
    review.faq.forEach((f, i) => texts.push({ path: ['faq', i, 'answer'], text: f.answer }));
    const issues: Issue[] = [];
    for (const { path, text } of texts) {
      for (const sentence of sentencesOf(text)) {
        for (const c of contradictionsIn(sentence, review, taxonomy)) {
          issues.push({ path, ...says('check.claim.editorial', { sentence: quote(sentence), claim: c.claim, why: c.because }) });
        }
      }
    }
    return issues;
  },
};
