/** Every address a review cites, with the field it sits in: source URLs, archived copies and audit reports. */
import type { Review } from '../../domain/review.ts';

export interface CitedUrl {
  path: (string | number)[];
  url: string;
  /** The source id, when the address belongs to a declared source. */
  source?: string;
}

export function citedUrls(review: Review): CitedUrl[] {
  const out: CitedUrl[] = [];
  for (const [id, s] of Object.entries(review.sources)) {
    out.push({ path: ['sources', id, 'url'], url: s.url, source: id });
    if (s.archived) out.push({ path: ['sources', id, 'archived', 'url'], url: s.archived.url, source: id });
  }
  const audits = review.app.audits;
  if ('value' in audits) audits.value.forEach((a, i) => out.push({ path: ['app', 'audits', 'value', i, 'url'], url: a.url }));
  return out;
}
