/** The watcher's settings with their defaults, in one place. */
import { privateAddressesAllowed } from './address-policy.ts';
import type { WatchSettings } from './check-document.ts';
import { HostPacer } from './host-pacer.ts';
import { USER_AGENT } from './http-get.ts';
import { RobotsCache } from './robots.ts';

export interface WatchOptions {
  /** Hours between checks of one document (default 24). */
  intervalHours?: number;
  /** Seconds between two requests to one host (default 5). */
  hostGapSeconds?: number;
  /** Seconds for a whole request (default 30). */
  timeoutSeconds?: number;
  /** Largest body read, in bytes (default 5 MiB). */
  maxBytes?: number;
  /** Redirects followed (default 5). */
  maxRedirects?: number;
  /** Seconds before the first retry after a failure (default 300; doubled per failure). */
  retrySeconds?: number;
  /** Default: PRIVACYDEFEND_WATCH_ALLOW_PRIVATE=1. */
  allowPrivate?: boolean;
}

export const WATCH_DEFAULTS = {
  intervalHours: 24,
  hostGapSeconds: 5,
  timeoutSeconds: 30,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retrySeconds: 300,
} as const;

/**
 * Settings for one watcher process (its robots.txt cache and host pacing live as long as they do).
 * @example const settings = watchSettings({ hostGapSeconds: 0 });
 */
export function watchSettings(options: WatchOptions = {}): WatchSettings {
  const o = { ...WATCH_DEFAULTS, ...options };
  const http = {
    userAgent: USER_AGENT,
    timeoutMs: o.timeoutSeconds * 1000,
    maxBytes: o.maxBytes,
    maxRedirects: o.maxRedirects,
    allowPrivate: options.allowPrivate ?? privateAddressesAllowed(),
    pacer: new HostPacer(o.hostGapSeconds * 1000),
  };
  return { intervalMs: o.intervalHours * 3_600_000, retryBaseMs: o.retrySeconds * 1000, http, robots: new RobotsCache(http) };
}
