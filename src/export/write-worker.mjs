// A worker thread of the static export (src/export/writer-pool.ts): it
// receives one file's bytes at a time, compresses them (gzip and brotli, with
// the synchronous zlib calls: no stream per file) and writes the file with its
// .gz and .br copies. Plain JavaScript, so it runs the same from src/ (tests)
// and dist/ (the CLI); scripts/build.mjs copies it into dist/.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @type {{ root: string; gzipLevel: number; brotliQuality: number; atomic: boolean }} */
const settings = workerData;
const made = new Set();
let serial = 0;

/** Write `bytes` to `file`; when replacing files of a live export, through a temporary name and a rename. */
function put(file, bytes) {
  if (!settings.atomic) {
    writeFileSync(file, bytes);
    return;
  }
  const temporary = `${file}.tmp-${process.pid}-${threadId}-${serial++}`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

parentPort?.on('message', (/** @type {{ id: number; relative: string; body: Uint8Array }} */ job) => {
  try {
    const file = join(settings.root, job.relative);
    const dir = dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const gz = gzipSync(job.body, { level: settings.gzipLevel });
    const br = brotliCompressSync(job.body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: settings.brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: job.body.byteLength },
    });
    put(`${file}.gz`, gz);
    put(`${file}.br`, br);
    put(file, job.body);
    parentPort?.postMessage({ id: job.id, compressed: gz.byteLength + br.byteLength });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
});
