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
 * to its first request, how many requests and connections it saw and the
 * RSS. The soak
 * uses it to tell a server that blocks (a long event-loop delay while it has
 * the CPU) from a server that is starved of CPU by the rest of the machine.
 */
import { appendFileSync } from 'node:fs';
import { Server } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

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
  const emit = Server.prototype.emit;
  Server.prototype.emit = function probedEmit(event, ...args) {
    if (event === 'connection') {
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
  setInterval(() => {
    const used = process.cpuUsage(cpu);
    const now = performance.now();
    const sample = {
      t: Date.now(),
      cpu: (used.user + used.system) / 1000 / (now - at),
      loopMaxMs: delay.max / 1e6,
      requestMaxMs,
      gapMaxMs,
      requests,
      firstMaxMs,
      connections,
      rssMiB: process.memoryUsage.rss() / 2 ** 20,
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
}
