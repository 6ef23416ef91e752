/** Running and inspecting migrations, under a lock so concurrent start-ups are safe. */
import { Migrator, type Kysely } from 'kysely';
import { StoreMigrationError } from './errors.ts';
import type { DialectAdapter } from './dialect.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

/** How often, and how patiently, migrations retry while another writer holds SQLite's lock. */
export interface MigrationRetry {
  attempts: number;
  /** The wait before the second attempt; it doubles after each attempt. */
  backoffMs: number;
}

export const MIGRATION_RETRY: MigrationRetry = { attempts: 5, backoffMs: 250 };

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Applies pending migrations; returns the names applied by this call (none if
 * another process got there first). On SQLite, a database another writer keeps
 * locked past the busy timeout is retried with back-off, then refused with a
 * StoreMigrationError saying so; a failed attempt changes nothing (each
 * migration runs in a transaction).
 */
export async function applyMigrations(db: Kysely<Database>, dialect: DialectAdapter, retry: MigrationRetry = MIGRATION_RETRY): Promise<string[]> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyMigrationsOnce(db, dialect);
    } catch (error) {
      if (!dialect.isBusy(error)) throw error;
      if (attempt >= retry.attempts) {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        throw new StoreMigrationError(
          `Migrations could not run: another process kept the database locked for writing through ${attempt} attempts over ${seconds} s; nothing was changed. Let the other writer finish (or stop it), then run \`privacydefend db migrate\` again.`,
          { cause: error },
        );
      }
      await sleep(retry.backoffMs * 2 ** (attempt - 1));
    }
  }
}

async function applyMigrationsOnce(db: Kysely<Database>, dialect: DialectAdapter): Promise<string[]> {
  try {
    return await dialect.withMigrationLock(db, async function migrateToLatest(locked) {
      const { error, results = [] } = await new Migrator({ db: locked, provider: migrationProvider(dialect) }).migrateToLatest();
      if (error !== undefined) {
        const failed = results.find((r) => r.status === 'Error')?.migrationName;
        throw new StoreMigrationError(`Migration ${failed ?? '(setup)'} failed: ${messageOf(error)}`, { cause: error });
      }
      return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
    });
  } catch (error) {
    if (error instanceof StoreMigrationError) throw error;
    // e.g. waiting for another process's migration lock outlasted statement_timeout
    throw new StoreMigrationError(`Migrations could not run: ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Names of applied and pending migrations, in order. Creates nothing. */
export async function migrationState(db: Kysely<Database>, dialect: DialectAdapter): Promise<{ applied: string[]; pending: string[] }> {
  const migrations = await new Migrator({ db, provider: migrationProvider(dialect) }).getMigrations();
  return {
    applied: migrations.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: migrations.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
