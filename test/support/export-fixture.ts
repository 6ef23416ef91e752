/**
 * The fixture of the export tests: a store holding the bundled data (or the
 * reviews of a few of its categories), the SiteData over it, and a temporary
 * folder to export into, made before the file's tests and removed after them.
 */
import { after, before } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../src/store/index.ts';
import type { SiteData } from '../../src/web/site-data.ts';
import { bundledSite, bundledSubset } from './site.ts';

export interface ExportFixture {
  readonly store: Store;
  readonly site: SiteData;
  /** A temporary folder of the test file's own. */
  readonly work: string;
}

/**
 * Registers the file's `before` and `after` hooks; the fields can be read once `before` ran.
 * @example const fx = exportFixture('pd-export-'); test('...', async () => { await exportSite({ site: fx.site, outDir: join(fx.work, 'site'), siteUrl }); });
 * @example const fx = exportFixture('pd-incremental-', ['messaging', 'email']); // only those categories' reviews
 */
export function exportFixture(prefix: string, categories?: readonly string[]): ExportFixture {
  let state: { store: Store; site: SiteData; work: string } | undefined;
  let subset: { dir: string; remove(): Promise<void> } | undefined;
  const held = () => {
    if (!state) throw new Error('the export fixture is read before its before() hook ran');
    return state;
  };
  before(async () => {
    subset = categories ? await bundledSubset(categories) : undefined;
    const { store, site } = await bundledSite(undefined, subset?.dir);
    state = { store, site, work: await mkdtemp(join(tmpdir(), prefix)) };
  });
  after(async () => {
    await state?.store.close();
    if (state) await rm(state.work, { recursive: true, force: true });
    await subset?.remove();
  });
  return {
    get store() {
      return held().store;
    },
    get site() {
      return held().site;
    },
    get work() {
      return held().work;
    },
  };
}
