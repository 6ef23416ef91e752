import { importDataset } from '../../dataset/import.ts';
import { DatasetError } from '../../dataset/load.ts';
import { formatFinding } from '../../checks/index.ts';
import { printable } from '../../domain/printable.ts';
import { DEFAULT_DATA_DIR, RevisionMetaError, editorName, openCommandStore, parseCommandArgs, projectPath, revisionNote, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend import [--data DIR] [--author NAME] [--note TEXT] [--db FILE | --database URL]

Validates the dataset (default: data/) and imports it in one transaction: every
changed app gets a new revision; unchanged apps get none. A dataset with any
problem imports nothing. Re-importing the very files of the last import on the
same day, into a database nothing else changed since, is recognised from the
files' hashes and skips loading and checking.

  --author NAME  who signs the revisions (default: PRIVACYDEFEND_EDITOR, else "PrivacyDefend")
  --note TEXT    the revisions' note (default: "Imported from DIR", DIR relative to the project)`;

export async function runImport(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { ...storeFlags, data: { type: 'string' }, author: { type: 'string' }, note: { type: 'string' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const dir = parsed.values.data ?? DEFAULT_DATA_DIR;
  let meta: { author: string; note: string };
  try {
    meta = { author: editorName(parsed.values.author), note: revisionNote(parsed.values.note ?? `Imported from ${projectPath(dir)}`) };
  } catch (err) {
    if (!(err instanceof RevisionMetaError)) throw err;
    console.error(err.message);
    return 2;
  }
  const store = await openCommandStore(args);
  try {
    await store.migrate();
    const { result, warnings, skipped } = await importDataset(store, dir, meta);
    if (skipped) {
      console.log(
        `imported ${printable(projectPath(dir))}: 0 new revision(s), ${result.unchanged.length} unchanged (the same files as the last import, checked today by the same checks, and nothing else changed the database since: nothing loaded, checked or written)`,
      );
      return 0;
    }
    for (const w of warnings) console.warn(formatFinding(w));
    for (const a of result.added) console.log(`revision ${a.revision} of ${a.slug}`);
    console.log(
      `imported ${printable(projectPath(dir))}: ${result.added.length} new revision(s), ${result.unchanged.length} unchanged${result.catalogChanged ? ', catalog updated' : ''}`,
    );
    return 0;
  } catch (err) {
    if (err instanceof DatasetError) {
      console.error(`${err.message}\n\nNothing was imported: ${err.problems.length} problem(s) in ${printable(dir)}.`);
      return 1;
    }
    throw err;
  } finally {
    await store.close();
  }
}
