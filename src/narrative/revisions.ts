/**
 * What a revision changed, the one model of it: the facts, sources and
 * controversies that changed since the revision before and how the score
 * moved, with the words readers see for it. The review page's history, the
 * history and changes API and the Atom feed all read it. Pure: revisions in,
 * ready-to-render entries out.
 */
import type { Taxonomy } from '../domain/catalog.ts';
import { diffReviews, type FactChange, type RevisionDiff } from '../domain/diff.ts';
import { valueInWords } from '../domain/words.ts';
import { factLabel } from './page.ts';

/** A stored revision as the narrative reads it (the store's revision rows have this shape). */
export interface RevisionRecord {
  slug: string;
  name: string;
  revision: number;
  createdAt: string;
  author: string;
  note: string;
  score: number | null;
  label: string | null;
  rubricVersion: string;
  facts: unknown;
}

/** One revision beside the one before it. */
export interface RevisionChange<R extends RevisionRecord = RevisionRecord> {
  row: R;
  previous: R | undefined;
  diff: RevisionDiff;
  previousScore: number | null;
  /** Score change, one decimal; null for the first revision or when either is unscored. */
  scoreChange: number | null;
  /** "first review: 8.1/10", "score 7.2/10 → 8.1/10", "score unchanged at 8.1/10". */
  movement: string;
}

const scoreText = (s: number | null) => (s === null ? 'not scored' : `${s.toFixed(1)}/10`);

/**
 * How far a score moved, one decimal; null when either score is missing.
 * @example scoreChange(7.4, 6.9) // 0.5
 */
export function scoreChange(score: number | null, previous: number | null): number | null {
  return score === null || previous === null ? null : Math.round((score - previous) * 10) / 10;
}

/**
 * How a revision moved the score, in words.
 * @example scoreMovement({ score: 7.2 }, { score: 8.1 }) // "score 7.2/10 → 8.1/10"
 */
export function scoreMovement(before: { score: number | null } | undefined, after: { score: number | null }): string {
  if (!before) return `first review: ${scoreText(after.score)}`;
  if (before.score === after.score) return `score unchanged at ${scoreText(after.score)}`;
  return `score ${scoreText(before.score)} → ${scoreText(after.score)}`;
}

type ReviewLike = { sources?: Record<string, unknown>; controversies?: { id: string }[] } & object;

function asReview(facts: unknown): ReviewLike | undefined {
  if (typeof facts !== 'object' || facts === null) return undefined;
  return facts;
}

/**
 * A revision beside the one before it (undefined for a first revision).
 * @example revisionChange(history[1], history[0]).scoreChange
 */
export function revisionChange<R extends RevisionRecord>(row: R, previous: R | undefined): RevisionChange<R> {
  const previousScore = previous?.score ?? null;
  return {
    row,
    previous,
    diff: diffReviews(previous ? asReview(previous.facts) : undefined, asReview(row.facts)),
    previousScore,
    scoreChange: scoreChange(row.score, previousScore),
    movement: scoreMovement(previous, row),
  };
}

/**
 * One app's revisions (oldest first, as the store returns them) with what each changed, newest first.
 * @example appRevisionChanges(await store.history('signal'))[0].diff.facts
 */
export function appRevisionChanges<R extends RevisionRecord>(rows: readonly R[]): RevisionChange<R>[] {
  return rows.map((row, i) => revisionChange(row, i > 0 ? rows[i - 1] : undefined)).reverse();
}

export interface HistoryEntry {
  revision: number;
  createdAt: string;
  author: string;
  /** The editor's note; undefined for the importer's own notes ("Imported from data"), which tell readers nothing. */
  note: string | undefined;
  score: number | null;
  label: string | null;
  rubricVersion: string;
  movement: string;
  delta: number | null;
  /** What changed, one line per fact, source or controversy. */
  changes: string[];
}

/** The notes the import commands write when no editor gave one (src/cli/commands/import.ts, serve.ts, build.ts). */
const IMPORTER_NOTE = /^Imported from \S+( on first start| for a static export)?$/;

/**
 * A revision's note as readers see it: undefined for the importer's own notes.
 * @example readerNote('Imported from data on first start') // undefined
 */
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
export function lastUpdated(reviewed: string, revisions: readonly RevisionRecord[]): string {
  let latest = reviewed;
  for (const { row, diff, previous } of appRevisionChanges(revisions)) {
    if (!previous) continue;
    const changed =
      diff.facts.length + diff.controversiesAdded.length + diff.controversiesRemoved.length + diff.sourcesAdded.length + diff.sourcesRemoved.length > 0;
    const day = row.createdAt.slice(0, 10);
    if (changed && day > latest) latest = day;
  }
  return latest;
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

/**
 * The history of one app as the review page shows it, newest first.
 * @example reviewHistory(await store.history('signal'), catalog.taxonomy)[0].movement
 */
export function reviewHistory(revisions: readonly RevisionRecord[], taxonomy: Taxonomy): HistoryEntry[] {
  return appRevisionChanges(revisions).map(({ row, previous, diff, scoreChange: delta, movement }) => {
    const changes: string[] = [];
    if (previous) {
      for (const f of diff.facts) changes.push(changeLine(f, taxonomy));
      if (diff.controversiesAdded.length > 0) changes.push(`Controversies added: ${diff.controversiesAdded.join(', ')}`);
      if (diff.controversiesRemoved.length > 0) changes.push(`Controversies removed: ${diff.controversiesRemoved.join(', ')}`);
      if (diff.sourcesAdded.length > 0) changes.push(`Sources added: ${diff.sourcesAdded.join(', ')}`);
      if (diff.sourcesRemoved.length > 0) changes.push(`Sources removed: ${diff.sourcesRemoved.join(', ')}`);
      if (previous.rubricVersion !== row.rubricVersion) changes.push(`Rescored with rubric ${row.rubricVersion} (was ${previous.rubricVersion})`);
    }
    return {
      revision: row.revision,
      createdAt: row.createdAt,
      author: row.author,
      note: readerNote(row.note),
      score: row.score,
      label: row.label,
      rubricVersion: row.rubricVersion,
      movement,
      delta,
      changes,
    };
  });
}

/**
 * A change in one sentence, as the changes API and the feed say it.
 * @example changeSummary(revisionChange(row, previous)) // "Signal: Score up from 8.5 to 8.7/10."
 */
export function changeSummary({ row, previous, previousScore, scoreChange: delta, diff }: RevisionChange): string {
  const movement =
    previous === undefined
      ? `First review${row.score === null ? '' : `: ${row.score}/10 (${row.label ?? 'unlabelled'})`}.`
      : delta === null || delta === 0
        ? `Score unchanged${row.score === null ? '' : ` at ${row.score}/10`}.`
        : `Score ${delta > 0 ? 'up' : 'down'} from ${previousScore} to ${row.score}/10${row.label !== previous.label ? ` (${previous.label ?? 'unlabelled'} → ${row.label ?? 'unlabelled'})` : ''}.`;
  const facts = previous === undefined ? '' : ` ${diff.facts.length} fact${diff.facts.length === 1 ? '' : 's'} changed.`;
  return `${row.name}: ${movement}${facts}`;
}
