import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RevisionRow } from '../store/index.ts';
import { changeSummary, lastUpdated, readerNote, revisionChange, reviewHistory } from './revisions.ts';

const taxonomy = { dataTypes: [], purposes: [], parties: [], exceptions: [], controls: [] };

function revision(n: number, createdAt: string, facts: object, note = 'Imported from data'): RevisionRow {
  return {
    slug: 'x',
    name: 'X',
    category: 'messaging',
    facts,
    score: 5,
    label: 'Fair',
    coverage: 0.8,
    rubricVersion: '1',
    reviewedAt: '2026-11-28',
    revision: n,
    createdAt,
    author: 'a',
    note,
    formatVersion: 1,
    hash: String(n),
  };
}

describe('what readers are told about revisions', () => {
  it('"Last updated" is the review date, not the time of an import that changed no fact', () => {
    const facts = { app: { minimumAge: { value: 13, sources: ['s'] } }, sources: { s: {} } };
    const imported = [revision(1, '2026-12-01T08:00:00.000Z', facts), revision(2, '2026-12-03T08:00:00.000Z', { ...facts, review: { notes: 'n' } })];
    assert.equal(lastUpdated('2026-11-28', imported), '2026-11-28');
    const changed = [...imported, revision(3, '2026-12-05T08:00:00.000Z', { ...facts, app: { minimumAge: { value: 16, sources: ['s'] } } })];
    assert.equal(lastUpdated('2026-11-28', changed), '2026-12-05');
  });

  it("the importers' own notes are not shown; an editor's note is", () => {
    assert.equal(readerNote('Imported from data on first start'), undefined);
    assert.equal(readerNote('Imported from data'), undefined);
    assert.equal(readerNote('Re-read the 2026 policy'), 'Re-read the 2026 policy');
    const [entry] = reviewHistory([revision(1, '2026-12-01T08:00:00.000Z', {}, 'Imported from data on first start')], taxonomy);
    assert.equal(entry?.note, undefined);
  });
});

describe('the history in the page language', () => {
  const before = { app: { minimumAge: { value: 13, sources: ['s'] } }, encryption: { atRest: { value: 'provider-keys', sources: ['s'] } }, sources: { s: {} } };
  const after = { ...before, encryption: { atRest: { value: 'end-to-end', sources: ['s'] } }, sources: { s: {}, t: {} } };
  const rows = [revision(1, '2026-12-01T08:00:00.000Z', before), { ...revision(2, '2026-12-05T08:00:00.000Z', after), score: 6.5, rubricVersion: '2' }];

  it('a German history says how the score moved and what changed in German, with decimal commas', () => {
    const [latest, first] = reviewHistory(rows, taxonomy, 'de');
    assert.equal(first?.movement, 'erster Test – 5,0/10');
    assert.equal(latest?.movement, 'Wert 5,0/10 → 6,5/10');
    assert.deepEqual(latest?.changes, [
      'Verschlüsselung gespeicherter Daten: mit Schlüsseln des Anbieters verschlüsselt → Ende-zu-Ende-verschlüsselt',
      'Quellen hinzugefügt: t',
      'Neu bewertet nach Bewertungsschema 2 (vorher 1)',
    ]);
  });

  it('the English history reads as it always has, and French has its own words', () => {
    const [latest] = reviewHistory(rows, taxonomy);
    assert.equal(latest?.movement, 'score 5.0/10 → 6.5/10');
    assert.equal(latest?.changes[0], 'Encryption of stored data: encrypted with keys the provider holds → end-to-end encrypted');
    const [fr] = reviewHistory(rows, taxonomy, 'fr');
    assert.equal(fr?.movement, 'score 5,0/10 → 6,5/10');
    assert.match(fr?.changes[0] ?? '', /^Chiffrement .*: chiffré avec des clés que détient le fournisseur → chiffré de bout en bout$/);
  });
});

describe('a change in one sentence, for the changes API and the feeds', () => {
  const facts = { app: { minimumAge: { value: 13, sources: ['s'] } }, sources: { s: {} } };
  const first = revision(1, '2026-12-01T08:00:00.000Z', facts);
  const second = {
    ...revision(2, '2026-12-05T08:00:00.000Z', { ...facts, app: { minimumAge: { value: 16, sources: ['s'] } } }),
    score: 8.5,
    label: 'Excellent',
  };

  it('reads in English as it always has', () => {
    assert.equal(changeSummary(revisionChange(first, undefined)), 'X: First review: 5/10 (Fair).');
    assert.equal(changeSummary(revisionChange(second, first)), 'X: Score up from 5 to 8.5/10 (Fair → Excellent). 1 fact changed.');
  });

  it('reads in German and French with their numbers and label words', () => {
    assert.equal(changeSummary(revisionChange(second, first), 'de'), 'X: Wert von 5 auf 8,5/10 gestiegen (Befriedigend → Ausgezeichnet). 1 Fakt geändert.');
    assert.equal(changeSummary(revisionChange(first, second), 'fr'), 'X\u00a0: Score en baisse, de 8,5 à 5/10 (Excellent → Passable). 1 fait modifié.');
  });
});
