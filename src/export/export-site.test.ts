import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile, mkdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { bundledSite, TEST_SITE_URL } from '../../test/support/site.ts';
import { exportFixture } from '../../test/support/export-fixture.ts';
import { SiteData, type SiteSnapshot } from '../web/site-data.ts';
import { createApp } from '../web/app.tsx';
import { exportSite, defaultCacheDir, ExportError, ExportTargetError, EXPORT_MARKER, EXPORT_MANIFEST, headersFile } from './export-site.ts';
import { exportCorrectionLinks } from '../web/edit/suggest-link.tsx';
import { exportFilePath } from './file-path.ts';
import { apiExportPaths } from './api-paths.ts';
import { SCORED_CACHE } from './scored-cache.ts';

const fx = exportFixture('pd-export-');

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

/** The URL a file of the export answers, by the documented layout. */
function urlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'/index.html'.length)}`;
  if (file.endsWith('/index.json')) return `/${file.slice(0, -'/index.json'.length)}`;
  return `/${file}`;
}

describe('exportFilePath', () => {
  test('maps pages to <path>/index.html and files to themselves', () => {
    assert.equal(exportFilePath('/', 'text/html; charset=UTF-8'), 'index.html');
    assert.equal(exportFilePath('/apps/signal', 'text/html'), 'apps/signal/index.html');
    assert.equal(exportFilePath('/feed.xml', 'application/atom+xml'), 'feed.xml');
    assert.equal(exportFilePath('/api/v1/apps', 'application/json'), 'api/v1/apps/index.json');
    assert.throws(() => exportFilePath('/a/../b', 'text/html'), /can't be a file name/);
    assert.throws(() => exportFilePath('/search?q=x', 'text/html'), /only plain paths/);
  });
});

describe('exportSite', () => {
  test('writes every page, asset, feed, sitemap and badge with the bytes the server sends, and .gz/.br copies', async () => {
    const out = join(fx.work, 'site');
    // The JSON download is written from the files of the apps' API entries: it too must hold the server's bytes.
    const extraPaths = (s: SiteSnapshot) => [...s.apps.map((a) => `/api/v1/apps/${a.review.slug}`), '/downloads/privacydefend.json'];
    const result = await exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, brotliQuality: 4, extraPaths });
    const files = await filesUnder(out);
    const originals = files.filter((f) => !f.endsWith('.gz') && !f.endsWith('.br') && f !== '_headers' && f !== EXPORT_MARKER && f !== EXPORT_MANIFEST);
    // The build cache is outside the export: nothing of it is uploaded with the site.
    assert.ok(!files.some((f) => f.includes('scored') || f.includes('pieces')), files.join(', '));
    assert.ok((await readdir(defaultCacheDir(out))).includes(SCORED_CACHE), 'the kept scores are in the build cache beside the export');
    assert.equal(originals.length, result.files);
    const snapshot = await fx.site.snapshot();
    for (const a of snapshot.apps) {
      assert.ok(originals.includes(`apps/${a.review.slug}/index.html`), a.review.slug);
      assert.ok(originals.includes(`badge/${a.review.slug}.svg`), `badge ${a.review.slug}`);
    }
    for (const f of [
      'index.html',
      '404.html',
      'methodology/index.html',
      'about/index.html',
      'categories/messaging/index.html',
      'search/index.html',
      'compare/index.html',
      'feed.xml',
      'sitemap.xml',
      'robots.txt',
      'search-index.json',
      'favicon.svg',
    ]) {
      assert.ok(originals.includes(f), f);
    }
    assert.ok(originals.some((f) => /^assets\/site\.[0-9a-f]+\.css$/.test(f)));
    assert.ok(originals.some((f) => /^assets\/js\/search\.[0-9a-f]+\.js$/.test(f)));
    assert.ok(originals.some((f) => /^compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/index\.html$/.test(f)));

    // A fresh server (its own caches) must answer each URL with the same bytes.
    const app = createApp({ site: fx.site, siteUrl: TEST_SITE_URL });
    for (const f of originals) {
      const onDisk = await readFile(join(out, f));
      const res = await app.request(f === '404.html' ? '/404' : urlOf(f));
      assert.equal(res.status, f === '404.html' ? 404 : 200, f);
      // The one difference: no editor runs on a static host, so (without --corrections) the correction links are left out.
      const served = (res.headers.get('content-type') ?? '').startsWith('text/html')
        ? Buffer.from(exportCorrectionLinks(await res.text(), undefined))
        : Buffer.from(await res.arrayBuffer());
      assert.ok(served.equals(onDisk), `${f} has the server's bytes`);
      if (f.endsWith('.html')) assert.ok(!onDisk.includes('/edit/corrections/new'), `${f} links to no correction form`);
      assert.ok(gunzipSync(await readFile(join(out, `${f}.gz`))).equals(onDisk), `${f}.gz`);
      // The JSON download's .gz is stitched from per-app pieces, and it has no .br copy (download-json.ts).
      if (f === 'downloads/privacydefend.json') assert.ok(!files.includes(`${f}.br`), `${f} has no .br copy`);
      else assert.ok(brotliDecompressSync(await readFile(join(out, `${f}.br`))).equals(onDisk), `${f}.br`);
    }
  });

  test('a failing URL leaves the previous export intact and names the URL', async () => {
    const out = join(fx.work, 'kept');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'index.html'), 'previous export');
    await writeFile(join(out, EXPORT_MARKER), '');
    await assert.rejects(
      exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, brotliQuality: 1, extraPaths: () => ['/apps/no-such-app'] }),
      (err: unknown) => err instanceof ExportError && err.url === '/apps/no-such-app' && /answered 404/.test(err.message),
    );
    assert.equal(await readFile(join(out, 'index.html'), 'utf8'), 'previous export');
    assert.deepEqual(await filesUnder(out), [EXPORT_MARKER, 'index.html']);
    const leftovers = (await readdir(fx.work)).filter((n) => n.includes('export-'));
    assert.deepEqual(leftovers, [], 'no temporary folder is left behind');
  });

  test('a non-empty folder that is not a previous export is refused and left untouched, unless forced', async () => {
    const out = join(fx.work, 'precious');
    await mkdir(join(out, 'apps'), { recursive: true });
    await writeFile(join(out, 'apps', 'signal.yaml'), 'slug: signal');
    await assert.rejects(
      exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, brotliQuality: 1 }),
      (err: unknown) => err instanceof ExportTargetError && /is not a previous export \(it has no \.privacydefend-export file\).*--force/.test(err.message),
    );
    assert.deepEqual(await filesUnder(out), ['apps/signal.yaml']);
    assert.deepEqual(
      (await readdir(fx.work)).filter((n) => n.includes('export-')),
      [],
      'nothing was rendered into a temporary folder',
    );

    await exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, brotliQuality: 1, force: true });
    const files = await filesUnder(out);
    assert.ok(files.includes(EXPORT_MARKER) && files.includes('index.html') && !files.includes('apps/signal.yaml'));
    // Now it is an export, so a second export replaces it without --force.
    await exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, brotliQuality: 1 });
  });

  test('a build cache inside the output folder, or holding it, is refused before anything is written', async () => {
    const out = join(fx.work, 'cached');
    for (const cacheDir of [join(out, 'cache'), out, fx.work]) {
      await assert.rejects(
        exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, brotliQuality: 1, cacheDir }),
        (err: unknown) =>
          err instanceof ExportTargetError && /refusing to keep the build cache in .*(inside the output folder|holds the output folder)/.test(err.message),
      );
    }
    await assert.rejects(readdir(out), { code: 'ENOENT' }, 'nothing was written');
  });

  test('the working directory, or a folder holding it, is refused even with force', async () => {
    for (const outDir of ['.', '..']) {
      await assert.rejects(
        exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir, brotliQuality: 1, force: true }),
        (err: unknown) => err instanceof ExportTargetError && /working directory or holds it/.test(err.message),
      );
    }
  });
});

