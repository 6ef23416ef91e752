/**
 * Which findings are strengths and which are concerns, by id and by wording:
 * the vocabulary page-finding-side judges the What's Good and Concerns lists with.
 */
import { affirms } from '../text.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Say } from '../model.ts';
import { say } from '../say.ts';

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
  /** What the wording says, as findings name it (src/i18n/messages/checks/). */
  label: MessageKey;
}

const phrase = (pattern: RegExp, label: MessageKey, affirmed = false): Phrase => ({ pattern, affirmed, label });

/** Wording that praises: never under Concerns. */
export const POSITIVE_PHRASES: Phrase[] = [
  phrase(/\blow data collection\b/i, 'check.phrase.lowDataCollection'),
  phrase(/\bcollects (?:little|no) data\b/i, 'check.phrase.littleData'),
  phrase(/\bstrong encryption\b/i, 'check.phrase.strongEncryption'),
  phrase(/\bgood privacy controls\b/i, 'check.phrase.goodControls'),
  phrase(/\bopen[- ]source\b/i, 'check.phrase.openSource', true),
  phrase(/\baudited\b/i, 'check.phrase.audited', true),
  phrase(/\bend-to-end encrypted by default\b/i, 'check.phrase.e2eeByDefault', true),
  phrase(/\bdoes not (?:sell|share)\b/i, 'check.phrase.noSellingOrSharing'),
  phrase(/\bno tracking\b|\bdoes not use your data to track\b/i, 'check.phrase.noTracking'),
  phrase(/\buses forward secrecy\b/i, 'check.phrase.forwardSecrecy', true),
];

/** Wording that warns: never under What's Good. */
export const NEGATIVE_PHRASES: Phrase[] = [
  phrase(/\bclosed[- ]source\b/i, 'check.phrase.closedSource'),
  phrase(/\bnot end-to-end\b|\bnot encrypted\b|\bweak encryption\b/i, 'check.phrase.weakEncryption'),
  phrase(/\bcollects a lot\b|\bhigh data collection\b/i, 'check.phrase.highDataCollection'),
  phrase(/\bsells\b/i, 'check.phrase.sellsData', true),
  phrase(/\bshares (?:your )?data with third parties\b/i, 'check.phrase.thirdPartySharing', true),
  phrase(/\buses your data for (?:third-party |its own )?advertising\b/i, 'check.phrase.advertising', true),
  phrase(/\btracks? you\b/i, 'check.phrase.tracking', true),
  phrase(/\bno two-factor\b|\bpoor privacy controls\b/i, 'check.phrase.weakProtection'),
];

/** The label of the first phrase in `list` that `text` uses, as a message, or undefined. */
export function phraseIn(text: string, list: readonly Phrase[]): Say | undefined {
  const found = list.find((p) => (p.affirmed ? affirms(text, p.pattern) : p.pattern.test(text)));
  return found ? say(found.label) : undefined;
}
