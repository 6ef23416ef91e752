import { isKnown } from '../../domain/review.ts';
import { factAt, settingMessage } from '../../narrative/protect.ts';
import type { Issue, ReviewRule } from '../model.ts';
import { say, says } from '../say.ts';

/**
 * An app's own setting (`settings:`) is named on the page only in the step of
 * its advice, and that step is given only when the app's facts show the
 * setting exists. A setting whose advice has no sentence naming a setting, or
 * whose facts say the opposite, would never be shown: refuse it.
 */
export const settingAdvice: ReviewRule = {
  id: 'setting-advice',
  severity: 'error',
  scope: 'review',
  description: "each of an app's own settings carries out advice that can name it, and the app's facts show what the advice needs (so the page names it)",
  check({ review, taxonomy }) {
    const issues: Issue[] = [];
    const seen = new Set<string>();
    (review.settings ?? []).forEach((s, i) => {
      if (seen.has(s.advice)) issues.push({ path: ['settings', i, 'advice'], ...says('check.settingAdvice.second', { advice: s.advice }) });
      seen.add(s.advice);
      const advice = (taxonomy.advice ?? []).find((a) => a.id === s.advice);
      if (!advice) return; // crossReferenceProblems names the unknown id
      if (!settingMessage(advice.id)) {
        issues.push({
          path: ['settings', i, 'advice'],
          ...says('check.settingAdvice.noSentence', { advice: advice.id, message: `src/narrative/messages.ts: protect.setting.${advice.id}` }),
        });
        return;
      }
      const fact = factAt(review, advice.when.fact);
      if (!fact || !isKnown(fact) || !advice.when.in.includes(String(fact.value)))
        issues.push({
          path: ['settings', i, 'advice'],
          ...says('check.settingAdvice.neverNamed', {
            name: s.name,
            advice: advice.id,
            fact: advice.when.fact,
            values: { anyOf: advice.when.in },
            value: fact && isKnown(fact) ? JSON.stringify(fact.value) : say('check.unknown'),
          }),
        });
    });
    return issues;
  },
};
