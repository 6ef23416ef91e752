import { attr, elements, type HtmlElement } from '../html.ts';
import type { Issue, PageRule, SitePageCheckContext } from '../model.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/index.ts';
import { says } from '../say.ts';

/** "/de/apps/signal": a page in another language, under its prefix (the API, assets and downloads exist only once). */
const LANGUAGE_PREFIX = new RegExp(`^/(?:${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join('|')})(?=/|$)`);

/** Site pages that exist whatever the data. */
export const STATIC_ROUTES = new Set([
  '/',
  '/methodology',
  '/about',
  '/compare',
  '/search',
  '/changes',
  '/apps',
  '/categories',
  '/sitemap.xml',
  '/feed.xml',
  '/favicon.svg',
  '/robots.txt',
  '/api',
  '/downloads',
  // the dataset files the downloads page links (src/web/downloads/files.ts; checks may not import web)
  '/downloads/privacydefend.json',
  '/downloads/privacydefend.csv',
  // the reader's correction form (src/web/edit), linked beside each section of a review
  '/edit/corrections/new',
]);

const slugSets = new WeakMap<SitePageCheckContext['apps'], Set<string>>();
/** The reviewed slugs as a set, built once per list of apps (a page has many links, a dataset many pages). */
function slugsOf(ctx: SitePageCheckContext): Set<string> {
  let slugs = slugSets.get(ctx.apps);
  if (!slugs) {
    slugs = new Set(ctx.apps.map((a) => a.slug));
    slugSets.set(ctx.apps, slugs);
  }
  return slugs;
}

/** "/compare/a-vs-b" names two reviewed apps (slugs may themselves contain hyphens). */
function comparesKnownApps(pair: string, ctx: SitePageCheckContext): boolean {
  const slugs = slugsOf(ctx);
  return pair.split('-vs-').some((_, i, parts) => i > 0 && slugs.has(parts.slice(0, i).join('-vs-')) && slugs.has(parts.slice(i).join('-vs-')));
}

function resolves(path: string, ctx: SitePageCheckContext): boolean {
  const prefix = LANGUAGE_PREFIX.exec(path);
  if (prefix) {
    const rest = path.slice(prefix[0].length) || '/';
    // the downloads page and the API reference (/api) exist in every language, the files and the API under /api/v1 once;
    // of the editor, the reader's correction form is linked in every language
    return !/^\/(?:(?:assets|edit(?!\/corrections\/new$)|sitemap\.xml|robots\.txt|favicon\.svg)(?:\/|$)|api\/|downloads\/.)/.test(rest) && resolves(rest, ctx);
  }
  if (STATIC_ROUTES.has(path)) return true;
  if (path.startsWith('/assets/') && path.length > '/assets/'.length) return true;
  const app = /^\/apps\/([^/]+)$/.exec(path);
  if (app) return slugsOf(ctx).has(app[1] ?? '');
  const category = /^\/categories\/([^/]+)$/.exec(path);
  if (category) return ctx.categories.includes(category[1] ?? '');
  const compare = /^\/compare\/([^/]+)$/.exec(path);
  if (compare) return comparesKnownApps(compare[1] ?? '', ctx);
  if (path.startsWith('/api/')) return true;
  return false;
}

/** A link that 404s, or a footnote that goes nowhere, breaks the reader's trust in the citations. */
export const pageInternalLinks: PageRule = {
  id: 'page-internal-links',
  severity: 'error',
  scope: 'page',
  everyPage: true,
  description: 'every internal link (href="/...") resolves to a real route and every #anchor to an element on the page',
  check(ctx) {
    const issues: Issue[] = [];
    const ids = new Set(elements(ctx.document, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')));
    const linking = elements(ctx.document, (el: HtmlElement) => (el.tagName === 'a' || el.tagName === 'link') && attr(el, 'href') !== undefined);
    for (const el of linking) {
      const href = attr(el, 'href') ?? '';
      if (href.startsWith('#')) {
        if (href.length > 1 && !ids.has(decodeURIComponent(href.slice(1))))
          issues.push({ path: `link ${href}`, ...says('check.pageInternalLinks.anchor', { href }) });
        continue;
      }
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      const path = href.replace(/[?#].*$/, '');
      if (!resolves(path === '' ? '/' : path.replace(/(.)\/$/, '$1'), ctx))
        issues.push({
          path: `link ${href}`,
          ...says('check.pageInternalLinks.route', { path }),
        });
    }
    return issues;
  },
};
