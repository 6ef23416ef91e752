/** Spaces requests to one host: each waits until `gapMs` after the previous one to that host began. */

export class HostPacer {
  private readonly nextAt = new Map<string, number>();
  private readonly gaps = new Map<string, number>();

  constructor(
    private readonly gapMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /**
   * Waits for this host's turn, then books the next slot.
   * @example await pacer.wait('signal.org'); await fetch(...)
   */
  async wait(host: string): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextAt.get(host) ?? 0);
    this.nextAt.set(host, at + (this.gaps.get(host) ?? this.gapMs));
    if (at > now) await this.sleep(at - now);
  }

  /** A longer gap for one host (a robots.txt Crawl-delay); never shorter than the default. */
  slowDown(host: string, gapMs: number): void {
    const gap = Math.max(this.gapMs, gapMs);
    this.gaps.set(host, gap);
    // The request that brought the delay has just happened: the next one waits the full gap.
    this.nextAt.set(host, Math.max(this.nextAt.get(host) ?? 0, Date.now() + gap));
  }
}
