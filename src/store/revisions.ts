/** App revisions: building a row from an input, reading rows back, finding the latest. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import { canonicalHash } from '../domain/canonical.ts';
import { REVIEW_FORMAT_VERSION } from '../domain/format.ts';
import type { RevisionInput, RevisionMeta, RevisionRow } from './model.ts';
import type { AppRevisionTable, Database } from './schema.ts';

/** What identifies a revision's content; "unchanged" means the same hash as the latest revision. */
export function revisionHash(input: RevisionInput): string {
  const { facts, score, label, coverage, rubricVersion } = input;
  return canonicalHash({ facts, score, label, coverage, rubricVersion });
}

/** The row for revision `revision` of `input`. Throws a TypeError naming the field when a value can't be stored. */
export function revisionRecord(input: RevisionInput, meta: RevisionMeta, hash: string, revision: number): Insertable<AppRevisionTable> {
  if (input.score !== null && !Number.isFinite(input.score)) throw new TypeError(`score must be a finite number or null, got ${input.score}`);
  if (!Number.isFinite(input.coverage)) throw new TypeError(`coverage must be a number from 0 to 1, got ${input.coverage}`);
  return {
    slug: input.slug,
    revision,
    name: input.name,
    category: input.category,
    facts: JSON.stringify(input.facts),
    score: input.score,
    label: input.label,
    coverage: input.coverage,
    rubric_version: input.rubricVersion,
    reviewed_at: input.reviewedAt,
    created_at: timestamp(meta),
    author: meta.author,
    note: meta.note,
    hash,
    format_version: REVIEW_FORMAT_VERSION,
  };
}

/** ISO-8601 UTC text of `meta.at`, or of now. */
export function timestamp(meta: RevisionMeta): string {
  const at = meta.at ?? new Date();
  if (Number.isNaN(at.getTime())) throw new TypeError('meta.at is not a valid date');
  return at.toISOString();
}

export function toRevisionRow(row: Selectable<AppRevisionTable>): RevisionRow {
  return {
    slug: row.slug,
    name: row.name,
    category: row.category,
    facts: parseJson(row.facts),
    score: row.score,
    label: row.label,
    coverage: row.coverage,
    rubricVersion: row.rubric_version,
    reviewedAt: row.reviewed_at,
    revision: row.revision,
    createdAt: row.created_at,
    author: row.author,
    note: row.note,
    hash: row.hash,
    formatVersion: row.format_version,
  };
}

/** The latest revision of every app (or of the apps `where` keeps). */
export function latestRevisions(db: Kysely<Database>) {
  return db
    .selectFrom('app_revision as r')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('app_revision as newer').select('newer.id').whereRef('newer.slug', '=', 'r.slug').whereRef('newer.revision', '>', 'r.revision'))),
    );
}

export interface LatestHash {
  revision: number;
  hash: string;
}

/** Latest revision number and hash per slug, for deciding what changed. */
export async function latestHashes(db: Kysely<Database>, slug?: string): Promise<Map<string, LatestHash>> {
  let query = latestRevisions(db).select(['r.slug', 'r.revision', 'r.hash']);
  if (slug !== undefined) query = query.where('r.slug', '=', slug);
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.slug, { revision: row.revision, hash: row.hash }]));
}

export async function insertRevision(db: Kysely<Database>, record: Insertable<AppRevisionTable>): Promise<void> {
  await db.insertInto('app_revision').values(record).execute();
}

function parseJson(text: string): unknown {
  return JSON.parse(text);
}
