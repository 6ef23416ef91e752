/**
 * The site's only scripts, served from our origin under content-hashed names
 * (so they can be cached for a year): MiniSearch's browser build, straight
 * from node_modules, and the small search-as-you-type script, which is the
 * only one a page loads: it fetches MiniSearch when a search box is first used.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Resource } from '../http/resource.ts';

function script(body: string, name: string): Resource & { path: string } {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { body, type: 'text/javascript; charset=utf-8', etag: `"${hash}"`, path: `/assets/js/${name}.${hash}.js` };
}

const miniSearchUmd = join(dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js');
// The source map is not shipped, so drop the comment that asks for it.
const miniSearchBody = readFileSync(miniSearchUmd, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');

const miniSearch = script(miniSearchBody, 'minisearch');
// search.js fetches MiniSearch itself on first use (focus or typing), so no page waits for it.
const search = script(readFileSync(new URL('./search.js', import.meta.url), 'utf8').replace('__MINISEARCH_URL__', miniSearch.path), 'search');

/** Every script by its URL path. */
export const siteScripts = new Map([miniSearch, search].map((s) => [s.path, s]));

/** MiniSearch's URL: loaded by search.js when a reader first uses a search box. */
export const miniSearchPath = miniSearch.path;

/** The scripts every page loads, in order (the header's search as you type). */
export const siteScriptPaths: string[] = [search.path];

/** The scripts the home page loads, in order. */
export const homeScripts: string[] = siteScriptPaths;

/** Every script the site serves, for the static export. */
export const allScriptPaths: string[] = [...siteScripts.keys()];
