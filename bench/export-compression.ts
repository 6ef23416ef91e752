/**
 * (e) Compression levels for the static export: the files of an export of the
 * bundled site (or of BENCH_COMPRESSION_DIR, a finished export) compressed at
 * each gzip level and brotli quality, with the time per file and the size
 * against the raw bytes. The export's defaults (src/export/export-site.ts)
 * were chosen from this table.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { bundledSite, TEST_SITE_URL } from '../test/support/site.ts';
import { exportSite } from '../src/export/export-site.ts';
import { apiExportPaths } from '../src/export/api-paths.ts';
import { round, type BenchResult, type Figure } from './lib.ts';

function originals(dir: string): Buffer[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !/\.(gz|br)$/.test(e.name) && !e.name.startsWith('.') && e.name !== '_headers')
    .map((e) => readFileSync(join(e.parentPath, e.name)));
}

export async function runCompressionBench(): Promise<BenchResult> {
  const figures: Record<string, Figure> = {};
  let dir = process.env.BENCH_COMPRESSION_DIR;
  let made: string | undefined;
  if (!dir) {
    made = mkdtempSync(join(tmpdir(), 'bench-compression-'));
    const { store, site } = await bundledSite();
    try {
      const extraPaths = await apiExportPaths();
      await exportSite({ site, siteUrl: TEST_SITE_URL, outDir: join(made, 'site'), brotliQuality: 1, ...(extraPaths ? { extraPaths } : {}) });
    } finally {
      await store.close();
    }
    dir = join(made, 'site');
  }
  try {
    // At most about 1,000 files, every n-th (quality 11 takes ~30 ms a file).
    const all = originals(dir);
    const step = Math.max(1, Math.floor(all.length / 1000));
    const files = all.filter((_, i) => i % step === 0);
    const raw = files.reduce((n, b) => n + b.byteLength, 0);
    figures.files = `${files.length} of ${all.length}`;
    figures['raw, MiB'] = round(raw / 2 ** 20);
    const measure = (name: string, compress: (b: Buffer) => Buffer) => {
      compress(files[0] ?? Buffer.alloc(0));
      let size = 0;
      const started = process.hrtime.bigint();
      for (const b of files) size += compress(b).byteLength;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      figures[`${name}: ms per file`] = round(ms / files.length);
      figures[`${name}: % of raw`] = round((size / raw) * 100);
    };
    for (const level of [1, 6, 9]) measure(`gzip ${level}`, (b) => gzipSync(b, { level }));
    for (const quality of [4, 5, 6, 9, 11])
      measure(`brotli ${quality}`, (b) =>
        brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: b.byteLength } }),
      );
    return { name: 'compression', figures, notes: [`files of ${made ? 'an export of the bundled site' : dir}, compressed one after another on one thread`] };
  } finally {
    if (made) rmSync(made, { recursive: true, force: true });
  }
}
