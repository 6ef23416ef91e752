/**
 * Loaded into the soak's server process with `node --import` (bench only,
 * never in production): once a second it appends to SOAK_PROBE_FILE one JSON
 * line with the time, the process's CPU use over that second (1 = one core
 * busy), the event loop's largest delay in that second, the longest time a
 * request took inside the server (from its 'request' event to the response's
 * 'finish', i.e. handed to the kernel), the longest gap on one connection
 * between a response's 'finish' and the next request's 'request' event (time
 * the client took to read the response and send the next request, plus the
 * server's delay in reading it), the longest wait from accepting a connection
 * to its first request, how many requests (those the fast path answers
 * counted by the server, as they raise no 'request' event) and connections it saw and the
 * memory (RSS, the JS heap used and reserved, external and ArrayBuffer
 * memory: process.memoryUsage()). The soak
 * uses it to tell a server that blocks (a long event-loop delay while it has
 * the CPU) from a server that is starved of CPU by the rest of the machine.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { Server } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';

const file = process.env.SOAK_PROBE_FILE;
if (file) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpu = process.cpuUsage();
  let at = performance.now();
  let requestMaxMs = 0;
  let gapMaxMs = 0;
  let requests = 0;
  let firstMaxMs = 0;
  let connections = 0;
  const acceptedAt = new WeakMap();
  const finishedAt = new WeakMap();
  /** The servers seen, and how many requests each one's fast path had answered at the last sample (src/web/http/fast-path.ts: those raise no 'request' event). */
  const fastAnswered = new Map();
  const emit = Server.prototype.emit;
  Server.prototype.emit = function probedEmit(event, ...args) {
    if (event === 'connection') {
      if (typeof this.answered === 'number' && !fastAnswered.has(this)) fastAnswered.set(this, this.answered);
      connections++;
      acceptedAt.set(args[0], performance.now());
    }
    if (event === 'request') {
      requests++;
      const start = performance.now();
      const socket = args[0].socket;
      const previous = finishedAt.get(socket);
      if (previous !== undefined) gapMaxMs = Math.max(gapMaxMs, start - previous);
      else if (acceptedAt.has(socket)) firstMaxMs = Math.max(firstMaxMs, start - acceptedAt.get(socket));
      args[1].once('finish', () => {
        const end = performance.now();
        requestMaxMs = Math.max(requestMaxMs, end - start);
        finishedAt.set(socket, end);
      });
    }
    return emit.call(this, event, ...args);
  };
  const MiB = 2 ** 20;
  /** Where the resident memory is: the JS heap (used and reserved), memory outside it that JS objects hold (Buffers: `external` includes `arrayBuffers`), and everything else (RSS minus those: code, stacks, the allocator's free lists, sockets' native state). */
  const memory = () => {
    const m = process.memoryUsage();
    return {
      rssMiB: m.rss / MiB,
      heapUsedMiB: m.heapUsed / MiB,
      heapTotalMiB: m.heapTotal / MiB,
      externalMiB: m.external / MiB,
      arrayBuffersMiB: m.arrayBuffers / MiB,
    };
  };
  setInterval(() => {
    const used = process.cpuUsage(cpu);
    const now = performance.now();
    let fast = 0;
    for (const [server, before] of fastAnswered) {
      fast += server.answered - before;
      fastAnswered.set(server, server.answered);
    }
    const sample = {
      t: Date.now(),
      cpu: (used.user + used.system) / 1000 / (now - at),
      loopMaxMs: delay.max / 1e6,
      requestMaxMs,
      gapMaxMs,
      requests: requests + fast,
      fastRequests: fast,
      firstMaxMs,
      connections,
      ...memory(),
    };
    cpu = process.cpuUsage();
    at = now;
    delay.reset();
    requestMaxMs = 0;
    gapMaxMs = 0;
    requests = 0;
    firstMaxMs = 0;
    connections = 0;
    appendFileSync(file, `${JSON.stringify(sample)}\n`);
  }, 1000).unref();
  // SIGUSR2 (sent by the soak between its wrk runs, when no request is in flight): a full garbage
  // collection, then (with SOAK_HEAP_SNAPSHOT_DIR) a heap snapshot there, then one line
  // {"t", "afterGc": "gc-<n>", memory…}: what survives, told apart from garbage not yet collected.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  let marks = 0;
  /**
   * Resident memory by kind of mapping (/proc/self/smaps, MiB): the main
   * malloc heap ([heap]), other anonymous mappings (V8's heap pages, malloc's
   * other arenas, thread stacks) and files (code, the bundle, SQLite).
   */
  const mappings = () => {
    const kinds = { mallocHeap: 0, anonymous: 0, files: 0 };
    let kind = 'anonymous';
    try {
      for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
        const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
        if (head) kind = head[1] === '[heap]' ? 'mallocHeap' : head[1] === '' || head[1].startsWith('[') ? 'anonymous' : 'files';
        else if (line.startsWith('Rss:')) kinds[kind] += Number(line.split(/\s+/)[1]) / 1024;
      }
    } catch {
      return {};
    }
    return { smapsMiB: kinds };
  };
  process.on('SIGUSR2', () => {
    gc();
    const label = `gc-${++marks}`;
    const sample = { t: Date.now(), afterGc: label, ...memory(), ...mappings() };
    const dir = process.env.SOAK_HEAP_SNAPSHOT_DIR;
    if (dir) writeHeapSnapshot(`${dir}/${label}.heapsnapshot`);
    // Written last, so that the soak knows the snapshot is complete when it reads this line.
    appendFileSync(file, `${JSON.stringify(sample)}\n`);
  });
}
