/**
 * What a revision changed, the one model of it: the facts, sources and
 * controversies that changed since the revision before and how the score
 * moved, with the words readers see for it. The review page's history, the
 * history and changes API and the Atom feed all read it. Pure: revisions in,
 * ready-to-render entries out.
 */
import type { Taxonomy } from '../domain/catalog.ts';
import { diffReviews, type FactChange, type RevisionDiff } from '../domain/diff.ts';
import type { Locale } from '../i18n/index.ts';
import { factLabel } from './page.ts';
import { localTaxonomy, scoreWord } from './localise.ts';
import { say } from './messages.ts';
import { factValueText, taxonomyLabels } from './values.ts';

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

const scoreText = (s: number | null, locale: Locale) => (s === null ? say('history.notScored', {}, locale) : say('history.score', { score: s }, locale));

/**
 * How far a score moved, one decimal; null when either score is missing.
 * @example scoreChange(7.4, 6.9) // 0.5
 */
export function scoreChange(score: number | null, previous: number | null): number | null {
  return score === null || previous === null ? null : Math.round((score - previous) * 10) / 10;
}

/**
 * How a revision moved the score, in words (in `locale`, English by default).
 * @example scoreMovement({ score: 7.2 }, { score: 8.1 }) // "score 7.2/10 → 8.1/10"
 */
export function scoreMovement(before: { score: number | null } | undefined, after: { score: number | null }, locale: Locale = 'en'): string {
  if (!before) return say('history.first', { score: scoreText(after.score, locale) }, locale);
  if (before.score === after.score) return say('history.unchanged', { score: scoreText(after.score, locale) }, locale);
  return say('history.moved', { before: scoreText(before.score, locale), after: scoreText(after.score, locale) }, locale);
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
function valueText(json: string | undefined, labels: ReadonlyMap<string, string>, locale: Locale): string {
  if (json === undefined) return say('history.value.absent', {}, locale);
  if (json === 'unknown') return say('value.unknown', {}, locale);
  try {
    const value: unknown = JSON.parse(json);
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) return say('history.value.items', { count: value.length }, locale);
    if (typeof value === 'object' && value !== null) return say('history.value.list', {}, locale);
    return factValueText(value, labels, locale);
  } catch {
    return json;
  }
}

function changeLine(change: FactChange, taxonomy: Taxonomy, labels: ReadonlyMap<string, string>, locale: Locale): string {
  const label = factLabel(change.path, taxonomy, locale);
  const words = (json: string | undefined) => valueText(json, labels, locale);
  if (change.kind === 'added') return say('history.change.added', { label, value: words(change.after) }, locale);
  if (change.kind === 'removed') return say('history.change.removed', { label, value: words(change.before) }, locale);
  return say('history.change.changed', { label, before: words(change.before), after: words(change.after) }, locale);
}

/**
 * The history of one app as the review page shows it, newest first, in `locale` (English by default; the taxonomy passed is the English one).
 * @example reviewHistory(await store.history('signal'), catalog.taxonomy)[0].movement
 */
export function reviewHistory(revisions: readonly RevisionRecord[], englishTaxonomy: Taxonomy, locale: Locale = 'en'): HistoryEntry[] {
  const taxonomy = localTaxonomy(englishTaxonomy, locale);
  const labels = taxonomyLabels(taxonomy, locale);
  const ids = (xs: readonly string[]) => xs.join(', ');
  return appRevisionChanges(revisions).map(({ row, previous, diff, scoreChange: delta }) => {
    const changes: string[] = [];
    if (previous) {
      for (const f of diff.facts) changes.push(changeLine(f, taxonomy, labels, locale));
      if (diff.controversiesAdded.length > 0) changes.push(say('history.controversiesAdded', { ids: ids(diff.controversiesAdded) }, locale));
      if (diff.controversiesRemoved.length > 0) changes.push(say('history.controversiesRemoved', { ids: ids(diff.controversiesRemoved) }, locale));
      if (diff.sourcesAdded.length > 0) changes.push(say('history.sourcesAdded', { ids: ids(diff.sourcesAdded) }, locale));
      if (diff.sourcesRemoved.length > 0) changes.push(say('history.sourcesRemoved', { ids: ids(diff.sourcesRemoved) }, locale));
      if (previous.rubricVersion !== row.rubricVersion)
        changes.push(say('history.rescored', { version: row.rubricVersion, previous: previous.rubricVersion }, locale));
    }
    return {
      revision: row.revision,
      createdAt: row.createdAt,
      author: row.author,
      note: readerNote(row.note),
      score: row.score,
      label: row.label,
      rubricVersion: row.rubricVersion,
      movement: scoreMovement(previous, row, locale),
      delta,
      changes,
    };
  });
}

/**
 * A change in one sentence, as the changes API and the feed say it (in `locale`, English by default).
 * @example changeSummary(revisionChange(row, previous)) // "Signal: Score up from 8.5 to 8.7/10."
 * @example changeSummary(revisionChange(row, previous), 'de') // "Signal: Wert von 8,5 auf 8,7/10 gestiegen."
 */
export function changeSummary({ row, previous, previousScore, scoreChange: delta, diff }: RevisionChange, locale: Locale = 'en'): string {
  const label = (l: string | null) => (l === null ? say('change.unlabelled', {}, locale) : scoreWord(locale, 'label', l));
  const movement =
    previous === undefined
      ? row.score === null
        ? say('change.first', {}, locale)
        : say('change.first.score', { score: row.score, label: label(row.label) }, locale)
      : delta === null || delta === 0
        ? row.score === null
          ? say('change.unchanged', {}, locale)
          : say('change.unchanged.score', { score: row.score }, locale)
        : say(
            row.label !== previous.label ? 'change.moved.label' : 'change.moved',
            {
              direction: delta > 0 ? 'up' : 'down',
              before: previousScore ?? 0,
              after: row.score ?? 0,
              beforeLabel: label(previous.label),
              afterLabel: label(row.label),
            },
            locale,
          );
  const facts = previous === undefined ? '' : ` ${say('change.facts', { count: diff.facts.length }, locale)}`;
  return say('change.summary', { name: row.name, movement, facts }, locale);
}
