/**
 * The English catalogue: every sentence the site generates, in ICU
 * MessageFormat with named parameters. It is the source catalogue: the
 * German and French catalogues have exactly its keys and placeholders
 * (src/i18n/check.ts), and the narrative code never concatenates words of its own.
 */
export const en = {
  // The short answer
  'answer.unscored.none': 'We cannot say yet: the sources we read establish none of the facts our rubric scores, so {name} has no Safety Score.',
  'answer.unscored.some':
    'We cannot say yet: the sources we read establish only {percent, number}% of the facts our rubric scores, too few to give {name} a Safety Score.',
  'answer.e2ee.clean': 'Yes, for private conversations: your {content} are end-to-end encrypted by default, so not even {owner} can read them.',
  'answer.e2ee.unverified': 'Partly: your {content} are end-to-end encrypted by default, but we could not verify what weakens that protection.',
  'answer.e2ee.gaps': 'Mostly: your {content} are end-to-end encrypted by default, but that does not cover {gaps}.',
  'answer.e2ee.optIn': 'Not for private conversations unless you turn on end-to-end encryption: by default {owner} can read your {content}.',
  'answer.e2ee.none': 'Not for private conversations: {owner} can read your {content}.',
  'answer.tone.good': 'Yes, on the evidence we have. Its main strength: {finding}.',
  'answer.tone.mixed': 'With care. Its main concern: {finding}.',
  'answer.tone.bad': 'Not if privacy matters to you. Its main concern: {finding}.',
  'answer.tone.plain': 'On the evidence we have, {name} rates {label}.',
  'answer.score': '{name} scores {score, number}/10 ({label}) on our rubric.',
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
  'finding.collection.lot': 'Collects a lot of data about you ({count, plural, one {# data type} other {# data types}})',
  'finding.noTracking': "Does not use your data to track you across other companies' apps and websites",
  'finding.tracking':
    "Uses data to track you across other companies' apps and websites ({count, plural, one {# data type} other {# data types}} used to track you)",
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
  'faq.safe.score': '{name} earns {score, number} out of 10 ({label}) on our rubric.',
  'faq.safe.unscored':
    'We do not know yet: {unknown, number} of the facts we look for are unverified for {name}, so it has no Safety Score. The section "What we couldn\'t verify" lists them and why.',
  'faq.ads.third-party': 'As for ads: {owner} uses your data for third-party advertising.',
  'faq.ads.first-party': 'As for ads: {owner} uses your data for its own advertising.',
  'faq.ads.none': 'As for ads: {owner} does not use your data for advertising.',
  'faq.sells.yes': 'Yes: {owner} sells data about its users.',
  'faq.sells.no': 'No: {owner} does not sell your data.',
  'faq.safe.strength': 'Its strongest point: {finding}.',
  'faq.safe.concern': 'Its biggest concern: {finding}.',

  // How to protect yourself
  'protect.intro': 'Settings and habits that reduce the concerns above:',

  // Encryption
  'e2ee.default': '{subject} are end-to-end encrypted by default.',
  'e2ee.optIn': '{subject} are end-to-end encrypted only if you turn it on.',
  'e2ee.none': '{subject} are not end-to-end encrypted.',
  'subject.content': '{content}',
  'subject.groups': 'Group conversations',
  'subject.calls': 'Calls',
  'subject.backups': 'Backups',
  'subject.inList.groups': 'group conversations',
  'subject.inList.calls': 'calls',
  'subject.inList.backups': 'backups',
  'encryption.protocol': 'Protocol: {protocol}.',
  'encryption.inTransit.yes': 'Data is encrypted in transit.',
  'encryption.inTransit.no': 'Data is not encrypted in transit.',
  'encryption.atRest.endToEnd': 'Stored data is encrypted with keys only you hold.',
  'encryption.atRest.besidesE2ee': 'Data {owner} stores for you, other than end-to-end encrypted {content}, is encrypted with keys {owner} holds.',
  'encryption.atRest.providerKeys': 'Stored data is encrypted with keys {owner} holds.',
  'encryption.atRest.none': 'Stored data is not encrypted.',
  'encryption.forwardSecrecy.yes': 'It uses forward secrecy: a key stolen today cannot unlock past messages.',
  'encryption.forwardSecrecy.no': 'It does not use forward secrecy.',
  'encryption.client.yes': "The app's source code is public.",
  'encryption.client.partial': "Part of the app's source code is public.",
  'encryption.client.no': 'The app is closed source.',
  'encryption.exception': '{label}: {description}',

  // Data collection
  'data.unknown': 'We could not verify what data {name} collects: {why}',
  'data.nothing': '{name} collects no data about you.',
  'data.summary.count': '{name} collects {count, plural, one {# type} other {# types}} of data',
  'data.summary.linked': '{count, number} of them linked to your identity',
  'data.summary.tracking': '{count, number} used to track you',
  'data.summary.undetermined': "{count, number} for which the sources don't say whether it is used to track you",
  'data.summary.end': '{parts}.',
  'data.level': 'Its Data Collection rating is {level}.',
  'data.group.tracking.title': 'Data used to track you',
  'data.group.tracking.description': "May be combined with data from other companies' apps and websites to target or measure ads.",
  'data.group.maybeTracking.title': 'Data that may be used to track you',
  'data.group.maybeTracking.description': 'The sources do not say whether this data is used to track you, so we cannot rule it out.',
  'data.group.linked.title': 'Data linked to you',
  'data.group.linked.description': 'Tied to your identity through your account, phone number or device.',
  'data.group.maybeLinked.title': 'Data that may be linked to you',
  'data.group.maybeLinked.description': 'The sources do not say whether this data is tied to your identity.',
  'data.group.notLinked.title': 'Data not linked to you',
  'data.group.notLinked.description': 'Collected without being tied to your identity.',
  'data.why.tracking':
    'Data used to track you can be combined with what other companies know about you, to build an advertising profile that follows you across apps and websites.',
  'data.why.linked': 'Data linked to you can be handed over if {owner} is breached or legally compelled, and it identifies you.',
  'data.why.purposes': '{owner} says it uses this data for {purposes}.',
  'data.why.thirdParties': '{owner} also shares data with third parties (see below).',
  'data.comparison.counts':
    'Of the {total, plural, one {# other {singular}} other {# other {plural}}} we review with a known data list, {more, plural, one {# collects} other {# collect}} more types of data, {fewer, number} fewer and {same, number} the same number.',
  'data.comparison.median': 'The median for {plural} is {median, plural, one {# data type} other {# data types}}.',

  // Sharing
  'sharing.thirdParties.no': '{owner} does not share your data with third parties.',
  'sharing.thirdParties.serviceProviders': '{owner} shares data only with service providers that process it on its behalf.',
  'sharing.thirdParties.yes': '{owner} shares your data with third parties.',
  'sharing.parties': 'Data can go to: {parties}.',
  'sharing.sells.yes': '{owner} sells data about its users.',
  'sharing.sells.no': '{owner} does not sell your data.',
  'sharing.ads.none': '{owner} does not use your data for advertising.',
  'sharing.ads.first-party': '{owner} uses your data for its own advertising.',
  'sharing.ads.third-party': '{owner} uses your data for third-party advertising.',

  // FAQ questions and the answers not above
  'faq.q.safe': 'Is {name} safe to use in {year}?',
  'faq.q.data': 'What data does {name} collect about me?',
  'faq.q.sells': 'Does {name} sell my personal data?',
  'faq.q.e2ee': 'Is {name} end-to-end encrypted?',
  'faq.q.kids': 'Is {name} safe for kids?',
  'faq.q.alternatives': 'What are safer alternatives to {name}?',
  'faq.data.list': '{name} collects: {types}. Its Data Collection rating is {level}.',
  'faq.alternatives.item': '{name} ({score, number}/10)',
  'faq.alternatives.some': '{apps} {count, plural, one {scores} other {score}} higher among {plural}.',
  'faq.alternatives.none': 'None of the {plural} we review scores higher than {name}.',
  'faq.kids.minimumAge': "{name}'s terms require users to be at least {age, number}.",
  'faq.kids.noMinimumAge': "{name}'s terms set no minimum age.",

  // Safer alternatives
  'alternative.reason': '{dimension}: {level} ({score, number}/10) vs {ownLevel} ({ownScore, number}/10)',

  // Products
  'products.disclosure.affiliate':
    'Some of these links are affiliate links: we may earn a commission if you buy through them. Products never affect scores, ratings or alternatives.',
  'products.disclosure.none': 'We earn nothing from these links. Products never affect scores, ratings or alternatives.',

  // What we could not verify: a reader-facing name for each fact
  'fact.app.clientOpenSource': 'Whether the app is open source',
  'fact.app.serverOpenSource': 'Whether the server is open source',
  'fact.app.audits': 'Independent security audits',
  'fact.app.accountRequires': 'What an account requires',
  'fact.app.minimumAge': 'Minimum age',
  'fact.app.childrenOffering': 'What the app offers for children',
  'fact.dataCollected': 'What data the app collects',
  'fact.encryption.inTransit': 'Encryption in transit',
  'fact.encryption.atRest': 'Encryption of stored data',
  'fact.encryption.e2ee.content': 'End-to-end encryption of content',
  'fact.encryption.e2ee.groups': 'End-to-end encryption of groups',
  'fact.encryption.e2ee.calls': 'End-to-end encryption of calls',
  'fact.encryption.e2ee.backups': 'End-to-end encryption of backups',
  'fact.encryption.protocol': 'Encryption protocol',
  'fact.encryption.forwardSecrecy': 'Forward secrecy',
  'fact.encryption.exceptions': 'What weakens the encryption',
  'fact.sharing.thirdParties': 'Sharing with third parties',
  'fact.sharing.sellsData': 'Whether it sells data',
  'fact.sharing.advertising': 'Use of data for advertising',
  'fact.sharing.parties': 'Who receives data',

  // What an encryption exception leaves uncovered, as a noun phrase ("…does not cover {gaps}")
  'gap.sms-fallback': 'messages that fall back to SMS',
  'gap.provider-readable-backups': 'cloud backups, whose keys the provider holds',
  'gap.opt-in-only': 'conversations where you have not turned it on',
  'gap.reported-content-readable': 'messages someone reports',
  'gap.business-or-ai-chats': 'chats with businesses or AI features',
  'gap.non-e2ee-features': 'features outside end-to-end encryption',
  'gap.no-encryption-at-rest-by-default': 'content stored with the provider',

  // The page frame (src/web/views/layout.tsx)
  'ui.skip': 'Skip to content',
  'ui.search.label': 'Search apps',
  'ui.search.region': 'Search apps (site header)',
  'ui.search.button': 'Search',
  'ui.nav.region': 'Site',
  'ui.nav.apps': 'All apps',
  'ui.nav.compare': 'Compare',
  'ui.nav.methodology': 'Methodology',
  'ui.nav.about': 'About',
  'ui.language.region': 'Language',
  'ui.footer.before': 'PrivacyDefend rates apps from sourced facts with a',
  'ui.footer.rubric': 'published rubric',
  'ui.footer.after': '. The data is open (CC BY 4.0). This site sets no cookies and loads nothing from third parties.',
  'ui.footer.downloads': 'Download the data',
  'ui.footer.api': 'API',
  'ui.footer.feed': 'Updates (Atom feed)',
  'ui.footer.about': 'About and funding',
  'ui.suggest': 'This page is also available in English.',
  'ui.freeText': '(in English)',
} as const;
