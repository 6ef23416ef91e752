/**
 * Reading which apps to compare from a URL: "/compare/<a>-vs-<b>" (slugs may
 * themselves contain hyphens, even "-vs-") or "?apps=a,b,c" (up to four;
 * repeated "apps" parameters work too, as a GET form sends them).
 */
export const MAX_COMPARED = 4;

/**
 * Split "<a>-vs-<b>" into two known slugs, trying every "-vs-" so that slugs containing it still work.
 * @example parseComparePair('signal-vs-facebook-messenger', (s) => known.has(s)) // ['signal', 'facebook-messenger']
 */
export function parseComparePair(pair: string, isApp: (slug: string) => boolean): [string, string] | undefined {
  const sep = '-vs-';
  for (let i = pair.indexOf(sep); i !== -1; i = pair.indexOf(sep, i + 1)) {
    const a = pair.slice(0, i);
    const b = pair.slice(i + sep.length);
    if (isApp(a) && isApp(b) && a !== b) return [a, b];
  }
  return undefined;
}

export type CompareQuery = { ok: true; slugs: string[] } | { ok: false; message: string };

/**
 * The apps named by the "apps" parameter(s): empty when none, else 2 to 4 distinct known apps.
 * @example parseCompareApps(['signal,whatsapp'], (s) => known.has(s)) // { ok: true, slugs: ['signal', 'whatsapp'] }
 */
export function parseCompareApps(values: readonly string[], isApp: (slug: string) => boolean): CompareQuery {
  const slugs = values
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (slugs.length === 0) return { ok: true, slugs: [] };
  const unknown = slugs.filter((s) => !isApp(s));
  if (unknown.length > 0) return { ok: false, message: `no reviewed app is called ${unknown.map((s) => `"${s}"`).join(', ')}` };
  if (new Set(slugs).size !== slugs.length) return { ok: false, message: 'the same app is listed twice' };
  if (slugs.length < 2) return { ok: false, message: 'name at least two apps, separated by commas' };
  if (slugs.length > MAX_COMPARED) return { ok: false, message: `name at most ${MAX_COMPARED} apps, not ${slugs.length}` };
  return { ok: true, slugs };
}
