/** Running and inspecting migrations, under a lock so concurrent start-ups are safe. */
import { Migrator, type Kysely } from 'kysely';
import { StoreMigrationError } from './errors.ts';
import type { DialectAdapter } from './dialect.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

/** Applies pending migrations; returns the names applied by this call (none if another process got there first). */
export async function applyMigrations(db: Kysely<Database>, dialect: DialectAdapter): Promise<string[]> {
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
