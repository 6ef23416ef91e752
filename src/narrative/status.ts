/**
 * Ownership and status: the dated changes a review records (acquisitions,
 * renamings, moves of jurisdiction, spin-offs, retirement), each as one
 * sentence from the message catalogue with its sources, and the notice a
 * retired app's page opens with.
 */
import { retirementOf, type Review, type StatusEvent } from '../domain/review.ts';
import type { StatusItem, StatusNotice } from './model.ts';
import { dateTimeFormat, type Locale } from '../i18n/index.ts';
import { say } from './messages.ts';

function sentenceOf(review: Pick<Review, 'name'>, e: StatusEvent, locale: Locale): string {
  const from = e.from ?? '';
  const to = e.to ?? '';
  switch (e.kind) {
    case 'acquired':
      return from ? say('status.acquired.from', { name: review.name, to, from }, locale) : say('status.acquired', { name: review.name, to }, locale);
    case 'renamed':
      return say('status.renamed', { from, to }, locale);
    case 'jurisdiction-moved':
      return say('status.jurisdiction', { name: review.name, from, to }, locale);
    case 'spun-off':
      return to ? say('status.spunOff.to', { name: review.name, from, to }, locale) : say('status.spunOff', { name: review.name, from }, locale);
    case 'retired':
      return say('status.retired', { name: review.name }, locale);
  }
}

/**
 * The review's changes of ownership and status, newest first.
 * @example statusItems(review) // [{ date: '2021-12', kind: 'acquired', text: 'Kape Technologies acquired ExpressVPN.', summary: '…', sources: ['kape-results'] }]
 */
export function statusItems(review: Pick<Review, 'name' | 'history'>, locale: Locale = 'en'): StatusItem[] {
  return [...(review.history ?? [])]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((e) => ({ date: e.date, kind: e.kind, text: sentenceOf(review, e, locale), summary: e.summary, sources: [...e.sources] }));
}

/**
 * The notice a retired app's page opens with, or null when the app is current.
 * @example retiredNotice(review)?.text // "Example was retired in May 2025: this review describes it as it was, not as an app to use today."
 */
export function retiredNotice(review: Pick<Review, 'name' | 'history'>, locale: Locale = 'en'): StatusNotice | null {
  const r = retirementOf(review);
  return r ? { date: r.date, text: say('status.retiredNotice', { name: review.name, when: when(r.date, locale) }, locale), sources: [...r.sources] } : null;
}

/** "on 3 May 2025", "in May 2025" or "in 2025" (in the page's language), from a full or partial date. */
function when(date: string, locale: Locale): string {
  const [y = '', m, d] = date.split('-');
  const month = m ? dateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(Number(y), Number(m) - 1, 1)) : undefined;
  if (d && month) return say('status.when.day', { day: Number(d), month, year: y }, locale);
  return month ? say('status.when.month', { month, year: y }, locale) : say('status.when.year', { year: y }, locale);
}
