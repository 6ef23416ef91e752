/**
 * What the pages of other apps read of an app, hashed (the `peer` part of an
 * app's dependency key, export-site.ts): worked out once per scored app, and
 * kept with the app's entry in the build cache (scored-cache.ts), so an
 * incremental export hashes again only the apps it scored again.
 */
import { createHash } from 'node:crypto';
import { dataTypeCount } from '../narrative/category.ts';
import { retirementOf } from '../domain/review.ts';
import type { SiteApp } from '../web/site-data.ts';

/**
 * What the pages of other apps read of an app: its name, its whole score
 * (score, label, tone, every dimension's level and score: category medians,
 * ranks, safer alternatives and their reasons), whether it is retired
 * (retired apps are never offered as alternatives) and how many data types it
 * collects (the category's data-collection comparison). An alternative's
 * other facts are read too (the review page's trade-offs), which is why a
 * page also lists its alternatives among its owners (skippableUrls).
 */
function peerView(a: SiteApp): unknown {
  return [a.review.name, a.score, retirementOf(a.review) ?? null, dataTypeCount(a.review)];
}

/** By scored app (an app scored again is another object): the sha256 (hex) of its peer view. */
const keys = new WeakMap<SiteApp, string>();

/**
 * The sha256 (hex) of what other apps' pages read of `a` (peerView).
 * @example peerKey(snapshot.apps[0]) // '3f2a…' (64 hex digits)
 */
export function peerKey(a: SiteApp): string {
  let key = keys.get(a);
  if (key === undefined) {
    key = createHash('sha256')
      .update(JSON.stringify(peerView(a)))
      .digest('hex');
    keys.set(a, key);
  }
  return key;
}

/** Take `key` as `a`'s peer key: it was worked out from this very entry by this very program (read from the build cache). */
export function rememberPeerKey(a: SiteApp, key: string): void {
  keys.set(a, key);
}
