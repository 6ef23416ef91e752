/**
 * Ownership and status: the dated changes a review records (acquisitions,
 * renamings, moves of jurisdiction, spin-offs, retirement), each as one
 * sentence from the message catalogue with its sources, and the notice a
 * retired app's page opens with.
 */
import { retirementOf, type Review, type StatusEvent } from '../domain/review.ts';
import type { StatusItem, StatusNotice } from './model.ts';
import { say } from './messages.ts';

function sentenceOf(review: Pick<Review, 'name'>, e: StatusEvent): string {
  const from = e.from ?? '';
  const to = e.to ?? '';
  switch (e.kind) {
    case 'acquired':
      return from ? say('status.acquired.from', { name: review.name, to, from }) : say('status.acquired', { name: review.name, to });
    case 'renamed':
      return say('status.renamed', { from, to });
    case 'jurisdiction-moved':
      return say('status.jurisdiction', { name: review.name, from, to });
    case 'spun-off':
      return to ? say('status.spunOff.to', { name: review.name, from, to }) : say('status.spunOff', { name: review.name, from });
    case 'retired':
      return say('status.retired', { name: review.name });
  }
}

/**
 * The review's changes of ownership and status, newest first.
 * @example statusItems(review) // [{ date: '2021-12', kind: 'acquired', text: 'Kape Technologies acquired ExpressVPN.', summary: '…', sources: ['kape-results'] }]
 */
export function statusItems(review: Pick<Review, 'name' | 'history'>): StatusItem[] {
  return [...(review.history ?? [])]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((e) => ({ date: e.date, kind: e.kind, text: sentenceOf(review, e), summary: e.summary, sources: [...e.sources] }));
}

/**
 * The notice a retired app's page opens with, or null when the app is current.
 * @example retiredNotice(review)?.text // "Example was retired in May 2025: this review describes it as it was, not as an app to use today."
 */
export function retiredNotice(review: Pick<Review, 'name' | 'history'>): StatusNotice | null {
  const r = retirementOf(review);
  return r ? { date: r.date, text: say('status.retiredNotice', { name: review.name, when: when(r.date) }), sources: [...r.sources] } : null;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "on 3 May 2025", "in May 2025" or "in 2025", from a full or partial date. */
function when(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return say('status.when.day', { day: Number(d), month, year: y ?? '' });
  return say('status.when.period', { period: month ? `${month} ${y}` : (y ?? '') });
}
