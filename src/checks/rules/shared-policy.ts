/**
 * Apps of one owner that share one policy are mapped from it the same way.
 * When two reviews rest a fact that a privacy policy decides on the same
 * policy document (and on nothing else that could explain a difference), the
 * two values must be equal: Instagram cannot read "email is not used for
 * tracking" in the Meta Privacy Policy while Facebook reads the opposite.
 */
import { isKnown, type DataItem, type Fact, type Review, type Source } from '../../domain/review.ts';
import type { ReviewRecord } from '../../domain/dataset.ts';
import type { DatasetRule, Issue } from '../model.ts';
import { says } from '../say.ts';

/** The facts a company-wide privacy policy decides for every product it covers. */
export const POLICY_FACTS = [
  'sharing.thirdParties',
  'sharing.sellsData',
  'sharing.advertising',
  'sharing.parties',
  'controls.opt-out-ad-tracking',
  'controls.delete-account',
  'controls.export-data',
] as const;

/** A document's address compared as the watcher compares it: no fragment, no trailing slash, no scheme, no `www.`. */
export function documentKey(url: string): string {
  return url
    .replace(/#.*$/, '')
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function factAtPath(review: Review, path: string): Fact<unknown> | undefined {
  const [head, ...rest] = path.split('.');
  if (head === 'controls') return review.controls[rest.join('.')];
  let v: unknown = review[head as keyof Review];
  for (const key of rest) v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'object' && v !== null && ('value' in v || 'unknown' in v) ? (v as Fact<unknown>) : undefined;
}

/** Which copy of a document a source read: the archived copy itself, else the document's own date, else the day it was read live. */
function versionOf(s: Source): string {
  return s.archived ? `copy ${s.archived.url}` : s.published ? `of ${s.published}` : `read ${s.read}`;
}

/** The documents a list of source ids names, as one key ("" when a source is not a privacy policy: then the policy alone does not decide). */
function policyKey(review: Review, sources: readonly string[]): string | undefined {
  const keys = new Set<string>();
  for (const id of sources) {
    const s = review.sources[id];
    if (s?.kind !== 'privacy-policy') return undefined;
    keys.add(`${documentKey(s.url)} (${versionOf(s)})`);
  }
  return keys.size > 0 ? [...keys].sort().join(' + ') : undefined;
}

function show(value: unknown): string {
  return Array.isArray(value) ? `[${[...value].map(String).sort().join(', ')}]` : JSON.stringify(value);
}

function canonical(value: unknown): string {
  return Array.isArray(value) ? JSON.stringify([...value].map(String).sort()) : JSON.stringify(value);
}

interface Reading {
  review: ReviewRecord;
  path: (string | number)[];
  value: unknown;
}

/** Every known reading of one decided fact, grouped by the policy it rests on alone. */
function readings(reviews: readonly ReviewRecord[]): Map<string, Reading[]> {
  const groups = new Map<string, Reading[]>();
  const add = (key: string, r: Reading) => {
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  };
  for (const review of reviews) {
    for (const path of POLICY_FACTS) {
      const fact = factAtPath(review, path);
      if (!isKnown(fact)) continue;
      const key = policyKey(review, fact.sources);
      if (key) add(`${path}\u0000${key}`, { review, path: [...path.split('.'), 'value'], value: fact.value });
    }
    const collected = review.dataCollected;
    if (!isKnown(collected) || collected.value === 'nothing') continue;
    collected.value.forEach((item: DataItem, i) => {
      const key = policyKey(review, item.sources && item.sources.length > 0 ? item.sources : collected.sources);
      if (!key || item.tracking === 'unknown') return;
      add(`dataCollected.${item.type}.tracking\u0000${key}`, { review, path: ['dataCollected', 'value', i, 'tracking'], value: item.tracking });
    });
  }
  return groups;
}

export const sharedPolicy: DatasetRule = {
  id: 'shared-policy',
  severity: 'error',
  scope: 'dataset',
  description:
    'apps that rest a fact a privacy policy decides (sharing, selling, advertising, the rights to delete and export, the tracking flag of a data type) on the same policy alone read the same value from it',
  check({ dataset }) {
    const issues: Issue[] = [];
    for (const [key, list] of readings(dataset.reviews)) {
      const [fact = '', policy = ''] = key.split('\u0000');
      // The reading most reviews make is the reference; ties go to the first file read.
      const counts = new Map<string, number>();
      for (const r of list) counts.set(canonical(r.value), (counts.get(canonical(r.value)) ?? 0) + 1);
      const reference = [...counts.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
      const model = list.find((r) => canonical(r.value) === reference);
      if (!model) continue;
      for (const other of list) {
        if (canonical(other.value) === reference) continue;
        issues.push({
          file: other.review.file,
          path: other.path,
          ...says('check.sharedPolicy', { fact, here: show(other.value), there: show(model.value), file: model.review.file, policy }),
        });
      }
    }
    return issues;
  },
};
