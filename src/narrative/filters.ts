/**
 * The yes/no questions apps can be filtered on, each read from one or more
 * facts: the API's filters (?e2ee_default=true) and the category pages'
 * checkboxes (?has=e2ee) are both these questions.
 * A question whose facts are unknown has no answer, so the app matches
 * neither `=true` nor `=false`: unknown never passes for good (or bad).
 */
import { valueOf, tracksYou, type Review } from '../domain/review.ts';

export interface FactFilter {
  description: string;
  /** The answer for a review, or undefined when the facts are unknown. */
  answer(review: Review): boolean | undefined;
}

const known = <T>(v: T | undefined, f: (v: T) => boolean | undefined): boolean | undefined => (v === undefined ? undefined : f(v));

export const factFilters = {
  e2ee_default: {
    description: 'the main content (messages, emails, files...) is end-to-end encrypted by default',
    answer: (r) => known(valueOf(r.encryption.e2ee.content), (v) => v === 'default'),
  },
  open_source: {
    description: 'the app (client) is fully open source',
    answer: (r) => known(valueOf(r.app.clientOpenSource), (v) => v === 'yes'),
  },
  open_source_server: {
    description: 'the server is fully open source',
    answer: (r) => known(valueOf(r.app.serverOpenSource), (v) => (v === 'not-applicable' ? undefined : v === 'yes')),
  },
  audited: {
    description: 'at least one independent security audit is recorded',
    answer: (r) => known(valueOf(r.app.audits), (v) => v.length > 0),
  },
  no_phone_number: {
    description: 'you can sign up without giving a phone number',
    answer: (r) => known(valueOf(r.app.accountRequires), (v) => v !== 'phone-number'),
  },
  no_account: {
    description: 'the app works without any account',
    answer: (r) => known(valueOf(r.app.accountRequires), (v) => v === 'nothing'),
  },
  sells_data: {
    description: 'the company sells personal data',
    answer: (r) => valueOf(r.sharing.sellsData),
  },
  third_party_sharing: {
    description: 'data is shared with third parties beyond service providers',
    answer: (r) => known(valueOf(r.sharing.thirdParties), (v) => v === 'yes'),
  },
  ads: {
    description: "data is used for advertising (the company's own or third parties')",
    answer: (r) => known(valueOf(r.sharing.advertising), (v) => v !== 'none'),
  },
  tracking: {
    description: "some collected data is used to track you across other companies' apps and sites",
    answer: (r) => tracksYou(r.dataCollected),
  },
  forward_secrecy: {
    description: 'the encryption protocol has forward secrecy',
    answer: (r) => known(valueOf(r.encryption.forwardSecrecy), (v) => (v === 'not-applicable' ? undefined : v)),
  },
  controversies: {
    description: 'at least one privacy controversy is recorded',
    answer: (r) => r.controversies.length > 0,
  },
} satisfies Record<string, FactFilter>;

export type FactFilterName = keyof typeof factFilters;
export const factFilterNames = Object.keys(factFilters).filter((k): k is FactFilterName => k in factFilters);

/**
 * Whether a review passes every requested yes/no filter.
 * @example matchesFactFilters(review, { e2ee_default: true, sells_data: false })
 */
export function matchesFactFilters(review: Review, wanted: Partial<Record<FactFilterName, boolean>>): boolean {
  return factFilterNames.every((name) => {
    const want = wanted[name];
    if (want === undefined) return true;
    return factFilters[name].answer(review) === want;
  });
}

/** A checkbox on a category page: one of the questions above with the answer that counts as good. */
export interface ReaderFilter {
  /** The value of `has` in the page's URL. */
  id: string;
  label: string;
  question: FactFilterName;
  want: boolean;
}

/** The category pages' filters, in the order the form shows them. */
export const readerFilters: readonly ReaderFilter[] = [
  { id: 'e2ee', label: 'End-to-end encrypted by default', question: 'e2ee_default', want: true },
  { id: 'open-source', label: 'Open-source app', question: 'open_source', want: true },
  { id: 'no-phone', label: 'No phone number needed', question: 'no_phone_number', want: true },
  { id: 'no-selling', label: "Doesn't sell your data", question: 'sells_data', want: false },
  { id: 'no-tracking', label: "Doesn't track you", question: 'tracking', want: false },
];

/**
 * Whether a review passes a reader filter; an unknown answer never passes.
 * @example passesReaderFilter(review, readerFilters[0])
 */
export function passesReaderFilter(review: Review, filter: ReaderFilter): boolean {
  return factFilters[filter.question].answer(review) === filter.want;
}
