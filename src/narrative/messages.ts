/**
 * The message catalogue: every English sentence the narrative writes, with
 * named parameters in braces. A translation supplies the same keys; the
 * narrative code never concatenates words of its own.
 */

export const en = {
  // The short answer
  'answer.unscored.none': 'We cannot say yet: the sources we read establish none of the facts our rubric scores, so {name} has no Safety Score.',
  'answer.unscored.some':
    'We cannot say yet: the sources we read establish only {percent}% of the facts our rubric scores, too few to give {name} a Safety Score.',
  'answer.e2ee.clean': 'Yes, for private conversations: your {content} are end-to-end encrypted by default, so not even {owner} can read them.',
  'answer.e2ee.unverified': '{lead} your {content} are end-to-end encrypted by default, but we could not verify what weakens that protection.',
  'answer.e2ee.gaps': 'Mostly: your {content} are end-to-end encrypted by default, but that does not cover {gaps}.',
  'answer.e2ee.optIn': 'Not for private conversations unless you turn on end-to-end encryption: by default {owner} can read your {content}.',
  'answer.e2ee.none': 'Not for private conversations: {owner} can read your {content}.',
  'answer.tone.good': 'Yes, on the evidence we have. Its main strength: {finding}.',
  'answer.tone.mixed': 'With care. Its main concern: {finding}.',
  'answer.tone.bad': 'Not if privacy matters to you. Its main concern: {finding}.',
  'answer.tone.plain': 'On the evidence we have, {name} rates {label}.',
  'answer.score': '{name} scores {score}/10 ({label}) on our rubric.',
  'answer.sells': '{owner} sells data about its users.',
  'answer.ads.third': '{owner} uses your data for third-party advertising.',
  'answer.ads.first': '{owner} uses your data for its own advertising.',
  'answer.ads.none': '{owner} does not sell your data or use it for advertising.',

  // What this means for you
  'means.readable.network': 'Your {content} travel unencrypted and can be read on the network.',
  'means.readable.provider': 'Your connection to {owner} is encrypted, but {owner} itself can see your {content}.',
  'means.unknown': 'We could not verify whether your {content} are end-to-end encrypted, so assume {owner} can read them.',
  'means.clean': 'Only you and the people you share them with can read your {content}: not even {owner} can.',
  'means.gaps': 'End-to-end encryption keeps {owner} from reading your {content} on the way, but it does not cover {gaps}.',
  'means.unverified': 'End-to-end encryption keeps {owner} from reading your {content} on the way, but we could not verify what weakens it.',
  'means.optIn': 'Unless you turn on end-to-end encryption, {owner} can read your {content}.',
  'means.none': '{owner} can read your {content}.',

  // Findings that merge several facts about one feature
  'finding.backups.optIn.control.readable': 'End-to-end encrypted backups exist but are off by default: until you turn them on, {owner} can read your backups',
  'finding.backups.optIn.control': 'End-to-end encrypted backups exist but are off by default',
  'finding.backups.optIn.readable': 'Backups are end-to-end encrypted only if you turn it on: until you do, {owner} can read them',
  'finding.backups.optIn': 'Backups are end-to-end encrypted only if you turn it on',
  'finding.backups.none': 'Backups are not end-to-end encrypted, and no setting makes them so',
  'finding.backups.readable': 'Cloud backups are stored with keys {owner} holds, so {owner} can read them',
  'finding.content.optIn': '{content} are end-to-end encrypted only if you turn it on: until you do, {owner} stores them with keys it holds and can read them',
  'finding.content.optInNoStore': '{content} are end-to-end encrypted only if you turn it on: until you do, {owner} can read them',
  'finding.content.none': '{content} are not end-to-end encrypted: {owner} stores them with keys it holds and can read them',
  'finding.stored.besidesE2ee':
    'Data {owner} stores for you, other than end-to-end encrypted {content}, is encrypted with keys {owner} holds, so {owner} can read it',
  'finding.stored.providerKeys': 'Stored content is encrypted with keys {owner} holds, so {owner} can read it',
  'finding.sharing.parties': 'Shares your data with third parties, including {parties}',
  'finding.parties': 'Data goes to {parties}',
  'finding.e2ee.merged': '{subjects} are end-to-end encrypted by default',
  'finding.controls.good': 'Good privacy controls: {controls}',
  'finding.controls.missing': 'Missing privacy controls: {controls}',
  'finding.exception': '{label}: {what}',
  'finding.twoFactor.missing': 'No two-factor authentication to protect your account',
  'finding.phone': 'You need a phone number to sign up, which ties your account to your identity',
  'finding.noAccount': 'Works without an account, phone number or email address',
  'finding.controversy': 'Unresolved: {title} ({date})',
  'finding.collection.nothing': 'Collects no data about you',
  'finding.collection.little': 'Collects little data about you',
  'finding.collection.lot': 'Collects a lot of data about you ({value})',
  'finding.noTracking': "Does not use your data to track you across other companies' apps and websites",
  'finding.tracking': "Uses data to track you across other companies' apps and websites ({value})",
  'finding.audited': 'Independently audited: {who}',
  'finding.noAudit': 'No published independent security audit in the last five years',
  'finding.groups.optIn': 'Group conversations are end-to-end encrypted only if you turn it on',
  'finding.calls.optIn': 'Calls are end-to-end encrypted only if you turn it on',
  'finding.serviceProviders': '{owner} shares data only with service providers acting on its behalf',
  'finding.ads.first': '{owner} uses your data for its own advertising',
  'finding.partlyOpen': "Only part of the app's source code is public",

  // Data collection
  'data.comparison.explainLow':
    'The Data Collection rating weighs each type by how sensitive it is and whether it is linked to you, not by how many types there are: {name} collects more types than most {plural}, but they weigh little, so it rates {level}.',
  'data.comparison.explainHigh':
    'The Data Collection rating weighs each type by how sensitive it is and whether it is linked to you, not by how many types there are: {name} collects fewer types than most {plural}, but they weigh more, so it rates {level}.',

  // The FAQ
  'faq.safe.score': '{name} earns {score} out of 10 ({label}) on our rubric.',
  'faq.safe.unscored':
    'We do not know yet: {unknown} of the facts we look for are unverified for {name}, so it has no Safety Score. The section "What we couldn\'t verify" lists them and why.',
  'faq.ads.third-party': 'As for ads: {owner} uses your data for third-party advertising.',
  'faq.ads.first-party': 'As for ads: {owner} uses your data for its own advertising.',
  'faq.ads.none': 'As for ads: {owner} does not use your data for advertising.',
  'faq.sells.yes': 'Yes: {owner} sells data about its users.',
  'faq.sells.no': 'No: {owner} does not sell your data.',
  'faq.safe.strength': 'Its strongest point: {finding}.',
  'faq.safe.concern': 'Its biggest concern: {finding}.',

  // What we couldn't verify
  'unknown.tracking.label': "Whether the data collected is used to track you across other companies' apps and websites",
  'unknown.tracking.why': 'The sources we read list what is collected but do not say whether these are used to track you: {types}.',

  // Ownership and status
  'status.acquired': '{to} acquired {name}.',
  'status.acquired.from': '{to} acquired {name} from {from}.',
  'status.renamed': '{from} was renamed {to}.',
  'status.jurisdiction': '{name} moved from {from} to {to}.',
  'status.spunOff': '{name} was spun off from {from}.',
  'status.spunOff.to': '{name} was spun off from {from} as {to}.',
  'status.retired': '{name} was retired.',
  'status.retiredNotice': '{name} was retired {when}: this review describes it as it was, not as an app to use today.',
  'status.when.day': 'on {day} {month} {year}',
  'status.when.period': 'in {period}',

  // How to protect yourself
  'protect.intro': 'Settings and habits that reduce the concerns above:',
  // …naming the app's own setting (review.settings); {where} is "" or " (Settings > …)"
  'protect.setting.turn-on-encrypted-backups': 'Turn on {setting}{where} for {name}: until you do, your backups are not end-to-end encrypted.',
  'protect.setting.use-end-to-end-encrypted-chats': 'Turn on {setting}{where} for {name}: until you do, {owner} can read your {content}.',
  'protect.setting.use-end-to-end-encrypted-chats.feature':
    'Use {setting}{where} in {name} for every conversation you want to keep private: {content} elsewhere are not end-to-end encrypted, so {owner} can read them.',
  'protect.setting.turn-off-ad-personalisation': 'Turn off ad personalisation for your {name} account in {setting}{where}.',
  'protect.setting.turn-off-telemetry': 'Turn off {setting}{where} in {name} to send less data about how you use it.',
  'protect.setting.hide-phone-number': 'In {name}, use the {setting} settings{where} to choose who can see your number and who can find you by it.',
  'protect.setting.avoid-sms-fallback':
    'Turn off {setting}{where} in {name}, so that a message that cannot be sent end-to-end encrypted is not sent as SMS instead.',
  'protect.setting.use-disappearing-messages': 'Turn on {setting}{where} in {name} for sensitive conversations, so fewer copies are kept.',
  'protect.where': ' ({where})',
} as const;

export type MessageKey = keyof typeof en;

/**
 * The catalogue's sentence for `key` with its parameters filled in. A missing
 * parameter is a programmer error and throws.
 * @example say('answer.score', { name: 'Signal', score: '8.7', label: 'Excellent' })
 */
export function say(key: MessageKey, params: Record<string, string | number> = {}, catalogue: Record<MessageKey, string> = en): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`message "${key}" needs the parameter "${name}"`);
    return String(v);
  });
}

/**
 * What each encryption exception kind leaves uncovered, as a noun phrase
 * ("…does not cover {gaps}"). A kind added to the taxonomy without a phrase
 * here is named by its label.
 */
export const exceptionGaps: Record<string, string> = {
  'sms-fallback': 'messages that fall back to SMS',
  'provider-readable-backups': 'cloud backups, whose keys the provider holds',
  'opt-in-only': 'conversations where you have not turned it on',
  'reported-content-readable': 'messages someone reports',
  'business-or-ai-chats': 'chats with businesses or AI features',
  'non-e2ee-features': 'features outside end-to-end encryption',
  'no-encryption-at-rest-by-default': 'content stored with the provider',
};
