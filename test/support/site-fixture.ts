/**
 * The bundled site for the tests of one file that only read it: imported into
 * an in-memory store before the file's tests, the store closed after them.
 */
import { after, before } from 'node:test';
import type { Store } from '../../src/store/index.ts';
import type { SiteData } from '../../src/web/site-data.ts';
import { bundledSite } from './site.ts';

export interface SiteFixture {
  readonly store: Store;
  readonly site: SiteData;
}

/**
 * Registers the file's `before` and `after` hooks; the fields can be read once `before` ran.
 * @example const fx = bundledSiteFixture(); test('...', async () => { const snapshot = await fx.site.snapshot(); });
 */
export function bundledSiteFixture(): SiteFixture {
  let state: { store: Store; site: SiteData } | undefined;
  const held = () => {
    if (!state) throw new Error('the site fixture is read before its before() hook ran');
    return state;
  };
  before(async () => {
    const { store, site } = await bundledSite();
    state = { store, site };
  });
  after(async () => {
    await state?.store.close();
  });
  return {
    get store() {
      return held().store;
    },
    get site() {
      return held().site;
    },
  };
}
