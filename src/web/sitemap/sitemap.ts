/**
 * /sitemap.xml: every page. Past the sitemap protocol's limit of 50,000 URLs
 * per file it becomes a sitemap index of /sitemap-<n>.xml parts.
 */
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { SiteSnapshot } from '../site-data.ts';
import { ResourceCache, sendResource } from '../http/resource.ts';
import { sitePageList, type SitePath } from './site-paths.ts';
import { xmlText } from '../http/xml.ts';

export const SITEMAP_LIMIT = 50_000;
const XML = 'application/xml; charset=utf-8';

/** The page in each language, and x-default (the English page), as Google's sitemap hreflang links. */
function alternateLinks(siteUrl: string, p: SitePath): string {
  if (!p.alternates || p.alternates.length < 2) return '';
  const link = (lang: string, path: string) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${xmlText(siteUrl + path)}"/>`;
  const english = p.alternates[0];
  return [...p.alternates.map((a) => link(a.locale, a.path)), ...(english ? [link('x-default', english.path)] : [])].join('');
}

function urlset(siteUrl: string, pages: readonly SitePath[]): string {
  const urls = pages.map(
    (p) => `<url><loc>${xmlText(siteUrl + p.path)}</loc>${p.lastmod ? `<lastmod>${xmlText(p.lastmod)}</lastmod>` : ''}${alternateLinks(siteUrl, p)}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * How many part files the sitemap needs (0 when one file holds every page).
 * @example sitemapParts(snapshot) // 0 for the bundled dataset
 */
export function sitemapParts(snapshot: SiteSnapshot, limit = SITEMAP_LIMIT): number {
  const n = sitePageList(snapshot).length;
  return n <= limit ? 0 : Math.ceil(n / limit);
}

function part(snapshot: SiteSnapshot, index: number, limit: number): SitePath[] {
  return sitePageList(snapshot).slice(index * limit, (index + 1) * limit);
}

export function registerSitemap(app: Hono, deps: RouteDeps, limit = SITEMAP_LIMIT): void {
  const cache = new ResourceCache(100);
  app.get('/sitemap.xml', async (c) => {
    const { snapshot } = await deps.routeContext();
    const resource = cache.get(snapshot.version, 'index', () => {
      const parts = sitemapParts(snapshot, limit);
      if (parts === 0) return { body: urlset(deps.siteUrl, sitePageList(snapshot)), type: XML };
      const entries = Array.from({ length: parts }, (_, i) => `<sitemap><loc>${xmlText(`${deps.siteUrl}/sitemap-${i + 1}.xml`)}</loc></sitemap>`);
      return {
        body: `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`,
        type: XML,
      };
    });
    return sendResource(c, resource);
  });
  app.get('/:file{sitemap-[0-9]+\\.xml}', async (c) => {
    const { snapshot } = await deps.routeContext();
    const n = Number(/([0-9]+)/.exec(c.req.param('file'))?.[1] ?? '0');
    if (n < 1 || n > sitemapParts(snapshot, limit)) return deps.notFound(c);
    return sendResource(
      c,
      cache.get(snapshot.version, `part-${n}`, () => ({ body: urlset(deps.siteUrl, part(snapshot, n - 1, limit)), type: XML })),
    );
  });
}
