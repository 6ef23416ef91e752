/**
 * Writing a file from many buffers without copying them into one first (the
 * JSON download, ~200 MB at 10,000 apps; the kept scores, one buffer per app).
 */
import { closeSync, openSync, writeSync, writevSync } from 'node:fs';

/** Write `parts` one after another into `file` (gathered writes: they are not copied into one buffer first). */
export function writeParts(file: string, parts: readonly Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    for (let i = 0; i < parts.length; i += 1024) {
      const chunk = parts.slice(i, i + 1024);
      let done = writevSync(fd, chunk);
      // A short write: the rest of the chunk, part by part.
      for (const part of chunk) {
        if (done >= part.byteLength) {
          done -= part.byteLength;
          continue;
        }
        let at = done;
        while (at < part.byteLength) at += writeSync(fd, part, at);
        done = 0;
      }
    }
  } finally {
    closeSync(fd);
  }
}
