/**
 * Which findings are strengths and which are concerns, by id and by wording:
 * the vocabulary page-finding-side judges the What's Good and Concerns lists with.
 */
import { affirms } from '../text.ts';

/** Finding ids (src/narrative/findings.ts) that are always strengths. */
export const POSITIVE_FINDINGS = new Set([
  'encrypted-in-transit',
  'e2ee',
  'e2ee-groups',
  'e2ee-calls',
  'e2ee-backups',
  'zero-access-storage',
  'forward-secrecy',
  'open-source',
  'no-third-party-sharing',
  'does-not-sell',
  'no-advertising',
  'low-data-collection',
  'no-tracking',
  'audited',
  'good-controls',
  'no-account-needed',
]);

/** Finding ids that are always concerns (encryption exception kinds are concerns too). */
export const NEGATIVE_FINDINGS = new Set([
  'not-encrypted-in-transit',
  'no-e2ee',
  'no-e2ee-groups',
  'no-e2ee-calls',
  'provider-readable-backups',
  'provider-can-read-stored',
  'no-forward-secrecy',
  'closed-source',
  'partly-open-source',
  'third-party-sharing',
  'sells-data',
  'advertising',
  'data-collection',
  'tracking',
  'no-audit',
  'concerning-parties',
  'missing-controls',
  'account-security',
  'phone-number-required',
  'unresolved-controversy',
]);

interface Phrase {
  pattern: RegExp;
  /** When true the phrase counts only if not negated ("open source" but not "not open source"). */
  affirmed: boolean;
  label: string;
}

const phrase = (pattern: RegExp, label: string, affirmed = false): Phrase => ({ pattern, affirmed, label });

/** Wording that praises: never under Concerns. */
export const POSITIVE_PHRASES: Phrase[] = [
  phrase(/\blow data collection\b/i, 'low data collection'),
  phrase(/\bcollects (?:little|no) data\b/i, 'collects little or no data'),
  phrase(/\bstrong encryption\b/i, 'strong encryption'),
  phrase(/\bgood privacy controls\b/i, 'good privacy controls'),
  phrase(/\bopen[- ]source\b/i, 'open source', true),
  phrase(/\baudited\b/i, 'audited', true),
  phrase(/\bend-to-end encrypted by default\b/i, 'end-to-end encrypted by default', true),
  phrase(/\bdoes not (?:sell|share)\b/i, 'does not sell or share'),
  phrase(/\bno tracking\b|\bdoes not use your data to track\b/i, 'no tracking'),
  phrase(/\buses forward secrecy\b/i, 'forward secrecy', true),
];

/** Wording that warns: never under What's Good. */
export const NEGATIVE_PHRASES: Phrase[] = [
  phrase(/\bclosed[- ]source\b/i, 'closed source'),
  phrase(/\bnot end-to-end\b|\bnot encrypted\b|\bweak encryption\b/i, 'weak or no encryption'),
  phrase(/\bcollects a lot\b|\bhigh data collection\b/i, 'high data collection'),
  phrase(/\bsells\b/i, 'sells data', true),
  phrase(/\bshares (?:your )?data with third parties\b/i, 'third-party sharing', true),
  phrase(/\buses your data for (?:third-party |its own )?advertising\b/i, 'advertising', true),
  phrase(/\btracks? you\b/i, 'tracking', true),
  phrase(/\bno two-factor\b|\bpoor privacy controls\b/i, 'weak account protection or controls'),
];

/** The label of the first phrase in `list` that `text` uses, or undefined. */
export function phraseIn(text: string, list: readonly Phrase[]): string | undefined {
  return list.find((p) => (p.affirmed ? affirms(text, p.pattern) : p.pattern.test(text)))?.label;
}
