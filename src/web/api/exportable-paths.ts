/**
 * Every GET URL of the API and every download for a snapshot, for the static
 * export to write as files. /search and /compare answer arbitrary queries and
 * cannot be exported; list pages beyond the first are the `page=N` links the
 * API itself returns as `next`.
 */
import type { SiteSnapshot } from '../site-data.ts';
import { DOWNLOAD_PATHS } from '../downloads/files.ts';
import { alternatePaths } from '../http/locale-paths.ts';

export const DEFAULT_PER_PAGE = 20;

/**
 * @example exportablePaths(snapshot) // ['/api/v1/openapi.json', '/api/v1/apps', '/api/v1/apps?page=2', ...]
 */
export function exportablePaths(snapshot: SiteSnapshot): string[] {
  const pages = Math.max(1, Math.ceil(snapshot.apps.length / DEFAULT_PER_PAGE));
  const slugs = snapshot.apps.map((a) => a.review.slug).sort();
  return [
    // the reference page /api is a page of the site in every language (sitePages lists it)
    '/api/v1/openapi.json',
    '/api/v1/apps',
    ...Array.from({ length: pages - 1 }, (_, i) => `/api/v1/apps?page=${i + 2}`),
    ...slugs.flatMap((slug) => [`/api/v1/apps/${slug}`, `/api/v1/apps/${slug}/history`]),
    '/api/v1/categories',
    ...snapshot.catalog.categories.map((c) => `/api/v1/categories/${c.id}`),
    '/api/v1/rubric',
    '/api/v1/changes',
    '/api/v1/changes/documents',
    // the downloads page in every language (/downloads/, /de/downloads/, /fr/downloads/)
    ...alternatePaths(DOWNLOAD_PATHS.page).map((a) => a.path),
    DOWNLOAD_PATHS.json,
    DOWNLOAD_PATHS.csv,
  ];
}
