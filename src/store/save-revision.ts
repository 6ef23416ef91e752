/** Saving one app: append a revision unless its content equals the latest one. */
import type { Kysely } from 'kysely';
import type { DialectAdapter } from './dialect.ts';
import { StoreWriteError } from './errors.ts';
import type { RevisionInput, RevisionMeta } from './model.ts';
import { insertRevision, latestHashes, revisionHash, revisionRecord, type LatestHash } from './revisions.ts';
import type { Database } from './schema.ts';
import { writeTransaction } from './write-transaction.ts';

export async function saveRevision(
  db: Kysely<Database>,
  dialect: DialectAdapter,
  input: RevisionInput,
  meta: RevisionMeta,
): Promise<{ revision: number; created: boolean }> {
  const stamped = { ...meta, at: meta.at ?? new Date() };
  return writeTransaction(db, dialect, `Saving app "${input.slug}"`, async function saving(trx) {
    const latest = await latestHashes(trx, input.slug);
    const result = await appendRevisionIfChanged(trx, input, stamped, latest.get(input.slug));
    return { result, changed: result.created };
  });
}

/**
 * Inside a write transaction: appends revision latest+1 of `input` unless its
 * hash equals the latest revision's. Errors name the app.
 */
export async function appendRevisionIfChanged(
  trx: Kysely<Database>,
  input: RevisionInput,
  meta: RevisionMeta,
  latest: LatestHash | undefined,
): Promise<{ revision: number; created: boolean }> {
  try {
    const hash = revisionHash(input);
    if (latest?.hash === hash) return { revision: latest.revision, created: false };
    const revision = (latest?.revision ?? 0) + 1;
    await insertRevision(trx, revisionRecord(input, meta, hash, revision));
    return { revision, created: true };
  } catch (cause) {
    if (cause instanceof StoreWriteError) throw cause;
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new StoreWriteError(`App "${input.slug}" can't be saved: ${reason}; nothing was written`, { cause });
  }
}
