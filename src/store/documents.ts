/** Watched documents: state, content-addressed versions and the re-check queue. */
import type { Kysely, Selectable } from 'kysely';
import type { DialectAdapter } from './dialect.ts';
import { StoreWriteError } from './errors.ts';
import type { CloseRecheckResult, DocumentCheckRecord, DocumentCheckStatus, DocumentState, DocumentStore, DocumentVersion, RecheckItem } from './model.ts';
import type { Database, DocumentStateTable, DocumentVersionTable, RecheckItemTable } from './schema.ts';
import { writeTransaction } from './write-transaction.ts';

type RecordedCheck = { version: DocumentVersion | undefined; rechecks: RecheckItem[] };

const STATUSES: readonly DocumentCheckStatus[] = ['changed', 'unchanged', 'not-modified', 'error', 'refused'];

function toStatus(text: string): DocumentCheckStatus {
  const status = STATUSES.find((s) => s === text);
  if (status === undefined) throw new Error(`document_state.last_status holds "${text}", which is not a check status`);
  return status;
}

function toVersion(row: Selectable<DocumentVersionTable>): DocumentVersion {
  return {
    id: row.id,
    slug: row.slug,
    documentId: row.document_id,
    version: row.version,
    url: row.url,
    fetchedAt: row.fetched_at,
    httpStatus: row.http_status,
    contentType: row.content_type,
    hash: row.hash,
    previousHash: row.previous_hash,
    diff: row.diff,
  };
}

function toRecheck(row: Selectable<RecheckItemTable>): RecheckItem {
  return {
    id: row.id,
    slug: row.slug,
    documentId: row.document_id,
    versionId: row.version_id,
    changedAt: row.changed_at,
    reason: row.reason,
    facts: stringList(row.facts),
    missingQuotes: stringList(row.missing_quotes),
    closed: row.closed_at === null ? null : { at: row.closed_at, by: row.closed_by ?? '', note: row.close_note ?? '' },
  };
}

function stringList(text: string): string[] {
  const value: unknown = JSON.parse(text);
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error(`expected a JSON list of strings, got ${text.slice(0, 80)}`);
  return value;
}

function toState(row: Selectable<DocumentStateTable> & { last_changed_at: string | null }): DocumentState {
  return {
    slug: row.slug,
    documentId: row.document_id,
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    lastCheckedAt: row.last_checked_at,
    lastStatus: toStatus(row.last_status),
    lastHttpStatus: row.last_http_status,
    lastError: row.last_error,
    failures: row.failures,
    nextCheckAt: row.next_check_at,
    lastChangedAt: row.last_changed_at,
  };
}

function validDate(at: Date, field: string): string {
  if (Number.isNaN(at.getTime())) throw new TypeError(`${field} is not a valid date`);
  return at.toISOString();
}

