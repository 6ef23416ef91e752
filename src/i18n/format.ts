/**
 * Writing a catalogue message: ICU MessageFormat through intl-messageformat,
 * with plural rules and number formats from Intl for the locale ("8,5/10" in
 * German and French, "8.5/10" in English).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { catalogues, type MessageKey } from './catalogues.ts';
import type { Locale } from './locales.ts';

export type MessageParams = Record<string, string | number>;

/**
 * Intl formatters kept per locale and options: constructing one costs far
 * more than formatting with it (an export formats hundreds of thousands of
 * German and French dates and numbers), and a formatter holds no state
 * between calls, so the same one gives the same text.
 */
const intlFormatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

function cachedIntl<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(kind: string, locale: string, options: object, make: () => T): T {
  const id = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let f = intlFormatters.get(id);
  if (!f) {
    f = make();
    intlFormatters.set(id, f);
  }
  return f as T;
}

/** The Intl.DateTimeFormat of `locale` with `options`, made once. */
export function dateTimeFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedIntl('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** The Intl.NumberFormat of `locale` with `options`, made once. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedIntl('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/**
 * A message compiled once per locale and key into a function over its
 * parameters. intl-messageformat interprets the message's syntax tree on every
 * call and looks its Intl formatters up by a JSON key of their arguments,
 * which dominated the export's message formatting; this walks the same tree
 * (from intl-messageformat's own parser) with the cached formatters above and
 * writes the same text. A message with a date, time or tag element (the
 * catalogues have none) is formatted by intl-messageformat itself.
 */
type Compiled = (params: MessageParams) => string;

interface Element {
  type: number;
  value?: unknown;
  style?: unknown;
  options?: Record<string, { value: Element[] }>;
  offset?: number;
  pluralType?: 'cardinal' | 'ordinal';
  children?: Element[];
}

/** The compiled messages of each locale, by key. */
const compiled = new Map<Locale, Map<MessageKey, Compiled>>();

function formatter(locale: Locale, key: MessageKey): Compiled {
  let ofLocale = compiled.get(locale);
  if (!ofLocale) {
    ofLocale = new Map();
    compiled.set(locale, ofLocale);
  }
  let f = ofLocale.get(key);
  if (!f) {
    const source = locale === 'fr' ? markElision(catalogues[locale][key]) : catalogues[locale][key];
    const mf = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    const ast = mf.getAst() as unknown as Element[];
    if (!supported(ast)) {
      f = (params) => {
        const out = mf.format(params);
        if (typeof out !== 'string') throw new Error(`message "${key}" did not format to text`);
        return out;
      };
    } else {
      const part = compile(ast, locale, key, source);
      f = (params) => part(params, undefined);
    }
    ofLocale.set(key, f);
  }
  return f;
}

/** Numbers formatted per formatter at most (a page's scores and counts are a few hundred values). */
const REMEMBERED_NUMBERS = 4096;

/**
 * `nf.format`, remembering its text for each number: formatting with Intl
 * costs far more than a lookup, and the same scores and counts are written
 * on every page. -0 (written "-0") is not remembered, as a Map holds it as 0.
 */
function remembered(nf: Intl.NumberFormat): (n: number) => string {
  const texts = new Map<number, string>();
  return (n) => {
    if (typeof n !== 'number' || Object.is(n, -0)) return nf.format(n);
    let text = texts.get(n);
    if (text === undefined) {
      text = nf.format(n);
      if (texts.size < REMEMBERED_NUMBERS) texts.set(n, text);
    }
    return text;
  };
}

/** Literal (0), argument (1), number (2), select (5), plural (6) and # (7) elements only. */
function supported(els: readonly Element[]): boolean {
  return els.every(
    (el) => (el.type <= 2 || el.type === 5 || el.type === 6 || el.type === 7) && Object.values(el.options ?? {}).every((o) => supported(o.value)),
  );
}

/** Part of a message over its parameters and the number `#` stands for (inside a plural). */
type Part = (params: MessageParams, pound: number | undefined) => string;

/**
 * intl-messageformat's formatToParts for the supported elements, joined: the
 * same checks, choices and formatters, each element turned into a function
 * once (its formatter, plural rules and options looked up when compiled, the
 * literals between arguments joined), so a call only fills the arguments in.
 */
function compile(els: readonly Element[], locale: Locale, key: MessageKey, message: string): Part {
  const parts: (string | Part)[] = [];
  for (const el of els) {
    const part = typeof el.value === 'string' && el.type === 0 ? el.value : compileElement(el, locale, key, message);
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else parts.push(part);
  }
  if (parts.length === 0) return () => '';
  const [only] = parts;
  if (parts.length === 1 && only !== undefined) return typeof only === 'string' ? () => only : only;
  return (params, pound) => {
    let out = '';
    for (const p of parts) out += typeof p === 'string' ? p : p(params, pound);
    return out;
  };
}

function compileElement(el: Element, locale: Locale, key: MessageKey, message: string): string | Part {
  if (el.type === 0) return el.value as string;
  if (el.type === 7) {
    const format = remembered(numberFormat(locale, {}));
    return (_params, pound) => (typeof pound === 'number' ? format(pound) : '');
  }
  const name = el.value as string;
  const missing = () => new Error(`The intl string context variable "${name}" was not provided to the string "${message}"`);
  if (el.type === 1) {
    return (params) => {
      if (!(name in params)) throw missing();
      const value = params[name] as unknown;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
      if (value) throw new Error(`message "${key}" did not format to text`);
      return '';
    };
  }
  if (el.type === 2) {
    const style = numberStyle(el.style);
    const format = remembered(numberFormat(locale, style ?? {}));
    const scale = style?.scale;
    return (params) => {
      if (!(name in params)) throw missing();
      const value = params[name] as unknown as number;
      return format(scale ? value * scale : value);
    };
  }
  const options = el.options ?? {};
  const choices = new Map<string, Part>();
  for (const k of Object.keys(options)) {
    const opt = options[k];
    if (opt) choices.set(k, compile(opt.value, locale, key, message));
  }
  const other = choices.get('other');
  const invalid = (value: unknown) => new Error(`Invalid values for "${name}": "${String(value)}". Options are "${Object.keys(options).join('", "')}"`);
  if (el.type === 5) {
    return (params) => {
      if (!(name in params)) throw missing();
      const value = params[name] as unknown;
      const opt = choices.get(String(value)) ?? other;
      if (!opt) throw invalid(value);
      return opt(params, undefined);
    };
  }
  // plural
  const rules = pluralRules(locale, el.pluralType ?? 'cardinal');
  const offset = el.offset || 0;
  return (params) => {
    if (!(name in params)) throw missing();
    const value = params[name] as unknown;
    const n = Number(value) - offset;
    const opt = choices.get(`=${String(value)}`) ?? choices.get(rules.select(n)) ?? other;
    if (!opt) throw invalid(value);
    return opt(params, n);
  };
}

/** A number element's options: a named style from intl-messageformat's defaults, or a skeleton's parsed options. */
function numberStyle(style: unknown): (Intl.NumberFormatOptions & { scale?: number }) | undefined {
  if (typeof style === 'string') return (IntlMessageFormat.formats.number as Record<string, Intl.NumberFormatOptions>)[style];
  if (style && typeof style === 'object' && 'parsedOptions' in style)
    return (style as { parsedOptions: Intl.NumberFormatOptions & { scale?: number } }).parsedOptions;
  return undefined;
}

const plurals = new Map<string, Intl.PluralRules>();

function pluralRules(locale: Locale, type: 'cardinal' | 'ordinal'): Intl.PluralRules {
  const id = `${locale}\u0000${type}`;
  let rules = plurals.get(id);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type });
    plurals.set(id, rules);
  }
  return rules;
}

