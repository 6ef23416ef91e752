/**
 * Source quality: the published classification of the hosts sources live on
 * (data/source-hosts.yaml), which facts are core, which kinds of host a core
 * fact may rest on, and how old a core fact's evidence may be. Pure: no I/O.
 */
import { z } from 'zod';
import type { Review, Source } from './review.ts';
import { factsOf } from './facts.ts';

/** What a host is. `denied` hosts (mirrors, proxies, content farms, SEO copies, personal forks) may never be cited. */
export const HostClass = z.enum(['vendor', 'app-store', 'regulator', 'court', 'audit', 'academic', 'press', 'archive', 'expert', 'community', 'denied']);
export type HostClass = z.infer<typeof HostClass>;

/** The fact paths (or prefixes of them) that can be declared core. */
export const CoreFactPath = z.enum([
  'app.accountRequires',
  'dataCollected',
  'encryption',
  'encryption.inTransit',
  'encryption.atRest',
  'encryption.e2ee',
  'encryption.protocol',
  'encryption.forwardSecrecy',
  'encryption.exceptions',
  'sharing',
  'sharing.thirdParties',
  'sharing.sellsData',
  'sharing.advertising',
  'sharing.parties',
]);

/** `example.org` (also matches its subdomains) or `example.org/first/segments` (a path prefix, e.g. one GitHub organisation). */
const HostPattern = z
  .string()
  .max(200)
  .regex(
    /^(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}|(?:\d{1,3}\.){3}\d{1,3})(?:\/[A-Za-z0-9._~-]+)*$/,
    'must be a lowercase host name, optionally followed by a path prefix such as /OpenTermsArchive (no scheme, no trailing slash)',
  );

export const HostEntry = z
  .object({
    host: HostPattern,
    class: HostClass,
    name: z.string().min(1).max(200).describe('who the host belongs to'),
    note: z.string().min(1).max(500).optional().describe('why it is classified so (required for denied hosts)'),
  })
  .strict()
  .refine((h) => h.class !== 'denied' || h.note !== undefined, { message: 'a denied host needs a note saying why', path: ['note'] });
export type HostEntry = z.infer<typeof HostEntry>;

export const SourcePolicy = z
  .object({
    coreFacts: z.array(CoreFactPath).min(1).describe('facts (or groups of facts) that must rest on an accepted source'),
    acceptedForCoreFacts: z.array(HostClass).min(1).describe('host classes a core fact may rest on: primary sources and reputable reporting'),
    freshness: z
      .object({
        maxAgeYears: z.number().int().min(1).max(20).describe("a core fact is stale when its newest source is older than this before the review's date"),
      })
      .strict(),
    hosts: z.array(HostEntry).min(1),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.acceptedForCoreFacts.includes('denied')) ctx.addIssue({ code: 'custom', path: ['acceptedForCoreFacts'], message: 'cannot accept denied hosts' });
    const seen = new Map<string, number>();
    p.hosts.forEach((h, i) => {
      const key = h.host.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['hosts', i, 'host'], message: `"${h.host}" is already classified at hosts[${first}]` });
      else seen.set(key, i);
    });
  });
export type SourcePolicy = z.infer<typeof SourcePolicy>;

/** The file the policy is read from, for findings about it. */
export const SOURCE_POLICY_FILE = 'source-hosts.yaml';

/** A policy's entries by host name, each with its path prefix: split once per policy, not once per URL. */
type HostIndex = Map<string, { entry: HostEntry; prefix: string[] }[]>;
const hostIndexes = new WeakMap<readonly HostEntry[], HostIndex>();
function hostIndex(hosts: readonly HostEntry[]): HostIndex {
  let index = hostIndexes.get(hosts);
  if (!index) {
    index = new Map();
    for (const entry of hosts) {
      const [entryHost = '', ...prefix] = entry.host.toLowerCase().split('/');
      const list = index.get(entryHost);
      if (list) list.push({ entry, prefix });
      else index.set(entryHost, [{ entry, prefix }]);
    }
    hostIndexes.set(hosts, index);
  }
  return index;
}

/**
 * The most specific entry classifying `url`: a path-prefix entry beats a
 * host entry, a host entry matches its subdomains, and `www.` is ignored.
 * @example classifyUrl('https://www.signal.org/legal/', policy)?.class // 'vendor'
 */
