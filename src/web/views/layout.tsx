/** The page frame every HTML page shares: head, header, footer. */
import type { Child } from '#jsx/jsx-runtime';
import { raw } from 'hono/html';
import { siteScriptPaths } from '../assets/scripts.ts';
import { LOCALE_NAMES, t, type Locale } from '../../i18n/index.ts';
import { alternatePaths, feedPath, localPath } from '../http/locale-paths.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Path of the page, e.g. "/apps/signal"; the canonical URL is siteUrl + path. */
  path: string;
  siteUrl: string;
  stylesheet: string;
  jsonLd?: object[];
  scripts?: string[];
  noindex?: boolean;
  /** Where the page sits, from the home page down (the page itself last); emitted as BreadcrumbList JSON-LD. */
  breadcrumbs?: { name: string; path: string }[];
  /** OpenGraph type: "article" for reviews, "website" otherwise. */
  ogType?: string;
  /** Tables and lists that need the full width (rankings, comparisons): a wider main column. */
  wide?: boolean;
  /** The page's language (English when absent): `<html lang>`, the interface strings, the language switcher. */
  locale?: Locale | undefined;
  /** Where the language switcher leads when this path does not exist in any language (the 404 page: each language's home page). */
  switcherPath?: string;
  /** A language the reader's browser prefers (home page only): a note linking to this page in it. */
  suggest?: Locale | undefined;
}

/**
 * schema.org BreadcrumbList for a trail of pages.
 * @example breadcrumbJsonLd('https://x.org', [{ name: 'Apps', path: '/' }, { name: 'Messaging', path: '/categories/messaging' }])
 */
export function breadcrumbJsonLd(siteUrl: string, trail: { name: string; path: string }[], locale: Locale = 'en'): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: `${siteUrl}${localPath(locale, t.path)}` })),
  };
}

/** JSON for a <script type="application/ld+json"> block, safe against "</script>" in data. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The language switcher: a link to this page in each language (the current one marked), no script, no cookie.
 * Its links carry hreflang, so the page's link localisation leaves them as they are.
 */
export function LanguageSwitcher(props: { path: string; locale: Locale }) {
  return (
    <nav class="languages" aria-label={t(props.locale, 'ui.language.region')}>
      <ul>
        {alternatePaths(props.path).map((a) => (
          <li>
            <a href={a.path} hreflang={a.locale} lang={a.locale} aria-current={a.locale === props.locale ? 'true' : undefined}>
              {LOCALE_NAMES[a.locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout(props: { meta: PageMeta; children: Child }) {
  const { meta } = props;
  const locale = meta.locale ?? 'en';
  const say = (key: Parameters<typeof t>[1]) => t(locale, key);
  const path = localPath(locale, meta.path);
  const canonical = `${meta.siteUrl}${path}`;
  const alternates = meta.noindex ? [] : alternatePaths(path);
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{meta.title}</title>
          <meta name="description" content={meta.description} />
          <link rel="canonical" href={canonical} />
          {alternates.map((a) => (
            <link rel="alternate" hreflang={a.locale} href={`${meta.siteUrl}${a.path}`} />
          ))}
          {alternates.length > 0 ? <link rel="alternate" hreflang="x-default" href={`${meta.siteUrl}${alternates[0]?.path ?? path}`} /> : null}
          {meta.noindex ? <meta name="robots" content="noindex" /> : null}
          <link rel="alternate" type="application/atom+xml" hreflang={locale} href={`${meta.siteUrl}${feedPath(locale)}`} title={say('ui.footer.feed')} />
          <link rel="stylesheet" href={meta.stylesheet} />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <meta property="og:site_name" content="PrivacyDefend" />
          <meta property="og:title" content={meta.title} />
          <meta property="og:description" content={meta.description} />
          <meta property="og:url" content={canonical} />
          <meta property="og:type" content={meta.ogType ?? 'website'} />
          <meta name="twitter:card" content="summary" />
          <meta name="twitter:title" content={meta.title} />
          <meta name="twitter:description" content={meta.description} />
          {[...(meta.jsonLd ?? []), ...(meta.breadcrumbs ? [breadcrumbJsonLd(meta.siteUrl, meta.breadcrumbs, locale)] : [])].map((ld) => (
            <script type="application/ld+json">{raw(jsonForScript(ld))}</script>
          ))}
          {[...new Set([...siteScriptPaths, ...(meta.scripts ?? [])])].map((src) => (
            <script src={src} defer></script>
          ))}
        </head>
        <body>
          <a class="skip" href="#main">
            {say('ui.skip')}
          </a>
          <header class="site-header">
            <div class="wrap">
              <a class="brand" href="/">
                PrivacyDefend
              </a>
              <form method="get" action="/search" role="search" class="header-search search-form" aria-label={say('ui.search.region')}>
                <label for="site-q" class="visually-hidden">
                  {say('ui.search.label')}
                </label>
                <span class="search-row">
                  <input
                    type="search"
                    id="site-q"
                    name="q"
                    placeholder={say('ui.search.label')}
                    autocomplete="off"
                    spellcheck={false}
                    maxlength={200}
                    data-search-input=""
                    data-results="site-live-results"
                  />
                  <button type="submit">{say('ui.search.button')}</button>
                </span>
              </form>
              <nav aria-label={say('ui.nav.region')}>
                <ul>
                  <li>
                    <a href="/apps">{say('ui.nav.apps')}</a>
                  </li>
                  <li>
                    <a href="/compare">{say('ui.nav.compare')}</a>
                  </li>
                  <li>
                    <a href="/methodology">{say('ui.nav.methodology')}</a>
                  </li>
                  <li>
                    <a href="/about">{say('ui.nav.about')}</a>
                  </li>
                </ul>
              </nav>
              <LanguageSwitcher path={meta.switcherPath ?? path} locale={locale} />
              <div id="site-live-results" class="live-results" aria-live="polite"></div>
            </div>
          </header>
          <main id="main" class={meta.wide ? 'wrap wide' : 'wrap'}>
            {meta.suggest ? (
              <p class="language-note" lang={meta.suggest}>
                <a href={localPath(meta.suggest, meta.path)} hreflang={meta.suggest}>
                  {t(meta.suggest, 'ui.suggest')}
                </a>
              </p>
            ) : null}
            {props.children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>
                {say('ui.footer.before')} <a href="/methodology">{say('ui.footer.rubric')}</a>
                {say('ui.footer.after')}
              </p>
              <ul class="footer-links">
                <li>
                  <a href="/downloads/">{say('ui.footer.downloads')}</a>
                </li>
                <li>
                  <a href="/api">{say('ui.footer.api')}</a>
                </li>
                <li>
                  <a href={feedPath(locale)}>{say('ui.footer.feed')}</a>
                </li>
                <li>
                  <a href="/about">{say('ui.footer.about')}</a>
                </li>
              </ul>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