/** Every file under `dir` with its bytes and mtime. */
async function filesWithTimes(dir: string): Promise<Map<string, { bytes: Buffer; mtimeMs: number }>> {
  const out = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const f of await filesUnder(dir)) out.set(f, { bytes: await readFile(join(dir, f)), mtimeMs: (await stat(join(dir, f))).mtimeMs });
  return out;
}

describe('exportSite --incremental', () => {
  test('after one app changes, writes exactly the files whose bytes change, leaves the rest untouched, and equals a full export', async () => {
    // A store of its own: the revision saved here must not reach the other tests.
    const own = await bundledSite();
    try {
      const extraPaths = await apiExportPaths();
      assert.ok(extraPaths, 'the API lists its exportable paths');
      const settings = { site: own.site, siteUrl: TEST_SITE_URL, brotliQuality: 4, extraPaths };
      const inc = join(fx.work, 'incremental');
      const full = join(fx.work, 'full-after');
      const first = await exportSite({ ...settings, outDir: inc });
      assert.equal(first.written.length, first.files, 'a first export writes every file');
      const before = await filesWithTimes(inc);
      const unchanged = await exportSite({ ...settings, outDir: inc, incremental: true });
      assert.deepEqual(unchanged.written, [], 'nothing changed, nothing is written');
      assert.ok(unchanged.skipped >= first.files / 2, 'and no app page is rendered again');
      for (const [f, was] of await filesWithTimes(inc)) if (f !== EXPORT_MANIFEST) assert.equal(was.mtimeMs, before.get(f)?.mtimeMs, `${f} kept its mtime`);

      const row = await own.store.getApp('threema');
      assert.ok(row);
      const facts = structuredClone(row.facts) as { app: { minimumAge: unknown } };
      facts.app.minimumAge = { value: 15, sources: ['threema-wikipedia-de'] };
      const saved = await own.store.saveRevision({ ...row, facts }, { author: 'test', note: 'Minimum age corrected', at: new Date('2026-12-02T09:00:00Z') });
      assert.equal(saved.created, true);

      await exportSite({ ...settings, outDir: full });
      const expected = await filesWithTimes(full);
      // The files a full export changes: what the incremental one must write, and nothing else.
      const differing = [...expected].filter(([f, now]) => f !== EXPORT_MANIFEST && !before.get(f)?.bytes.equals(now.bytes)).map(([f]) => f);
      const gone = [...before.keys()].filter((f) => !expected.has(f));
      assert.ok(differing.includes('apps/threema/index.html') && differing.includes('api/v1/apps/threema/index.json'), "the app's page and API file change");
      assert.ok(differing.length < before.size / 4, `only the affected files change (${differing.length} of ${before.size})`);

      const result = await exportSite({ ...settings, outDir: inc, incremental: true });
      assert.deepEqual(
        // The JSON download has a .gz copy only (download-json.ts).
        result.written.flatMap((f) => (f === 'downloads/privacydefend.json' ? [f, `${f}.gz`] : [f, `${f}.gz`, `${f}.br`])).sort(),
        differing.filter((f) => f !== '_headers').sort(),
        'exactly the changed files (and their .gz/.br) are written',
      );
      assert.deepEqual(result.removed, gone);
      assert.ok(result.skipped > 0, 'the pages of apps in other categories are not rendered again');
      const after = await filesWithTimes(inc);
      assert.deepEqual([...after.keys()], [...expected.keys()], 'the same files as a full export');
      for (const [f, now] of after) {
        assert.ok(now.bytes.equals(expected.get(f)?.bytes ?? Buffer.alloc(0)), `${f} equals the full export byte for byte`);
        if (f === EXPORT_MANIFEST || differing.includes(f)) continue;
        assert.equal(now.mtimeMs, before.get(f)?.mtimeMs, `${f} was not rewritten`);
      }

      // An app that moves to another category: the pages of both categories may change.
      const moved = await own.store.getApp('threema');
      assert.ok(moved);
      const other = (await own.site.snapshot()).catalog.categories.find((c) => c.id !== moved.category)?.id;
      assert.ok(other);
      const movedFacts = { ...(structuredClone(moved.facts) as Record<string, unknown>), category: other };
      await own.store.saveRevision({ ...moved, category: other, facts: movedFacts }, { author: 'test', note: 'Moved', at: new Date('2026-12-03T09:00:00Z') });
      const full2 = join(fx.work, 'full-after-move');
      await exportSite({ ...settings, outDir: full2 });
      const moveResult = await exportSite({ ...settings, outDir: inc, incremental: true });
      assert.ok(moveResult.written.length > 0);
      const expected2 = await filesWithTimes(full2);
      const after2 = await filesWithTimes(inc);
      assert.deepEqual([...after2.keys()], [...expected2.keys()], 'the same files as a full export after the move');
      for (const [f, now] of after2) assert.ok(now.bytes.equals(expected2.get(f)?.bytes ?? Buffer.alloc(0)), `${f} equals the full export after the move`);
    } finally {
      await own.store.close();
    }
  });

  test('writes only the compressed copies asked for, and exports everything again when they change', async () => {
    const out = join(fx.work, 'copies');
    const extraPaths = () => ['/downloads/privacydefend.json'];
    const none = await exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, precompress: [], extraPaths });
    let files = await filesUnder(out);
    assert.ok(files.includes('index.html') && files.includes('downloads/privacydefend.json'), files.join(', '));
    assert.deepEqual(
      files.filter((f) => f.endsWith('.gz') || f.endsWith('.br')),
      [],
    );
    const manifest = JSON.parse(await readFile(join(out, EXPORT_MANIFEST), 'utf8')) as { settings: { precompress: string[] } };
    assert.deepEqual(manifest.settings.precompress, []);
    // Another choice of copies is another setting: every file is written again, with its .gz copy only.
    const gz = await exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, precompress: ['gzip'], incremental: true, extraPaths });
    assert.equal(gz.written.length, gz.files);
    assert.equal(gz.files, none.files);
    files = await filesUnder(out);
    assert.equal(files.filter((f) => f.endsWith('.br')).length, 0);
    assert.equal(files.filter((f) => f.endsWith('.gz')).length, gz.files);
    assert.equal(gunzipSync(await readFile(join(out, 'index.html.gz'))).toString(), await readFile(join(out, 'index.html'), 'utf8'));
    assert.equal(
      gunzipSync(await readFile(join(out, 'downloads/privacydefend.json.gz'))).toString(),
      await readFile(join(out, 'downloads/privacydefend.json'), 'utf8'),
    );
    // The same choice again is no change.
    const again = await exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, precompress: ['gzip', 'gzip'], incremental: true, extraPaths });
    assert.deepEqual(again.written, []);
  });

  test('without a manifest it exports everything', async () => {
    const out = join(fx.work, 'no-manifest');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, EXPORT_MARKER), '');
    await writeFile(join(out, 'stale.html'), 'left from before');
    const result = await exportSite({ site: fx.site, siteUrl: TEST_SITE_URL, outDir: out, brotliQuality: 1, incremental: true });
    assert.equal(result.written.length, result.files);
    assert.ok(!(await filesUnder(out)).includes('stale.html'), 'the folder was replaced as a whole');
  });
});