export function classifyUrl(url: string, policy: Pick<SourcePolicy, 'hosts'>): HostEntry | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  const segments = u.pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => s.toLowerCase());
  const index = hostIndex(policy.hosts);
  let best: HostEntry | undefined;
  let bestRank = -1;
  // The host itself and each parent domain (`a.b.example.org`, `b.example.org`, `example.org`, `org`).
  for (let suffix = host; ; ) {
    for (const { entry, prefix } of index.get(suffix) ?? []) {
      if (prefix.some((p, i) => segments[i] !== p)) continue;
      // More path segments first, then the longer (more specific) host name.
      const rank = prefix.length * 1000 + suffix.length;
      if (rank > bestRank) {
        best = entry;
        bestRank = rank;
      }
    }
    const dot = suffix.indexOf('.');
    if (dot === -1) break;
    suffix = suffix.slice(dot + 1);
  }
  return best;
}

/** The host of a URL as classified entries name it (`www.` removed), for messages. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Whether the fact at `path` (dotted) is core under the policy. */
export function isCoreFact(path: string, policy: Pick<SourcePolicy, 'coreFacts'>): boolean {
  return policy.coreFacts.some((c) => path === c || path.startsWith(`${c}.`));
}

/** Every source id named anywhere inside a fact (its own list, data items, exceptions). */
export function sourceIdsIn(fact: unknown): string[] {
  const out = new Set<string>();
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'sources' && Array.isArray(x)) x.forEach((id) => typeof id === 'string' && out.add(id));
        else visit(x);
      }
    }
  };
  visit(fact);
  return [...out];
}

/**
 * The known core facts of a review that make a claim about the app, with the
 * ids of every source each rests on. A value of "not-applicable" (no calls in a
 * search engine) follows from the app's category, not from evidence, and is
 * left out.
 */
export function coreFactsOf(review: Review, policy: Pick<SourcePolicy, 'coreFacts'>): { path: (string | number)[]; sources: string[] }[] {
  return factsOf(review)
    .filter((f) => 'value' in f.fact && f.fact.value !== 'not-applicable' && isCoreFact(f.path.join('.'), policy))
    .map((f) => ({ path: f.path, sources: sourceIdsIn(f.fact) }));
}

/** The last day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean: 2020 → 2020-12-31. */
function latestDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [y = 0, m = 1] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return `${date}-12-31`;
}

/**
 * The date a source's evidence speaks for: the document's own date when it
 * gives one, else the date of the archived copy read, else the day it was read
 * live. Partial dates count as their last day.
 * @example evidenceDate({ published: '2020', read: '2026-11-28', ... }) // '2020-12-31'
 */
export function evidenceDate(source: Pick<Source, 'published' | 'read' | 'archived'>): string {
  if (source.published !== undefined) return latestDayOf(source.published);
  if (source.archived !== undefined) return source.archived.date;
  return source.read;
}

/** `date` minus whole years (29 February becomes 28 February). */
export function yearsBefore(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface StaleFact {
  /** Dotted fact path, e.g. `encryption.atRest`. */
  path: string;
  /** The date of its newest source as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD): see evidenceDate. */
  newest: string;
  /** Evidence older than this day is stale (the review date minus the limit). */
  limit: string;
  /** The id of that newest source. */
  source: string;
}

/**
 * Known core facts whose newest source is older than the freshness limit
 * before the review's date. Sources the review does not declare are ignored
 * (another rule reports them).
 * @example staleCoreFacts(review, policy).map((s) => s.path) // ['encryption.atRest']
 */
export function staleCoreFacts(review: Review, policy: Pick<SourcePolicy, 'coreFacts' | 'freshness'>): StaleFact[] {
  const limit = yearsBefore(review.review.reviewed, policy.freshness.maxAgeYears);
  const out: StaleFact[] = [];
  for (const f of coreFactsOf(review, policy)) {
    let newest: { id: string; date: string; written: string } | undefined;
    for (const id of f.sources) {
      const s = review.sources[id];
      if (!s) continue;
      const date = evidenceDate(s);
      if (!newest || date > newest.date) newest = { id, date, written: s.published ?? s.archived?.date ?? s.read };
    }
    if (newest && newest.date < limit) out.push({ path: f.path.join('.'), newest: newest.written, limit, source: newest.id });
  }
  return out;
}
