/**
 * "How to protect yourself": for each concern on the page that a setting or
 * habit reduces, what to do. The advice comes from the taxonomy (data/); it is
 * given only when a fact of the app shows the setting exists, and it cites
 * that fact's sources.
 */
import { isKnown, type Fact, type Review } from '../domain/review.ts';
import type { Taxonomy } from '../domain/catalog.ts';
import type { Finding, ProtectStep } from './model.ts';

/** The fact of `review` at a dotted path (`controls.encrypted-backups`, `encryption.e2ee.content`), or undefined. */
export function factAt(review: Review, path: string): Fact<unknown> | undefined {
  const [head, ...rest] = path.split('.');
  if (head === 'controls') return (review.controls as Record<string, Fact<unknown> | undefined>)[rest.join('.')];
  let v: unknown = (review as unknown as Record<string, unknown>)[head ?? ''];
  for (const key of rest) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'object' && v !== null && ('value' in v || 'unknown' in v) ? (v as Fact<unknown>) : undefined;
}

/**
 * The steps for the page's concerns, in the order of the concerns they reduce.
 * @example protectSteps(review, concerns, taxonomy) // [{ id: 'turn-on-encrypted-backups', text: 'Turn on …', sources: ['icloud-backup'], concerns: [...] }]
 */
export function protectSteps(review: Review, concerns: readonly Finding[], taxonomy: Pick<Taxonomy, 'advice'>): ProtectStep[] {
  const out: ProtectStep[] = [];
  for (const concern of concerns) {
    const ids = new Set([concern.id, ...concern.covers]);
    for (const advice of taxonomy.advice ?? []) {
      if (!advice.concerns.some((c) => ids.has(c))) continue;
      const fact = factAt(review, advice.when.fact);
      if (!fact || !isKnown(fact) || !advice.when.in.includes(String(fact.value))) continue;
      const done = out.find((s) => s.id === advice.id);
      if (done) {
        if (!done.concerns.includes(concern.id)) done.concerns.push(concern.id);
        continue;
      }
      out.push({
        id: advice.id,
        text: advice.text.replaceAll('{name}', review.name),
        sources: [...fact.sources],
        concerns: [concern.id],
        facts: [advice.when.fact],
      });
    }
  }
  return out;
}

/**
 * The step most worth doing, for the summary at the top of the page: the one
 * that reduces the most of the page's concerns; of equals, the one for the
 * concern listed first (steps come in the order of the concerns they reduce).
 * @example topProtectStep(steps)?.id // 'turn-on-encrypted-backups'
 */
export function topProtectStep(steps: readonly ProtectStep[]): ProtectStep | null {
  let best: ProtectStep | null = null;
  for (const s of steps) if (best === null || s.concerns.length > best.concerns.length) best = s;
  return best;
}
