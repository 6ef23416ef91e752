/**
 * The API's GET responses and downloads to export, from `exportablePaths`
 * in src/web/api when that module provides it (looked up at run time, so the
 * export works before and after the API gains it).
 */
import type { SiteSnapshot } from '../web/site-data.ts';

export type PathLister = (snapshot: SiteSnapshot) => Iterable<string>;

function isPathLister(value: unknown): value is PathLister {
  return typeof value === 'function';
}

/**
 * The API's path lister, or undefined when the API exports none.
 * @example const extra = await apiExportPaths(); extra?.(snapshot)
 */
export async function apiExportPaths(): Promise<PathLister | undefined> {
  const api: Record<string, unknown> = await import('../web/api/api.ts');
  const lister = api.exportablePaths;
  return isPathLister(lister) ? lister : undefined;
}