/**
 * French elision before a parameter: "de {name}" is written "d’iMessage",
 * "d’Apple", "d’Uber" but "de Signal", "de Yahoo", "de happn" (no elision
 * before a consonant, a y or an h, which brand names keep aspirated). A
 * catalogue cannot know the name in advance, so the French source marks each
 * "de"/"que" that stands before a placeholder, and `elide` decides once the
 * name is filled in.
 */
const MARK = '\uE000';
const ELIDABLE_BEFORE_PARAM = /(^|[^\p{L}’'])(de|De|que|Que) (?=\{)/gu;

function markElision(source: string): string {
  return source.replace(ELIDABLE_BEFORE_PARAM, `$1$2${MARK}`);
}

/** Whether a French "de"/"que" elides before `word` (a name filled into a sentence). */
export function elidesBefore(word: string): boolean {
  if (/^one/i.test(word)) return false; // OneDrive, OneNote: said with a /w/
  return /^[aeiouàâäéèêëîïôöûùüœæ]/iu.test(word);
}

function elide(text: string): string {
  return text.replace(/(de|De|que|Que)\uE000(\S*)/gu, (_m, word: string, next: string) =>
    elidesBefore(next) ? `${word.slice(0, -1)}’${next}` : `${word} ${next}`,
  );
}

/**
 * The catalogue's sentence for `key` in `locale` with its parameters filled in.
 * A missing parameter is a programmer error and throws.
 * @example t('de', 'answer.score', { name: 'Signal', score: 8.5, label: 'Ausgezeichnet' }) // "Signal erreicht 8,5/10 …"
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const out = formatter(locale, key)(params);
  // Only French sources carry the elision mark (markElision).
  return locale === 'fr' && out.includes(MARK) ? elide(out) : out;
}

/**
 * The same sentence formatted by intl-messageformat itself, without the compiled form (what `t` must agree with; for tests).
 * @example tReference('de', 'answer.score', { name: 'Signal', score: 8.5, label: 'Ausgezeichnet' })
 */
export function tReference(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const source = locale === 'fr' ? markElision(catalogues[locale][key]) : catalogues[locale][key];
  const out = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).format(params);
  if (typeof out !== 'string') throw new Error(`message "${key}" did not format to text`);
  return locale === 'fr' ? elide(out) : out;
}

const oneDecimal = new Map<Locale, (n: number) => string>();

/** A number as the locale writes it: 8.5 → "8,5" in German and French. */
export function formatNumber(locale: Locale, n: number): string {
  let f = oneDecimal.get(locale);
  if (!f) {
    f = remembered(numberFormat(locale, { maximumFractionDigits: 1 }));
    oneDecimal.set(locale, f);
  }
  return f(n);
}

/**
 * A date (YYYY-MM-DD) as readers of the locale write it. English keeps the
 * ISO form the English pages have always shown; German and French spell it out
 * ("1. Mai 2024", "1er mai 2024"). Anything that is not a full date is returned as is.
 */
export function formatDate(locale: Locale, iso: string): string {
  if (locale === 'en' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const text = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text; // "1er décembre 2026"
}

/**
 * A list the way the locale joins it. English keeps "a, b and c" (no serial
 * comma, as the pages always had); German and French use Intl ("a, b und c", "a, b et c").
 */
export function joinList(locale: Locale, words: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (words.length <= 1) return words[0] ?? '';
  if (locale === 'en') return `${words.slice(0, -1).join(', ')} ${type === 'conjunction' ? 'and' : 'or'} ${words[words.length - 1]}`;
  return cachedIntl('list', locale, { type }, () => new Intl.ListFormat(locale, { type, style: 'long' })).format(words);
}