describe('exportSite on render threads', () => {
  test('render threads opening the database file write the same bytes as one thread, in a full and an incremental export', async () => {
    const dbFile = join(fx.work, 'threads.db');
    const own = await bundledSite({ sqlitePath: dbFile });
    try {
      const extraPaths = await apiExportPaths();
      assert.ok(extraPaths);
      const settings = { site: own.site, siteUrl: TEST_SITE_URL, brotliQuality: 4, extraPaths };
      const threaded = join(fx.work, 'threaded');
      const single = join(fx.work, 'single');
      const a = await exportSite({ ...settings, outDir: threaded, store: { sqlitePath: dbFile }, threads: 2 });
      const b = await exportSite({ ...settings, outDir: single });
      assert.equal(b.threads.length, 1, 'without store options everything renders on the main thread');
      assert.equal(a.threads.length, 3);
      assert.ok(
        a.threads.slice(1).some((n) => n > 0),
        `a render thread exported URLs (${a.threads.join(' + ')})`,
      );
      assert.equal(
        a.threads.reduce((x, y) => x + y, 0),
        a.files,
        'every URL rendered once',
      );
      const same = async (x: string, y: string, what: string) => {
        const fx = await filesWithTimes(x);
        const fy = await filesWithTimes(y);
        assert.deepEqual([...fx.keys()], [...fy.keys()], `${what}: the same files`);
        for (const [f, v] of fx) assert.ok(v.bytes.equals(fy.get(f)?.bytes ?? Buffer.alloc(0)), `${what}: ${f} byte for byte`);
      };
      await same(threaded, single, 'full export');

      const row = await own.store.getApp('signal');
      assert.ok(row);
      const facts = structuredClone(row.facts) as { review: { notes?: string } };
      facts.review.notes = `${facts.review.notes ?? ''} Re-checked.`.trim();
      await own.store.saveRevision({ ...row, facts }, { author: 'test', note: 'Re-checked', at: new Date('2026-12-02T09:00:00Z') });
      const fresh = new SiteData(own.store, 0);
      const inc = await exportSite({ ...settings, site: fresh, outDir: threaded, incremental: true, store: { sqlitePath: dbFile }, threads: 2 });
      assert.ok(inc.written.includes('apps/signal/index.html'), 'the changed page is written');
      assert.ok(inc.skipped > 0);
      await exportSite({ ...settings, site: fresh, outDir: single });
      await same(threaded, single, 'after one revision, incremental on threads against a full export on one');
    } finally {
      await own.store.close();
    }
  });
});

