/**
 * The soak's second client (SOAK_CLIENT=autocannon): autocannon's own
 * programmatic API over the same routes, connections and duration as wrk, in
 * its own process, printing one `SOAK {...}` line in wrk's summary shape
 * (socket errors other than timeouts are reported as `read`). Used to
 * cross-check wrk's latencies; run by bench/soak.ts, not directly.
 * Arguments: URL SECONDS CONNECTIONS TIMEOUT_SECONDS ROUTE...
 */
import autocannon from 'autocannon';

const [url = '', seconds = '60', connections = '256', timeout = '10', ...routes] = process.argv.slice(2);
const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  timeout: Number(timeout),
  requests: routes.map((path) => ({ method: 'GET', path })),
});
const summary = {
  requests: result.requests.total,
  duration_us: result.duration * 1e6,
  bytes: result.throughput.total,
  connect: 0,
  read: result.errors - result.timeouts,
  write: 0,
  status: result.non2xx,
  timeout: result.timeouts,
  p50_ms: result.latency.p50,
  p99_ms: result.latency.p99,
  max_ms: result.latency.max,
};
console.log(`SOAK ${JSON.stringify(summary)}`);
