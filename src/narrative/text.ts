/** Small text utilities for generated prose. */

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Join words the way English lists read.
 * @example joinWords(['a', 'b', 'c']) // "a, b and c"
 */
export function joinWords(words: readonly string[], conjunction = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function uniqueSources(...lists: (readonly string[] | undefined)[]): string[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}

/**
 * A label as it reads inside a sentence: the first letter lowered unless the
 * first word is an acronym.
 * @example inSentence('Device ID') // "device ID"; inSentence('SMS fallback') // "SMS fallback"
 */
export function inSentence(label: string): string {
  const first = label.split(/\s/)[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
