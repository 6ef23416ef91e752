/** Spaces requests to one host: each waits until `gapMs` after the previous one to that host began. */

export class HostPacer {
  private readonly nextAt = new Map<string, number>();

  constructor(
    private readonly gapMs: number,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /**
   * Waits for this host's turn, then books the next slot.
   * @example await pacer.wait('signal.org'); await fetch(...)
   */
  async wait(host: string, gapMs = this.gapMs): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.nextAt.get(host) ?? 0);
    this.nextAt.set(host, at + gapMs);
    if (at > now) await this.sleep(at - now);
  }
}
