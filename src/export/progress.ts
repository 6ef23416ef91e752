/** Progress of a long export: a bar redrawn in place on a terminal, a plain line every tenth of the way otherwise. */

export interface Progress {
  tick(done: number, total: number, url: string): void;
  end(message: string): void;
}

/**
 * A progress reporter writing to `stream`.
 * @example const p = progressReporter(process.stderr); p.tick(1, 10, '/'); p.end('done');
 */
export function progressReporter(stream: NodeJS.WriteStream | { isTTY?: boolean; columns?: number; write(s: string): boolean }): Progress {
  const tty = stream.isTTY === true;
  let lastTenth = -1;
  let lastDraw = 0;
  return {
    tick(done, total, url) {
      const share = total === 0 ? 1 : done / total;
      if (tty) {
        const now = Date.now();
        if (done !== total && now - lastDraw < 80) return;
        lastDraw = now;
        const width = 30;
        const filled = Math.round(share * width);
        const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done}/${total} ${url}`;
        const columns = stream.columns ?? 100;
        stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`exported ${done}/${total} (${tenth * 10}%)\n`);
      }
    },
    end(message) {
      stream.write(tty ? `\r${' '.repeat(Math.max(0, (stream.columns ?? 100) - 1))}\r${message}\n` : `${message}\n`);
    },
  };
}
