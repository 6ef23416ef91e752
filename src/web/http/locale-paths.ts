/**
 * Where each language lives: English at /, German under /de/…, French under
 * /fr/…. The views write their links as English paths ("/apps/signal"); a
 * German or French page has its links to other pages moved under its prefix
 * here, once, when the page is rendered (the data API under /api/v1, the
 * download files, feeds and assets are the same in every language and keep
 * their paths; the API reference /api and the downloads page are translated).
 * The editor (/edit, /de/edit, /fr/edit) is in every language too; its pages
 * are not indexed and have no hreflang alternates, but the same prefixes.
 */
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../i18n/index.ts';

/** The first path segments of pages that exist in every language. */
const LOCALISED = new Set(['', 'apps', 'categories', 'compare', 'search', 'methodology', 'about', 'edit']);

/** The language a request path is in: its /de or /fr prefix, else English. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1] ?? '';
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The path without its language prefix: "/de/apps/signal" → "/apps/signal", "/fr" → "/". */
export function englishPath(path: string): string {
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const rest = path.slice(locale.length + 1);
  return rest === '' ? '/' : rest;
}

/** Whether an English path names a page that exists in every language (the downloads page does, its files exist once; so does the API reference /api, the API under /api/v1 once). */
export function isLocalisedPath(path: string): boolean {
  if (!path.startsWith('/')) return false;
  if (/^\/downloads\/(?:[?#]|$)/.test(path)) return true;
  if (/^\/api(?:[?#]|$)/.test(path)) return true;
  const first = path.slice(1).split(/[/?#]/)[0] ?? '';
  return LOCALISED.has(first);
}

/**
 * `path` (an English page path, possibly with ?query or #fragment) in `locale`.
 * @example localPath('de', '/apps/signal') // "/de/apps/signal"; localPath('fr', '/') // "/fr"; localPath('de', '/api/v1/apps') // "/api/v1/apps"
 */
export function localPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE || !isLocalisedPath(path)) return path;
  // the home page is /de, not /de/ (and /de?…, /de#…)
  return /^\/(?:[?#]|$)/.test(path) ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

/**
 * The language an Accept-Language header prefers, when the site has it and it
 * is not the page's own: what the home page suggests (a link, never a redirect).
 * @example suggestedLocale('de-DE,de;q=0.9,en;q=0.8', 'en') // "de"; suggestedLocale('en-GB,en', 'en') // undefined
 */
export function suggestedLocale(acceptLanguage: string | undefined, current: Locale): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      // a q that is not a number (RFC 9110: 0 to 1) drops the entry
      const q = params.find((p) => /^\s*q\s*=/i.test(p));
      const weight = q === undefined ? 1 : /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.test(q) ? Number(q.split('=')[1]) : Number.NaN;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: weight, i };
    })
    .filter((x) => x.q > 0 && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const best = ranked.find((x) => isLocale(x.lang));
  return best && isLocale(best.lang) && best.lang !== current ? best.lang : undefined;
}

/** Every language's path for one page, English first: what hreflang alternates and the switcher link to. */
export function alternatePaths(path: string): { locale: Locale; path: string }[] {
  const english = englishPath(path);
  return LOCALES.map((locale) => ({ locale, path: localPath(locale, english) }));
}

/**
 * A rendered page's internal links (`href="/…"`, `action="/…"`) moved under
 * the language's prefix. Links that carry `hreflang` (the language switcher)
 * already name their language and are left alone, as are absolute URLs and
 * paths outside the localised pages.
 */
export function localiseLinks(html: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return html;
  const paths = localPaths(locale);
  // Only a tag with an attribute value starting with "/" can change: the others are not matched at all.
  return html.replace(/<(?:a|form|link)\b[^>]*="\/[^>]*>/g, (tag) => {
    if (/\shreflang=/.test(tag)) return tag;
    return tag.replace(/(\s(?:href|action)=")(\/[^"]*)"/g, (_, attr: string, path: string) => {
      let local = paths.get(path);
      if (local === undefined) {
        local = localPath(locale, path);
        if (paths.size >= LOCAL_PATHS_KEPT) paths.clear();
        paths.set(path, local);
      }
      return `${attr}${local}"`;
    });
  });
}

/** How many link paths `localiseLinks` remembers per language (a page links the same menus, categories and apps as the others). */
const LOCAL_PATHS_KEPT = 20_000;
const localised = new Map<Locale, Map<string, string>>();

/** The paths already localised for `locale`: localPath is pure, so each is worked out once. */
function localPaths(locale: Locale): Map<string, string> {
  let paths = localised.get(locale);
  if (!paths) {
    paths = new Map();
    localised.set(locale, paths);
  }
  return paths;
}

/**
 * Where a language's Atom feed of review updates lives: /feed.xml in English (the address it always had), /de/feed.xml, /fr/feed.xml.
 * @example feedPath('de') // "/de/feed.xml"
 */
export function feedPath(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '/feed.xml' : `/${locale}/feed.xml`;
}
