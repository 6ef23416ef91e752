/** Importing a whole dataset: catalog and every changed app, in one transaction. */
import type { Kysely } from 'kysely';
import { appendCatalogIfChanged } from './catalog.ts';
import type { DialectAdapter } from './dialect.ts';
import { StoreWriteError } from './errors.ts';
import type { ImportResult, RevisionInput, RevisionMeta } from './model.ts';
import { latestHashes } from './revisions.ts';
import { appendRevisionIfChanged } from './save-revision.ts';
import type { Database } from './schema.ts';
import { writeTransaction } from './write-transaction.ts';

export async function importDataset(
  db: Kysely<Database>,
  dialect: DialectAdapter,
  input: { catalog: unknown; apps: RevisionInput[] },
  meta: RevisionMeta,
): Promise<ImportResult> {
  const duplicate = firstDuplicate(input.apps.map((app) => app.slug));
  if (duplicate !== undefined) throw new StoreWriteError(`App "${duplicate}" appears more than once in the import; nothing was written`);
  const stamped = { ...meta, at: meta.at ?? new Date() };
  return writeTransaction(db, dialect, 'Importing the dataset', async function importing(trx) {
    const catalogChanged = await appendCatalog(trx, input.catalog, stamped);
    const latest = await latestHashes(trx);
    const result: ImportResult = { added: [], unchanged: [], catalogChanged };
    for (const app of input.apps) {
      const { revision, created } = await appendRevisionIfChanged(trx, app, stamped, latest.get(app.slug));
      if (created) result.added.push({ slug: app.slug, revision });
      else result.unchanged.push(app.slug);
    }
    return { result, changed: catalogChanged || result.added.length > 0 };
  });
}

async function appendCatalog(trx: Kysely<Database>, catalog: unknown, meta: RevisionMeta): Promise<boolean> {
  try {
    return await appendCatalogIfChanged(trx, catalog, meta);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new StoreWriteError(`The catalog can't be saved: ${reason}; nothing was written`, { cause });
  }
}

function firstDuplicate(values: string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}
