/** Reading prose: sentences, and whether a phrase in a sentence is negated. */

/**
 * Split prose into sentences.
 * @example sentencesOf('One. Two!') // ['One.', 'Two!']
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const NEGATION = /\b(?:not|never|no|neither|nor|without|whether|if|unless|only part|partly|partially|nothing)\b|n't\b|n’t\b/i;

/** True when a negation or hedge ("not", "never", "whether"...) comes before `index` in the sentence. */
export function negatedBefore(sentence: string, index: number): boolean {
  return NEGATION.test(sentence.slice(0, index));
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
