/**
 * Claims prose can make about an app, and whether the recorded facts support
 * them. Shared by the rule on editorial text (notes, controversy summaries,
 * FAQ answers) and the rule on rendered pages, so both judge a sentence alike.
 */
import { isKnown, type Review, type Fact } from '../domain/review.ts';
import type { Taxonomy } from '../domain/catalog.ts';
import { affirms } from './text.ts';
import type { Say, SayParam } from './model.ts';
import { say, sayText } from './say.ts';

export interface Contradiction {
  /** Which claim: "open-source", "audited", "e2ee-by-default", "provider-cannot-read", "no-sharing", "sharing", "no-selling", "selling", "no-advertising", "advertising". */
  claim: string;
  /** Why the facts contradict it, naming the fact (in English: the English rendering of `because`). */
  why: string;
  /** The same reason as a catalogue message, for the finding's `say`. */
  because: Say;
}

/** A contradiction of `claim`, for the reason the catalogue message `key` gives. */
function against(claim: string, key: Say['key'], params: Record<string, SayParam> = {}): Contradiction {
  const because = say(key, params);
  return { claim, why: sayText(because, 'en'), because };
}

const UNKNOWN = (fact: string) => ({ fact });

type Detector = (sentence: string, review: Review, taxonomy: Taxonomy) => Contradiction | null;

/** A sentence that reports what someone says rather than claiming it. */
const hedged = (s: string) => HEDGED.test(s) || /["“][^"”]+["”]/.test(s);
const HEDGED = /\b(?:says?|said|claims?|claimed|states?|stated|according to|we could not (?:verify|check))\b/i;

function shown(f: Fact<unknown>): SayParam {
  return isKnown(f) ? JSON.stringify(f.value) : say('check.unknown');
}

const openSource: Detector = (s, r) => {
  const m = /\bopen[- ]source(?:d)?\b|\bsource code is (?:public|published|available)\b/i.exec(s);
  if (!m || !affirms(s, /\bopen[- ]source(?:d)?\b|\bsource code is (?:public|published|available)\b/i)) return null;
  // "the open-source Signal Protocol" speaks of a component, not of the app
  if (/^\W*(?:\w+\W+)?(?:protocol|librar|server|encryption|cryptograph)/i.test(s.slice(m.index + m[0].length))) return null;
  const f = r.app.clientOpenSource;
  // an unknown fact supports no claim, unless the sentence attributes it ("X says it is open source, but we could not check")
  if (!isKnown(f)) return hedged(s) ? null : against('open-source', 'check.claim.unknown', UNKNOWN('app.clientOpenSource'));
  if (f.value === 'no') return against('open-source', 'check.claim.closedSource');
  if (f.value === 'partial' && /\b(?:fully|completely|entirely|100%)\s+open[- ]source/i.test(s))
    return against('open-source', 'check.claim.isValue', { fact: 'app.clientOpenSource', value: 'partial' });
  return null;
};

const audited: Detector = (s, r) => {
  if (!affirms(s, /\baudited\b/i)) return null;
  const f = r.app.audits;
  if (!isKnown(f)) return hedged(s) ? null : against('audited', 'check.claim.unknown', UNKNOWN('app.audits'));
  if (f.value.length === 0) return against('audited', 'check.claim.noAudit');
  return null;
};

const E2EE_DEFAULT =
  /\b(?:end-to-end encrypted|end-to-end encryption(?: is)?(?: on| enabled)?|e2ee)(?: \([^)]*\))? by default\b|\bby default\b,? (?:[\w-]+ ){0,4}(?:are|is) end-to-end encrypted\b|\b(?:all|every|everything)\b(?: [\w-]+){0,4} (?:are|is|gets?) (?:always )?end-to-end encrypted\b|\b(?:always|automatically) end-to-end encrypted\b/i;

const e2eeByDefault: Detector = (s, r) => {
  const m = E2EE_DEFAULT.exec(s);
  if (!m || !affirms(s, E2EE_DEFAULT)) return null;
  // the subject comes before the claim: "Messages are ... by default, but backups are not"
  const subject = s.slice(0, m.index + m[0].length);
  const subjects: (keyof Review['encryption']['e2ee'])[] = [];
  if (/\bgroups?\b/i.test(subject)) subjects.push('groups');
  if (/\bcalls?\b/i.test(subject)) subjects.push('calls');
  if (/\bbackups?\b/i.test(subject)) subjects.push('backups');
  if (subjects.length === 0) subjects.push('content');
  // "everything is always end-to-end encrypted" speaks of every kind of content the app handles
  if (/\b(?:everything|always|all (?:your )?(?:data|content|conversations|communications))\b/i.test(m[0])) {
    for (const key of ['content', 'groups', 'calls', 'backups'] as const) {
      const f = r.encryption.e2ee[key];
      if (!subjects.includes(key) && !(isKnown(f) && f.value === 'not-applicable')) subjects.push(key);
    }
  }
  for (const key of subjects) {
    const own = r.encryption.e2ee[key];
    // where calls are the content (video-call apps) the calls fact is not applicable
    const f = isKnown(own) && own.value === 'not-applicable' ? r.encryption.e2ee.content : own;
    const path = f === own ? key : 'content';
    if (!isKnown(f) || f.value !== 'default') return against('e2ee-by-default', 'check.claim.notDefault', { fact: `encryption.e2ee.${path}`, value: shown(f) });
  }
  return null;
};

