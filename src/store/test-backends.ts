/**
 * Test support: the backends the store suite runs against, each able to hand
 * out a fresh empty database. PostgreSQL databases are created per test under a
 * name unique to this run and dropped by `dropTestDatabases()`.
 *
 * PostgreSQL: PRIVACYDEFEND_TEST_PG (default postgres://postgres@127.0.0.1:5432/postgres).
 * Unreachable: its tests are skipped with the reason, unless CI is set, then they fail.
 */
import pg from 'pg';
import type { OpenStoreOptions, Store } from './index.ts';
import { openStore } from './index.ts';
import { describePostgresUrl } from './postgres-connection.ts';

export const TEST_PG_URL = process.env.PRIVACYDEFEND_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Why this backend's tests are skipped, or false to run them. */
  skip: string | false;
  /** openStore options for a new, empty database. */
  freshDatabase(): Promise<OpenStoreOptions>;
}

const runId = `pd_test_${Date.now().toString(36)}_${process.pid}`;
const createdDatabases: string[] = [];
let databaseCount = 0;

async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function postgresSkipReason(): Promise<string | false> {
  try {
    await withAdminClient((client) => client.query('select 1'));
    return false;
  } catch (error) {
    const { host, port } = describePostgresUrl(TEST_PG_URL);
    const reason = error instanceof Error ? error.message || error.name : String(error);
    const message = `PostgreSQL not reachable at ${host}:${port} (${reason}); set PRIVACYDEFEND_TEST_PG to run these tests`;
    if (process.env.CI !== undefined && process.env.CI !== '') return false; // let them run, and fail, on CI
    return message;
  }
}

/** A new empty PostgreSQL database; its URL is TEST_PG_URL with the database name replaced. */
export async function createTestDatabase(): Promise<string> {
  const name = `${runId}_${++databaseCount}`;
  await withAdminClient((client) => client.query(`create database "${name}"`));
  createdDatabases.push(name);
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every database this process created. Call from `after()`. */
export async function dropTestDatabases(): Promise<void> {
  if (createdDatabases.length === 0) return;
  await withAdminClient(async (client) => {
    for (const name of createdDatabases.splice(0)) await client.query(`drop database if exists "${name}" with (force)`);
  });
}

export const postgresSkip = await postgresSkipReason();

export const backends: Backend[] = [
  { name: 'sqlite', skip: false, freshDatabase: async () => ({ sqlitePath: ':memory:' }) },
  { name: 'postgres', skip: postgresSkip, freshDatabase: async () => ({ databaseUrl: await createTestDatabase() }) },
];

/** Runs `fn` with a store on a fresh database (migrated unless told otherwise), closing it afterwards. */
export async function withStore(backend: Backend, fn: (store: Store) => Promise<void>, options: { migrated?: boolean } = {}): Promise<void> {
  const store = await openStore(await backend.freshDatabase());
  try {
    if (options.migrated ?? true) await store.migrate();
    await fn(store);
  } finally {
    await store.close();
  }
}
