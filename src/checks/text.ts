/** Reading prose: sentences, and whether a phrase in a sentence is negated. */

/**
 * Words ending in a full stop that do not end a sentence ("Apple Inc. holds", "Pte. Ltd.", "e.g. groups",
 * "FairCode B.V. Ihre", "z. B.", "bzw.", "p. ex."): company forms, dotted initials of any length, and the
 * German and French abbreviations the catalogues use. German capitalises "Ihre" after a company name, so
 * without "B.V." here a German page's sentence would be cut in two where the English one is not.
 */
const ABBREVIATIONS =
  /(?:^|[\s(])(?:inc|ltd|pte|co|corp|llc|plc|gmbh|s\.à r\.l|e\.g|i\.e|etc|vs|mr|mrs|ms|dr|st|jr|sr|bzw|usw|vgl|ca|nr|ex|cf|env|(?:\p{L}\.)+\p{L}|\p{L})\.$/iu;

/**
 * Split prose into sentences: after ".", "!" or "?" followed by space and a
 * capital, a digit, a quote or a bracket, but not after an abbreviation such
 * as "Inc." or "e.g.".
 * @example sentencesOf('One. 2 apps were audited. Apple Inc. holds keys.') // ['One.', '2 apps were audited.', 'Apple Inc. holds keys.']
 */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["”’)]?\s+(?=[\p{Lu}\d"“‘(])/gu)) {
    const end = (m.index ?? 0) + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (m[0].startsWith('.') && ABBREVIATIONS.test(candidate)) continue;
    out.push(candidate);
    start = (m.index ?? 0) + m[0].length;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

const NEGATION = /\b(?:not|never|no|neither|nor|without|whether|if|unless|only part|partly|partially|nothing)\b|n't\b|n’t\b/i;

/** True when a negation or hedge ("not", "never", "whether"...) comes before `index` in the sentence. */
export function negatedBefore(sentence: string, index: number): boolean {
  // a negation counts only within the claim's own clause: "It never shares data, and it is open source" still claims open source
  const before = sentence.slice(0, index);
  const clauses = before.split(/[;:]|,\s+(?:and|but|while|whereas|yet)\b|\s+but\s+|\s+whereas\s+/i);
  return NEGATION.test(clauses[clauses.length - 1] ?? before);
}

/**
 * True when `pattern` occurs in `sentence` with no negation before it.
 * @example affirms('Apple does not share data', /\bshare\b/) // false
 */
export function affirms(sentence: string, pattern: RegExp): boolean {
  const m = pattern.exec(sentence);
  return m !== null && !negatedBefore(sentence, m.index);
}

/**
 * True when `pattern` occurs after a negation in the sentence.
 * @example denies('Apple does not share data', /\bshare\b/) // true
 */
export function denies(sentence: string, pattern: RegExp): boolean {
  const m = pattern.exec(sentence);
  return m !== null && negatedBefore(sentence, m.index);
}
