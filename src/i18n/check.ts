/**
 * The catalogue check: every language has exactly the keys of the English
 * catalogue, each message parses as ICU MessageFormat, and each uses the same
 * placeholders as its English original. Run by the tests and by
 * `privacydefend check`; a failure names the language, the key and what differs.
 */
import { IntlMessageFormat } from 'intl-messageformat';

export interface CatalogueProblem {
  locale: string;
  key: string;
  message: string;
}

type Element = { type: number; value?: unknown; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The placeholder names a message uses, plural and select branches included. */
export function placeholders(message: string, locale: string): Set<string> {
  const ast = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as unknown as Element[];
  const names = new Set<string>();
  const walk = (els: readonly Element[]) => {
    for (const el of els) {
      // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural
      if (el.type >= 1 && el.type <= 6 && typeof el.value === 'string') names.add(el.value);
      if (el.options) for (const o of Object.values(el.options)) walk(o.value);
      if (el.children) walk(el.children);
    }
  };
  walk(ast);
  return names;
}

const list = (xs: Iterable<string>) => [...xs].map((x) => `{${x}}`).join(', ') || 'none';

/**
 * Problems of the translated catalogues against the source catalogue.
 * @example checkCatalogues({ en: { a: 'Hi {name}' }, de: { a: 'Hallo' } }) // [{ locale: 'de', key: 'a', message: 'placeholders differ: …' }]
 */
export function checkCatalogues(all: Record<string, Record<string, string>>, source = 'en'): CatalogueProblem[] {
  const base = all[source];
  if (!base) return [{ locale: source, key: '', message: `the source catalogue "${source}" is missing` }];
  const problems: CatalogueProblem[] = [];
  const parse = (locale: string, key: string, message: string): Set<string> | null => {
    try {
      return placeholders(message, locale);
    } catch (err) {
      problems.push({ locale, key, message: `not valid ICU MessageFormat: ${err instanceof Error ? err.message : String(err)}` });
      return null;
    }
  };
  const expected = new Map<string, Set<string> | null>();
  for (const [key, message] of Object.entries(base)) expected.set(key, parse(source, key, message));
  for (const [locale, catalogue] of Object.entries(all)) {
    if (locale === source) continue;
    for (const key of expected.keys()) {
      if (!(key in catalogue)) problems.push({ locale, key, message: 'missing: the English catalogue has this key' });
    }
    for (const [key, message] of Object.entries(catalogue)) {
      if (!expected.has(key)) {
        problems.push({ locale, key, message: 'not in the English catalogue (a key renamed or removed there?)' });
        continue;
      }
      if (message.trim() === '') {
        problems.push({ locale, key, message: 'empty translation' });
        continue;
      }
      const want = expected.get(key);
      const got = parse(locale, key, message);
      if (!want || !got) continue;
      const missing = [...want].filter((p) => !got.has(p));
      const extra = [...got].filter((p) => !want.has(p));
      if (missing.length > 0 || extra.length > 0)
        problems.push({
          locale,
          key,
          message: `placeholders differ: English has ${list(want)}; ${missing.length > 0 ? `missing ${list(missing)}` : ''}${missing.length > 0 && extra.length > 0 ? ', ' : ''}${extra.length > 0 ? `unknown ${list(extra)}` : ''}`,
        });
    }
  }
  return problems;
}
