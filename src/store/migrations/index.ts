/**
 * Every migration, by name. Names sort in the order they run; never rename or
 * edit one that has shipped: add a new one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { DialectAdapter } from '../dialect.ts';
import { initialMigration } from './0001_initial.ts';
import { documentsMigration } from './0002_documents.ts';
import { revisionFormatMigration } from './0003_revision_format.ts';
import { editingMigration } from './0004_editing.ts';
import { importFingerprintMigration } from './0005_import_fingerprint.ts';
import { recheckClosingMigration } from './0008_recheck_closing.ts';
import { correctionLocaleMigration } from './0009_correction_locale.ts';

export function migrationProvider(dialect: DialectAdapter): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001_initial': initialMigration(dialect),
    '0002_documents': documentsMigration(dialect),
    '0003_revision_format': revisionFormatMigration(),
    '0004_editing': editingMigration(dialect),
    '0005_import_fingerprint': importFingerprintMigration(),
    '0008_recheck_closing': recheckClosingMigration(),
    '0009_correction_locale': correctionLocaleMigration(),
  };
  return { getMigrations: async () => migrations };
}
