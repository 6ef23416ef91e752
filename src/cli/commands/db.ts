/** `privacydefend db migrate|status`: apply and inspect database migrations. */
import { openStore, StoreConnectionError, StoreMigrationError, type Store } from '../../store/index.ts';
import { printable, printableLines } from '../../domain/printable.ts';
import { parseCommandArgs, storeFlags } from '../config.ts';

const USAGE = `Usage: privacydefend db <migrate|status> [--db FILE | --database URL]

  migrate   Apply pending migrations (safe when several processes start at once)
  status    Show which database is used and which migrations are applied or pending

The database is SQLite (--db / PRIVACYDEFEND_DB, default var/privacydefend.db)
unless --database / DATABASE_URL is a postgres:// URL.`;

type Subcommand = (store: Store) => Promise<number>;

const subcommands: Record<string, Subcommand> = { migrate, status };

/**
 * Runs `db <subcommand>`; `args` is what follows `db`. Returns the exit code:
 * 0 done, 1 the database failed (message printed), 2 wrong usage.
 * @example await runDbCommand(['status'], { sqlitePath: 'var/privacydefend.db' })
 */
export async function runDbCommand(args: string[], env: { databaseUrl?: string; sqlitePath?: string }): Promise<number> {
  const parsed = parseCommandArgs(args, storeFlags, USAGE, true);
  if (typeof parsed === 'number') return parsed;
  const [name, ...extra] = parsed.positionals;
  const subcommand = name === undefined ? undefined : subcommands[name];
  if (subcommand === undefined || extra.length > 0) {
    console.error(
      `${name === undefined ? 'privacydefend db: missing subcommand' : `privacydefend db: unknown arguments "${printable(parsed.positionals.join(' '))}"`}\n\n${USAGE}`,
    );
    return 2;
  }
  let store: Store;
  try {
    store = await openStore(env);
  } catch (error) {
    if (error instanceof StoreConnectionError) {
      console.error(printableLines(error.message));
      return 1;
    }
    throw error;
  }
  try {
    return await subcommand(store);
  } catch (error) {
    if (error instanceof StoreMigrationError) {
      console.error(printableLines(error.message));
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

async function migrate(store: Store): Promise<number> {
  const { location } = await store.status();
  console.log(`Database: ${store.dialect} ${printable(location)}`);
  const { applied } = await store.migrate();
  for (const name of applied) console.log(`applied ${name}`);
  const { applied: all } = await store.status();
  console.log(applied.length === 0 ? `Already up to date (${all.length} migration(s) applied).` : `Done: ${applied.length} migration(s) applied.`);
  return 0;
}

async function status(store: Store): Promise<number> {
  const { dialect, location, applied, pending } = await store.status();
  console.log(`Database: ${dialect} ${printable(location)}`);
  console.log(`Applied:  ${applied.length === 0 ? 'none' : applied.join(', ')}`);
  console.log(`Pending:  ${pending.length === 0 ? 'none' : pending.join(', ')}`);
  if (pending.length > 0) console.log('Run "privacydefend db migrate" to apply the pending migrations.');
  return 0;
}
