/** Test data for the store suites. */
import type { RevisionInput, RevisionMeta } from './index.ts';

/** A revision input with sensible defaults; override what the test is about. */
export function appInput(slug: string, overrides: Partial<RevisionInput> = {}): RevisionInput {
  return {
    slug,
    name: slug.replace(/^./, (c) => c.toUpperCase()),
    category: 'messaging',
    facts: { slug, encryption: { e2ee: { value: 'default', sources: ['policy'] } } },
    score: 72,
    label: 'Good',
    coverage: 0.8,
    rubricVersion: '2024.1',
    reviewedAt: '2024-05-01',
    ...overrides,
  };
}

export const editor: RevisionMeta = { author: 'ed@example.org', note: 'test' };