const CANNOT_READ = [
  /\bnot even\b.*\bcan\b/i,
  /\beven\b.*\b(?:cannot|can ?not|can't|can’t)\s+(?:access|read|see|decrypt)\b/i,
  /\bonly you\b.*\bcan (?:read|access|see)\b/i,
  /\b(?:cannot|can ?not|can't|can’t|unable to|no way to)\s+(?:access|read|see|decrypt)\s+(?:your|the|any)\s+(?:content|messages|emails|files|notes|chats|data|conversations|photos|passwords)\b/i,
];

const providerCannotRead: Detector = (s, r, t) => {
  if (!CANNOT_READ.some((p) => p.test(s))) return null;
  const content = r.encryption.e2ee.content;
  if (!isKnown(content) || content.value !== 'default')
    return against('provider-cannot-read', 'check.claim.notDefault', { fact: 'encryption.e2ee.content', value: shown(content) });
  const ex = r.encryption.exceptions;
  if (!isKnown(ex)) return against('provider-cannot-read', 'check.claim.exceptionsUnknown');
  const breaking = new Set(t.exceptions.filter((e) => e.breaksProviderCannotRead).map((e) => e.id));
  const found = ex.value.filter((e) => breaking.has(e.kind)).map((e) => e.kind);
  if (found.length > 0) return against('provider-cannot-read', 'check.claim.exceptionsLetRead', { exceptions: found.join(', ') });
  return null;
};

/** An explicit denial right before the verb: "does not share", "never sells", "won't use". */
const DENIAL = String.raw`\b(?:does not|doesn't|doesn’t|do not|don't|don’t|did not|will not|won't|never|no longer|not)\s+(?:[\w-]+\s+){0,2}?`;

/** "does not share data", "never sells": made once (not per sentence); without the g flag, test() keeps no state between sentences. */
const DENIED_SHARING = new RegExp(`${DENIAL}shar(?:e|es|ed|ing)\\b[^.]*\\b(?:data|third[- ]part\\w*|information)\\b`, 'i');
const DENIED_SELLING = new RegExp(`${DENIAL}(?:sell|sells|sold)\\b`, 'i');

/** A denial narrowed to some purpose or party ("never shared ... for their marketing purposes") is not a blanket claim. */
const QUALIFIED = /\bfor (?:their|its|the) (?:own )?(?:marketing|advertising)\b|\bexcept\b|\bunless\b|\bother than\b|\bwithout (?:your )?consent\b/i;

const sharing: Detector = (s, r) => {
  const f = r.sharing.thirdParties;
  if (!isKnown(f)) {
    const claimed = !hedged(s) && DENIED_SHARING.test(s) && !QUALIFIED.test(s);
    return claimed ? against('no-sharing', 'check.claim.unknown', UNKNOWN('sharing.thirdParties')) : null;
  }
  if (f.value === 'yes' && !QUALIFIED.test(s) && DENIED_SHARING.test(s)) {
    return against('no-sharing', 'check.claim.isValue', { fact: 'sharing.thirdParties', value: 'yes' });
  }
  if (f.value === 'no' && affirms(s, /\bshar(?:e|es|ed|ing)\b[^.]*\bthird[- ]part/i))
    return against('sharing', 'check.claim.isValue', { fact: 'sharing.thirdParties', value: 'no' });
  return null;
};

const selling: Detector = (s, r) => {
  const f = r.sharing.sellsData;
  if (!isKnown(f)) return !hedged(s) && DENIED_SELLING.test(s) ? against('no-selling', 'check.claim.unknown', UNKNOWN('sharing.sellsData')) : null;
  if (f.value && DENIED_SELLING.test(s)) return against('no-selling', 'check.claim.isBoolean', { fact: 'sharing.sellsData', value: 'true' });
  if (!f.value && affirms(s, /\bsells?\s+(?:your\s+|its\s+users'?\s+|user\s+|personal\s+)?(?:data|information)\b|\bsells data about\b/i))
    return against('selling', 'check.claim.isBoolean', { fact: 'sharing.sellsData', value: 'false' });
  return null;
};

const NO_ADS = new RegExp(
  `${DENIAL}(?:use|uses|used)\\b[^.]{0,40}\\bfor (?:[\\w-]+ )?(?:advertising|ads)\\b|\\b(?:not|never)\\b[^.]*\\bor use (?:it|them|your data) for advertising\\b|\\b(?:no ads|ad-free|without ads)\\b`,
  'i',
);

const advertising: Detector = (s, r) => {
  const f = r.sharing.advertising;
  if (!isKnown(f)) return null;
  if (f.value !== 'none' && NO_ADS.test(s)) return against('no-advertising', 'check.claim.isValue', { fact: 'sharing.advertising', value: f.value });
  // Apple's purpose "Developer's advertising or marketing" covers marketing the company's own products, which "none" allows
  if (f.value === 'none' && affirms(s, /\b(?:used?|uses|using)\b[^.]*\badvertising\b(?! or marketing)/i))
    return against('advertising', 'check.claim.isValue', { fact: 'sharing.advertising', value: 'none' });
  return null;
};

const detectors: Detector[] = [openSource, audited, e2eeByDefault, providerCannotRead, sharing, selling, advertising];

/**
 * What in one sentence the facts of `review` contradict.
 * @example contradictionsIn('Open source and audited.', review, taxonomy) // [{ claim: 'open-source', ... }]
 */
export function contradictionsIn(sentence: string, review: Review, taxonomy: Taxonomy): Contradiction[] {
  const out: Contradiction[] = [];
  for (const detect of detectors) {
    const c = detect(sentence, review, taxonomy);
    if (c !== null) out.push(c);
  }
  return out;
}

/** A short quotation of a sentence for messages. */
export function quote(sentence: string, max = 90): string {
  return `"${sentence.length > max ? `${sentence.slice(0, max - 1)}…` : sentence}"`;
}