/** The document half of the Store over `db`. */
export function documentStore(db: Kysely<Database>, dialect: DialectAdapter): DocumentStore {
  return {
    async documentStates() {
      const rows = await db
        .selectFrom('document_state as s')
        .selectAll('s')
        .select((eb) =>
          eb
            .selectFrom('document_version as v')
            .select((v) => v.fn.max('v.fetched_at').as('at'))
            .whereRef('v.slug', '=', 's.slug')
            .whereRef('v.document_id', '=', 's.document_id')
            .where('v.previous_hash', 'is not', null)
            .as('last_changed_at'),
        )
        .orderBy('s.slug')
        .orderBy('s.document_id')
        .execute();
      return rows.map((row) => toState({ ...row, last_changed_at: row.last_changed_at ?? null }));
    },

    async latestDocumentVersion(key) {
      const row = await db
        .selectFrom('document_version as v')
        .innerJoin('document_content as c', 'c.hash', 'v.hash')
        .selectAll('v')
        .select('c.text')
        .where('v.slug', '=', key.slug)
        .where('v.document_id', '=', key.documentId)
        .orderBy('v.version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : { ...toVersion(row), text: row.text };
    },

    async recordDocumentCheck(record: DocumentCheckRecord) {
      const checkedAt = validDate(record.checkedAt, 'checkedAt');
      const nextCheckAt = validDate(record.nextCheckAt, 'nextCheckAt');
      const what = `Recording the check of document "${record.documentId}" of "${record.slug}"`;
      try {
        return await writeTransaction<RecordedCheck>(db, dialect, what, async function recording(trx) {
          const state = {
            url: record.url,
            etag: record.etag,
            last_modified: record.lastModified,
            last_checked_at: checkedAt,
            last_status: record.status,
            last_http_status: record.httpStatus,
            last_error: record.error,
            failures: record.failures,
            next_check_at: nextCheckAt,
          };
          await trx
            .insertInto('document_state')
            .values({ slug: record.slug, document_id: record.documentId, ...state })
            .onConflict((oc) => oc.columns(['slug', 'document_id']).doUpdateSet(state))
            .execute();
          const input = record.version;
          if (input === undefined) return { result: { version: undefined, rechecks: [] }, changed: true };
          const latest = await trx
            .selectFrom('document_version')
            .select(['version', 'hash'])
            .where('slug', '=', record.slug)
            .where('document_id', '=', record.documentId)
            .orderBy('version', 'desc')
            .limit(1)
            .executeTakeFirst();
          if (latest?.hash === input.hash) return { result: { version: undefined, rechecks: [] }, changed: true };
          await trx
            .insertInto('document_content')
            .values({ hash: input.hash, text: input.text })
            .onConflict((oc) => oc.column('hash').doNothing())
            .execute();
          const row = await trx
            .insertInto('document_version')
            .values({
              slug: record.slug,
              document_id: record.documentId,
              version: (latest?.version ?? 0) + 1,
              url: record.url,
              fetched_at: checkedAt,
              http_status: record.httpStatus ?? 200,
              content_type: input.contentType,
              hash: input.hash,
              previous_hash: latest?.hash ?? null,
              diff: latest === undefined ? null : input.diff,
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          const version = toVersion(row);
          const rechecks: RecheckItem[] = [];
          for (const item of input.rechecks) {
            const inserted = await trx
              .insertInto('recheck_item')
              .values({
                slug: record.slug,
                document_id: record.documentId,
                version_id: version.id,
                changed_at: checkedAt,
                reason: item.reason,
                facts: JSON.stringify(item.facts),
                missing_quotes: JSON.stringify(item.missingQuotes),
              })
              .returningAll()
              .executeTakeFirstOrThrow();
            rechecks.push(toRecheck(inserted));
          }
          return { result: { version, rechecks }, changed: true };
        });
      } catch (cause) {
        if (cause instanceof StoreWriteError || !(cause instanceof Error) || cause instanceof TypeError) throw cause;
        throw new StoreWriteError(`${what} failed: ${cause.message}; nothing was written`, { cause });
      }
    },

    async documentChanges(limit) {
      if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`documentChanges: limit must be a whole number ≥ 0, got ${limit}`);
      const rows = await db
        .selectFrom('document_version')
        .selectAll()
        .where('previous_hash', 'is not', null)
        .orderBy('fetched_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toVersion);
    },

    async recheckItems() {
      const rows = await db.selectFrom('recheck_item').selectAll().orderBy('changed_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toRecheck);
    },

    async closeRecheck(id, closing) {
      if (!Number.isSafeInteger(id) || id < 1) throw new RangeError(`closeRecheck: id must be a whole number ≥ 1, got ${id}`);
      const at = validDate(closing.at ?? new Date(), 'at');
      const what = `Closing re-check item ${id}`;
      try {
        return await writeTransaction<CloseRecheckResult>(db, dialect, what, async function closingItem(trx) {
          const row = await trx.selectFrom('recheck_item').selectAll().where('id', '=', id).executeTakeFirst();
          if (row === undefined) return { result: { ok: false, reason: 'not-found' }, changed: false };
          if (row.closed_at !== null) return { result: { ok: false, reason: 'already-closed', item: toRecheck(row) }, changed: false };
          const closed = await trx
            .updateTable('recheck_item')
            .set({ closed_at: at, closed_by: closing.by, close_note: closing.note })
            .where('id', '=', id)
            .where('closed_at', 'is', null)
            .returningAll()
            .executeTakeFirstOrThrow();
          return { result: { ok: true, item: toRecheck(closed) }, changed: true };
        });
      } catch (cause) {
        if (cause instanceof StoreWriteError || !(cause instanceof Error) || cause instanceof TypeError) throw cause;
        throw new StoreWriteError(`${what} failed: ${cause.message}; nothing was written`, { cause });
      }
    },
  };
}
