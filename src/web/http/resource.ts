/**
 * Serving what is not an HTML page (feeds, sitemaps, badges, the search index,
 * scripts) with the same caching rules as pages: built once per data version,
 * an ETag, and 304 when the client already has it.
 */
import type { Context } from 'hono';
import { etagOf, fresh } from './etag.ts';

export interface Resource {
  body: string;
  type: string;
  etag: string;
}

/** A per-data-version cache of built resources, bounded so that 10,000 badges can't grow it without limit. */
export class ResourceCache {
  private version = '';
  private readonly items = new Map<string, Resource>();

  constructor(private readonly limit = 2000) {}

  /**
   * The resource for `key` at data `version`, building it on first use.
   * @example cache.get(snapshot.version, '/feed.xml', () => ({ body, type: 'application/atom+xml' }))
   */
  get(version: string, key: string, build: () => { body: string; type: string }): Resource {
    if (version !== this.version) {
      this.items.clear();
      this.version = version;
    }
    const hit = this.items.get(key);
    if (hit) return hit;
    const built = build();
    const resource = { ...built, etag: etagOf(built.body) };
    if (this.items.size >= this.limit) this.items.clear();
    this.items.set(key, resource);
    return resource;
  }
}

/**
 * Send a resource with its ETag, answering 304 when the client's copy is current.
 * @example return sendResource(c, resource, 'public, max-age=300');
 */
export function sendResource(c: Context, resource: Resource, cacheControl = 'public, max-age=0, must-revalidate'): Response {
  c.header('ETag', resource.etag);
  c.header('Cache-Control', cacheControl);
  if (fresh(c, resource.etag)) return c.body(null, 304);
  c.header('Content-Type', resource.type);
  return c.body(resource.body);
}
