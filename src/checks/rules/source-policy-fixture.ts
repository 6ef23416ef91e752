/** A small source policy classifying the hosts of the Example Chat fixture, for the source-quality rule tests. */
import { SourcePolicy } from '../../domain/source-hosts.ts';

export function examplePolicy(extra: SourcePolicy['hosts'] = []): SourcePolicy {
  return SourcePolicy.parse({
    coreFacts: ['encryption', 'sharing', 'dataCollected', 'app.accountRequires'],
    acceptedForCoreFacts: ['vendor', 'app-store', 'regulator', 'court', 'audit', 'academic', 'archive', 'press'],
    freshness: { maxAgeYears: 3 },
    hosts: [
      { host: 'example.org', class: 'vendor', name: 'Example Chat Ltd' },
      { host: 'apps.example.org', class: 'app-store', name: 'Example App Store' },
      { host: 'news.example.org', class: 'press', name: 'Example News' },
      { host: 'example.org/mirror', class: 'denied', name: 'a mirror', note: 'mirror of other sites' },
      { host: 'archive.example.net', class: 'archive', name: 'Example Archive' },
      { host: 'wiki.example.net', class: 'community', name: 'Example Wiki' },
      ...extra,
    ],
  });
}
