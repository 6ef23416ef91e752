/**
 * Every consistency rule, in the order findings are reported. Add a rule here
 * and it runs everywhere: `privacydefend check`, import, and any editor that
 * calls checkDataset or checkReview.
 */
import type { Rule, Severity } from './model.ts';
import { factSources } from './rules/fact-sources.ts';
import { sourceUnused } from './rules/source-unused.ts';
import { sourceUrl } from './rules/source-url.ts';
import { sourceHostDenied } from './rules/source-host-denied.ts';
import { sourceHostUnclassified } from './rules/source-host-unclassified.ts';
import { sourceArchivedCopy } from './rules/source-archived-copy.ts';
import { coreFactSource } from './rules/core-fact-source.ts';
import { coreFactStale } from './rules/core-fact-stale.ts';
import { futureDate } from './rules/future-date.ts';
import { reviewStale } from './rules/review-stale.ts';
import { reviewExpired } from './rules/review-expired.ts';
import { editorialClaims } from './rules/editorial-claims.ts';
import { unknownReference } from './rules/unknown-reference.ts';
import { duplicateId } from './rules/duplicate-id.ts';
import { staleScore } from './rules/stale-score.ts';
import { pageEmptySection } from './rules/page-empty-section.ts';
import { pageDanglingIntro } from './rules/page-dangling-intro.ts';
import { pageFaqUnanswered } from './rules/page-faq-unanswered.ts';
import { pagePlaceholderText } from './rules/page-placeholder-text.ts';
import { pageFindingSide } from './rules/page-finding-side.ts';
import { pageContradictedClaim } from './rules/page-contradicted-claim.ts';
import { pageSaferAlternatives } from './rules/page-safer-alternatives.ts';
import { pageInternalLinks } from './rules/page-internal-links.ts';
import { pageProducts } from './rules/page-products.ts';
import { e2eeExceptionsAgree } from './rules/e2ee-exceptions-agree.ts';
import { sharingAgrees } from './rules/sharing-agrees.ts';
import { backupsAgree } from './rules/backups-agree.ts';
import { sourceDates } from './rules/source-dates.ts';
import { duplicateException } from './rules/duplicate-exception.ts';
import { blankText } from './rules/blank-text.ts';
import { productConcerns } from './rules/product-concerns.ts';
import { rubricVersion } from './rules/rubric-version.ts';
import { pageFactBothSides, pageRepeated } from './rules/page-repeated.ts';
import { editorialComparisons } from './rules/editorial-comparisons.ts';
import { pageLabelNumber } from './rules/page-label-number.ts';
import { pageInternalId } from './rules/page-internal-id.ts';
import { sharedPolicy } from './rules/shared-policy.ts';
import { settingAdvice } from './rules/setting-advice.ts';
import { storeLinks } from './rules/store-links.ts';

export const rules: readonly Rule[] = [
  factSources,
  sourceUnused,
  sourceUrl,
  sourceHostDenied,
  sourceHostUnclassified,
  sourceArchivedCopy,
  coreFactSource,
  coreFactStale,
  futureDate,
  reviewStale,
  reviewExpired,
  editorialClaims,
  editorialComparisons,
  unknownReference,
  duplicateId,
  staleScore,
  e2eeExceptionsAgree,
  sharingAgrees,
  backupsAgree,
  sharedPolicy,
  settingAdvice,
  storeLinks,
  sourceDates,
  duplicateException,
  blankText,
  productConcerns,
  rubricVersion,
  pageEmptySection,
  pageDanglingIntro,
  pageFaqUnanswered,
  pagePlaceholderText,
  pageFindingSide,
  pageContradictedClaim,
  pageSaferAlternatives,
  pageInternalLinks,
  pageProducts,
  pageRepeated,
  pageFactBothSides,
  pageLabelNumber,
  pageInternalId,
];

/** Reported by the runner itself rather than by a rule function. */
export const PAGE_RENDERS = {
  id: 'page-renders',
  severity: 'error',
  description: 'the review page can be built and rendered (so the page rules can run)',
} as const;

/** Every rule id with its severity and description, for `check --list-rules`. */
export function ruleList(): { id: string; severity: Severity; scope: string; description: string }[] {
  return [...rules.map((r) => ({ id: r.id, severity: r.severity, scope: r.scope, description: r.description })), { ...PAGE_RENDERS, scope: 'page' }];
}
