/**
 * "How to protect yourself": for each concern on the page that a setting or
 * habit reduces, what to do. The advice comes from the taxonomy (data/); it is
 * given only when a fact of the app shows the setting exists, and it cites
 * that fact's sources. When the review names the app's own setting for the
 * advice (`settings:`, sourced to the vendor's help page), the step names it
 * ("Turn on Advanced Data Protection …") and cites that page too.
 */
import { isKnown, type Fact, type Review } from '../domain/review.ts';
import type { Taxonomy } from '../domain/catalog.ts';
import type { Finding, ProtectStep } from './model.ts';
import type { Locale, MessageKey } from '../i18n/index.ts';
import { hasMessage, say } from './messages.ts';
import { capitalise, uniqueSources } from './text.ts';

/** The fact of `review` at a dotted path (`controls.encrypted-backups`, `encryption.e2ee.content`), or undefined. */
export function factAt(review: Review, path: string): Fact<unknown> | undefined {
  const [head, ...rest] = path.split('.');
  if (head === 'controls') return (review.controls as Record<string, Fact<unknown> | undefined>)[rest.join('.')];
  let v: unknown = (review as unknown as Record<string, unknown>)[head ?? ''];
  for (const key of rest) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'object' && v !== null && ('value' in v || 'unknown' in v) ? (v as Fact<unknown>) : undefined;
}

/**
 * The catalogue key of the sentence naming an app's own setting for `advice`,
 * if the catalogue has one: the sentence for a feature you choose each time
 * when there is one and the setting is such a feature, else the one for a switch.
 */
export function settingMessage(advice: string, kind: 'switch' | 'feature' = 'switch'): MessageKey | undefined {
  for (const key of kind === 'feature' ? [`protect.setting.${advice}.feature`, `protect.setting.${advice}`] : [`protect.setting.${advice}`])
    if (hasMessage(key)) return key;
  return undefined;
}

/** What a step's sentence needs to know beyond the review: what "content" is in the app's category. */
export interface ProtectWords {
  /** The category's content noun ("messages", "files"), in the page's language. */
  content: string;
  /** The page's language (English by default). */
  locale?: Locale;
}

function stepText(
  review: Review,
  advice: { id: string; text: string },
  words: ProtectWords,
): { text: string; sources: string[]; foreign?: { text: string; lang: string }[] } | undefined {
  const setting = (review.settings ?? []).find((s) => s.advice === advice.id);
  const key = setting ? settingMessage(advice.id, setting.kind) : undefined;
  if (!setting || !key) return undefined;
  const locale = words.locale ?? 'en';
  const text = say(
    key,
    {
      setting: setting.name,
      where: setting.where ? say('protect.where', { where: setting.where }, locale) : '',
      name: review.name,
      owner: review.owner.company,
      content: words.content,
    },
    locale,
  );
  // the setting's name and where to find it are the app's own words, in English in the data
  const foreign = locale === 'en' ? undefined : [setting.name, setting.where ?? ''].filter((t) => t !== '').map((t) => ({ text: t, lang: 'en' }));
  return { text: capitalise(text), sources: [...setting.sources], ...(foreign ? { foreign } : {}) };
}

/**
 * The steps for the page's concerns, in the order of the concerns they reduce.
 * @example protectSteps(review, concerns, taxonomy, { content: 'messages' }) // [{ id: 'turn-on-encrypted-backups', text: 'Turn on Advanced Data Protection …', sources: ['apple-adp-help', 'icloud-backup'], … }]
 */
export function protectSteps(
  review: Review,
  concerns: readonly Finding[],
  taxonomy: Pick<Taxonomy, 'advice'>,
  words: ProtectWords = { content: 'content' },
): ProtectStep[] {
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
      const own = stepText(review, advice, words);
      out.push({
        id: advice.id,
        text: own?.text ?? advice.text.replaceAll('{name}', review.name),
        sources: own ? uniqueSources(own.sources, fact.sources) : [...fact.sources],
        ...(own?.foreign ? { foreign: own.foreign } : {}),
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
