/**
 * robots.txt, fetched once per origin per cache and read with robots-parser.
 * A missing robots.txt (4xx) allows everything; one that can't be fetched
 * (5xx, network failure) disallows everything for now, as RFC 9309 says.
 */
import { createRequire } from 'node:module';
import { httpGet, WatchFetchError, type HttpGetOptions } from './http-get.ts';

/** The product token robots.txt groups may name to address the watcher. */
export const ROBOTS_AGENT = 'PrivacyDefendWatcher';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

/** The longest Crawl-delay honoured, in seconds (a larger one would stall a pass). */
const MAX_CRAWL_DELAY_S = 60;
// robots-parser is CommonJS and its typings don't describe its export; load it as what it is.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robot;

type Verdict = { allows: (url: string) => boolean } | { unreachable: string };

export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Verdict>>();

  constructor(private readonly options: HttpGetOptions) {}

  /**
   * Throws a WatchFetchError ("refused") unless robots.txt lets the watcher fetch `url`.
   * @example await robots.check(new URL('https://signal.org/legal/'));
   */
  async check(url: URL): Promise<void> {
    let verdict = this.byOrigin.get(url.origin);
    if (verdict === undefined) {
      verdict = this.load(url.origin);
      this.byOrigin.set(url.origin, verdict);
    }
    const v = await verdict;
    if ('unreachable' in v)
      throw new WatchFetchError(`${url.origin}/robots.txt could not be read (${v.unreachable}), so nothing on ${url.host} is fetched`, 'refused');
    if (!v.allows(url.toString())) throw new WatchFetchError(`${url.origin}/robots.txt disallows ${url.pathname} for ${ROBOTS_AGENT}`, 'refused');
  }

  private async load(origin: string): Promise<Verdict> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const res = await httpGet(
        robotsUrl,
        { accept: 'text/plain' },
        { ...this.options, maxBytes: Math.min(this.options.maxBytes, 512 * 1024), beforeRequest: undefined },
      );
      if (res.status >= 400 && res.status < 500) return { allows: () => true };
      if (res.status !== 200) return { unreachable: `HTTP ${res.status}` };
      const robots = robotsParser(robotsUrl, res.body.toString('utf8'));
      const delay = robots.getCrawlDelay(ROBOTS_AGENT);
      if (delay !== undefined && Number.isFinite(delay) && delay > 0)
        this.options.pacer.slowDown(new URL(origin).host, Math.min(delay, MAX_CRAWL_DELAY_S) * 1000);
      return { allows: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false };
    } catch (error) {
      if (error instanceof WatchFetchError) return { unreachable: error.message };
      throw error;
    }
  }
}
