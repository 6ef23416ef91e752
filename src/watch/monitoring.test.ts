import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reviewWith } from '../../test/support/fixtures.ts';
import type { RecheckItem } from '../store/index.ts';
import { appMonitoring, isOpen, recheckNotices } from './monitoring.ts';

const review = reviewWith((r) => {
  r.documents = [
    { id: 'privacy-policy', kind: 'privacy-policy', url: 'https://example.org/chat/privacy' },
    { id: 'terms', kind: 'terms', url: 'https://example.org/chat/terms' },
  ];
});

const item = (id: number, documentId: string, changedAt: string): RecheckItem => ({
  id,
  slug: review.slug,
  documentId,
  versionId: id,
  changedAt,
  reason: 'The text changed.',
  facts: ['sharing.sellsData'],
  missingQuotes: [],
  closed: null,
});

describe('what readers are told about watched documents', () => {
  it('a re-check stays open until a revision after the change has a review date on or after it', () => {
    const change = { changedAt: '2026-12-01T10:00:00.000Z' };
    assert.equal(isOpen(change, { createdAt: '2026-11-28T12:00:00.000Z', reviewedAt: '2026-11-28' }), true);
    assert.equal(isOpen(change, { createdAt: '2026-12-02T09:00:00.000Z', reviewedAt: '2026-11-28' }), true, 'a re-import without a new review date');
    assert.equal(isOpen(change, { createdAt: '2026-12-02T09:00:00.000Z', reviewedAt: '2026-12-02' }), false);
  });

  it('a re-check an editor closed is not open, whatever the revisions', () => {
    const closed = { changedAt: '2026-12-01T10:00:00.000Z', closed: { at: '2026-12-01T11:00:00.000Z', by: 'Ann', note: 'Only the wording changed.' } };
    assert.equal(isOpen(closed, { createdAt: '2026-11-28T12:00:00.000Z', reviewedAt: '2026-11-28' }), false);
    const m = appMonitoring(
      review,
      { createdAt: '2026-11-28T12:00:00.000Z', reviewedAt: '2026-11-28' },
      [],
      [{ ...item(3, 'terms', '2026-12-01T10:00:00.000Z'), closed: closed.closed }, item(2, 'privacy-policy', '2026-12-01T09:00:00.000Z')],
    );
    assert.deepEqual(
      m.recheck.map((r) => r.document),
      ['privacy-policy'],
    );
  });

  it('lists every declared document with its status, and names each notice by its kind', () => {
    const m = appMonitoring(review, { createdAt: '2026-11-28T12:00:00.000Z', reviewedAt: '2026-11-28' }, [], [item(2, 'terms', '2026-12-01T10:00:00.000Z')]);
    assert.deepEqual(
      m.documents.map((d) => [d.id, d.status, d.lastChecked]),
      [
        ['privacy-policy', 'not-checked', null],
        ['terms', 'not-checked', null],
      ],
    );
    assert.equal(m.recheck[0]?.title, 'The terms of service');
  });

  it('the page shows one notice per document, the latest, while the API keeps every open item', () => {
    const items = [
      item(3, 'privacy-policy', '2026-12-01T10:00:00.000Z'),
      item(2, 'privacy-policy', '2026-11-30T10:00:00.000Z'),
      item(1, 'terms', '2026-11-29T10:00:00.000Z'),
    ];
    const m = appMonitoring(review, { createdAt: '2026-11-28T12:00:00.000Z', reviewedAt: '2026-11-28' }, [], items);
    assert.equal(m.recheck.length, 3);
    assert.deepEqual(
      recheckNotices(m.recheck).map((r) => [r.document, r.changedAt]),
      [
        ['privacy-policy', '2026-12-01T10:00:00.000Z'],
        ['terms', '2026-11-29T10:00:00.000Z'],
      ],
    );
  });
});