describe('headersFile', () => {
  test('carries the security headers, CORP per folder without overlapping rules, and open CORS for the API and downloads', () => {
    const text = headersFile(
      [
        '/',
        '/apps/signal',
        '/apps/brave',
        '/api',
        '/api/v1/apps',
        '/api/v1/apps/signal',
        '/downloads',
        '/downloads/apps.csv',
        '/badge/signal.svg',
        '/feed.xml',
      ],
      63072000,
    );
    const rules = new Map<string, string[]>();
    let current = '';
    for (const line of text.trim().split('\n')) {
      if (line.startsWith('  ')) rules.get(current)?.push(line.trim());
      else {
        current = line;
        rules.set(current, []);
      }
    }
    const all = rules.get('/*') ?? [];
    assert.ok(
      all.includes(
        "Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      ),
    );
    assert.ok(all.includes('Strict-Transport-Security: max-age=63072000'));
    assert.ok(all.includes('Referrer-Policy: strict-origin-when-cross-origin'));
    assert.ok(!all.some((h) => h.startsWith('Cross-Origin-Resource-Policy')), 'CORP is per path, never merged with another value');
    assert.deepEqual(rules.get('/apps/*'), ['Cross-Origin-Resource-Policy: same-origin']);
    assert.deepEqual(rules.get('/api'), ['Cross-Origin-Resource-Policy: same-origin']);
    assert.deepEqual(rules.get('/api/v1/*'), [
      'Cross-Origin-Resource-Policy: cross-origin',
      'Access-Control-Allow-Origin: *',
      'Access-Control-Expose-Headers: ETag',
    ]);
    assert.deepEqual(rules.get('/downloads'), [
      'Cross-Origin-Resource-Policy: cross-origin',
      'Access-Control-Allow-Origin: *',
      'Access-Control-Expose-Headers: ETag',
    ]);
    assert.deepEqual(rules.get('/downloads/*'), [
      'Cross-Origin-Resource-Policy: cross-origin',
      'Access-Control-Allow-Origin: *',
      'Access-Control-Expose-Headers: ETag',
    ]);
    assert.deepEqual(rules.get('/badge/*'), ['Cross-Origin-Resource-Policy: cross-origin']);
    assert.deepEqual(rules.get('/'), ['Cross-Origin-Resource-Policy: same-origin']);
    assert.ok(!headersFile(['/'], 0).includes('Strict-Transport-Security'), 'no HSTS when it is off');
  });
});
