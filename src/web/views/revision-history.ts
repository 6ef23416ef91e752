/**
 * A review's history as readers see it: each revision with how the score
 * moved and which facts changed, from diffReviews between consecutive
 * revisions. Pure: revisions in, ready-to-render entries out.
 */
import { diffReviews, type FactChange } from '../../domain/diff.ts';
import type { Taxonomy } from '../../domain/catalog.ts';
import { valueInWords } from '../../domain/words.ts';
import { factLabel } from '../../narrative/page.ts';
import type { RevisionRow } from '../../store/index.ts';

export interface HistoryEntry {
  revision: number;
  createdAt: string;
  author: string;
  /** The editor's note; undefined for the importer's own notes ("Imported from data"), which tell readers nothing. */
  note: string | undefined;
  score: number | null;
  label: string | null;
  rubricVersion: string;
  /** "first review: 8.1/10", "score 7.2/10 → 8.1/10", "score unchanged at 8.1/10". */
  movement: string;
  /** Score change from the previous revision; null for the first or when either is unscored. */
  delta: number | null;
  /** What changed, one line per fact, source or controversy. */
  changes: string[];
}

const scoreText = (s: number | null) => (s === null ? 'not scored' : `${s.toFixed(1)}/10`);

/**
 * How a revision moved the score, in words.
 * @example scoreMovement({ score: 7.2 }, { score: 8.1 }) // "score 7.2/10 → 8.1/10"
 */
export function scoreMovement(before: { score: number | null } | undefined, after: { score: number | null }): string {
  if (!before) return `first review: ${scoreText(after.score)}`;
  if (before.score === after.score) return `score unchanged at ${scoreText(after.score)}`;
  return `score ${scoreText(before.score)} → ${scoreText(after.score)}`;
}

/** A stored fact value (canonical JSON text) in words. */
function valueText(json: string | undefined): string {
  if (json === undefined) return 'absent';
  if (json === 'unknown') return 'unknown';
  try {
    const value: unknown = JSON.parse(json);
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
    if (typeof value === 'object' && value !== null) return 'a list';
    return valueInWords(value);
  } catch {
    return json;
  }
}

function changeLine(change: FactChange, taxonomy: Taxonomy): string {
  const label = factLabel(change.path, taxonomy);
  if (change.kind === 'added') return `${label}: recorded as ${valueText(change.after)}`;
  if (change.kind === 'removed') return `${label}: removed (was ${valueText(change.before)})`;
  return `${label}: ${valueText(change.before)} → ${valueText(change.after)}`;
}

function asReview(facts: unknown): { sources?: Record<string, unknown>; controversies?: { id: string }[] } | undefined {
  if (typeof facts !== 'object' || facts === null) return undefined;
  return facts;
}

/** The notes the import commands write when no editor gave one (src/cli/commands/import.ts, serve.ts). */
const IMPORTER_NOTE = /^Imported from \S+( on first start)?$/;

/** A revision's note as readers see it: undefined for the importer's own notes. */
export function readerNote(note: string): string | undefined {
  return IMPORTER_NOTE.test(note) ? undefined : note;
}

/**
 * "Last updated" for readers: the review's own date, or the day of the latest
 * revision after the first that changed facts, sources or controversies,
 * whichever is later. Never the time of an import that changed nothing a
 * reader sees.
 * @example lastUpdated('2026-11-28', await store.history('signal')) // "2026-11-28"
 */
export function lastUpdated(reviewed: string, revisions: readonly RevisionRow[]): string {
  let latest = reviewed;
  for (let i = 1; i < revisions.length; i++) {
    const row = revisions[i];
    const diff = diffReviews(asReview(revisions[i - 1]?.facts), asReview(row?.facts));
    const changed =
      diff.facts.length + diff.controversiesAdded.length + diff.controversiesRemoved.length + diff.sourcesAdded.length + diff.sourcesRemoved.length > 0;
    const day = row?.createdAt.slice(0, 10) ?? '';
    if (changed && day > latest) latest = day;
  }
  return latest;
}

/**
 * The history of one app, newest first.
 * @example reviewHistory(await store.history('signal'), catalog.taxonomy)[0].movement
 */
export function reviewHistory(revisions: readonly RevisionRow[], taxonomy: Taxonomy): HistoryEntry[] {
  const entries = revisions.map((row, i) => {
    const previous = i > 0 ? revisions[i - 1] : undefined;
    const changes: string[] = [];
    if (previous) {
      const diff = diffReviews(asReview(previous.facts), asReview(row.facts));
      for (const f of diff.facts) changes.push(changeLine(f, taxonomy));
      if (diff.controversiesAdded.length > 0) changes.push(`Controversies added: ${diff.controversiesAdded.join(', ')}`);
      if (diff.controversiesRemoved.length > 0) changes.push(`Controversies removed: ${diff.controversiesRemoved.join(', ')}`);
      if (diff.sourcesAdded.length > 0) changes.push(`Sources added: ${diff.sourcesAdded.join(', ')}`);
      if (diff.sourcesRemoved.length > 0) changes.push(`Sources removed: ${diff.sourcesRemoved.join(', ')}`);
      if (previous.rubricVersion !== row.rubricVersion) changes.push(`Rescored with rubric ${row.rubricVersion} (was ${previous.rubricVersion})`);
    }
    const delta = previous && previous.score !== null && row.score !== null ? Math.round((row.score - previous.score) * 10) / 10 : null;
    return {
      revision: row.revision,
      createdAt: row.createdAt,
      author: row.author,
      note: readerNote(row.note),
      score: row.score,
      label: row.label,
      rubricVersion: row.rubricVersion,
      movement: scoreMovement(previous, row),
      delta,
      changes,
    };
  });
  return entries.reverse();
}
