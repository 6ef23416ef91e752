/** How fact values read in running text and tables. One place decides it. */
const valueWords: Record<string, string> = {
  true: 'yes',
  false: 'no',
  default: 'on by default',
  'opt-in': 'opt-in',
  none: 'none',
  'not-applicable': 'not applicable',
  'end-to-end': 'end-to-end encrypted',
  'provider-keys': 'encrypted with keys the provider holds',
  'service-providers-only': 'only with service providers',
  'first-party': "for the company's own ads",
  'third-party': 'for third-party ads',
  partial: 'partly',
  yes: 'yes',
  no: 'no',
  nothing: 'nothing',
  email: 'an email address',
  'phone-number': 'a phone number',
  'email-or-phone-number': 'an email address or phone number',
  'platform-account': 'a platform account (such as an Apple or Google account)',
  username: 'a username',
};

/**
 * A fact's value in words.
 * @example valueInWords('provider-keys') // "encrypted with keys the provider holds"
 */
export function valueInWords(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueInWords).join(', ');
  const key = String(value);
  return valueWords[key] ?? key;
}

/**
 * A value as catalogue material, so that each language writes it in its own
 * words: a message key of src/i18n's catalogues (`value.opt-in`,
 * `value.dataCost`) with its parameters, and, for a list, its items (taxonomy
 * ids, which a page writes as their labels, or names). `valueInWords` is the
 * same value in English.
 */
export interface ValueWords {
  key: string;
  params?: Record<string, string | number>;
  list?: string[];
}

/**
 * A fact's value as catalogue material (see ValueWords).
 * @example valueWordsOf('opt-in') // { key: 'value.opt-in' }; valueWordsOf(['sms-fallback']) // { key: 'value.list', list: ['sms-fallback'] }
 */
export function valueWordsOf(value: unknown): ValueWords {
  if (Array.isArray(value)) return value.length === 0 ? { key: 'value.none' } : { key: 'value.list', list: value.map((v) => String(v)) };
  return { key: `value.${String(value)}` };
}
