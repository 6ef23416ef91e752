/** The page frame every HTML page shares: head, header, footer. */
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { siteScriptPaths } from '../assets/scripts.ts';

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
}

/**
 * schema.org BreadcrumbList for a trail of pages.
 * @example breadcrumbJsonLd('https://x.org', [{ name: 'Apps', path: '/' }, { name: 'Messaging', path: '/categories/messaging' }])
 */
export function breadcrumbJsonLd(siteUrl: string, trail: { name: string; path: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: `${siteUrl}${t.path}` })),
  };
}

/** JSON for a <script type="application/ld+json"> block, safe against "</script>" in data. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function Layout(props: { meta: PageMeta; children: Child }) {
  const { meta } = props;
  const canonical = `${meta.siteUrl}${meta.path}`;
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{meta.title}</title>
          <meta name="description" content={meta.description} />
          <link rel="canonical" href={canonical} />
          {meta.noindex ? <meta name="robots" content="noindex" /> : null}
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
          {[...(meta.jsonLd ?? []), ...(meta.breadcrumbs ? [breadcrumbJsonLd(meta.siteUrl, meta.breadcrumbs)] : [])].map((ld) => (
            <script type="application/ld+json">{raw(jsonForScript(ld))}</script>
          ))}
          {[...new Set([...siteScriptPaths, ...(meta.scripts ?? [])])].map((src) => (
            <script src={src} defer></script>
          ))}
        </head>
        <body>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <header class="site-header">
            <div class="wrap">
              <a class="brand" href="/">
                PrivacyDefend
              </a>
              <form method="get" action="/search" role="search" class="header-search search-form" aria-label="Search apps (site header)">
                <label for="site-q" class="visually-hidden">
                  Search apps
                </label>
                <span class="search-row">
                  <input
                    type="search"
                    id="site-q"
                    name="q"
                    placeholder="Search apps"
                    autocomplete="off"
                    spellcheck={false}
                    maxlength={200}
                    data-search-input=""
                    data-results="site-live-results"
                  />
                  <button type="submit">Search</button>
                </span>
              </form>
              <nav aria-label="Site">
                <ul>
                  <li>
                    <a href="/apps">All apps</a>
                  </li>
                  <li>
                    <a href="/compare">Compare</a>
                  </li>
                  <li>
                    <a href="/methodology">Methodology</a>
                  </li>
                  <li>
                    <a href="/about">About</a>
                  </li>
                </ul>
              </nav>
              <div id="site-live-results" class="live-results" aria-live="polite"></div>
            </div>
          </header>
          <main id="main" class={meta.wide ? 'wrap wide' : 'wrap'}>
            {props.children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>
                PrivacyDefend rates apps from sourced facts with a <a href="/methodology">published rubric</a>. The data is open (CC BY 4.0). This site sets no
                cookies and loads nothing from third parties.
              </p>
              <ul class="footer-links">
                <li>
                  <a href="/downloads/">Download the data</a>
                </li>
                <li>
                  <a href="/api">API</a>
                </li>
                <li>
                  <a href="/feed.xml">Updates (Atom feed)</a>
                </li>
                <li>
                  <a href="/about">About and funding</a>
                </li>
              </ul>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
