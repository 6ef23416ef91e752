/**
 * Errors the store throws on purpose. Each names what failed and where, and
 * none ever carries a database password.
 */

/** The database can't be opened or reached (wrong URL, server down, bad credentials). */
export class StoreConnectionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreConnectionError';
  }
}

/** A migration failed; the database is left at the last migration that succeeded. */
export class StoreMigrationError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreMigrationError';
  }
}

/** The database exists but its tables don't: run the migrations. */
export class StoreNotMigratedError extends Error {
  constructor() {
    super('The database has not been migrated: run `privacydefend db migrate` first.');
    this.name = 'StoreNotMigratedError';
  }
}

/** A write was refused or failed; nothing of it was written. */
export class StoreWriteError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreWriteError';
  }
}

/** Concurrent writers kept colliding after every retry; nothing of this write was written. */
export class StoreConflictError extends StoreWriteError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreConflictError';
  }
}
