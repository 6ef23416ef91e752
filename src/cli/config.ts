/**
 * Configuration shared by the commands: the usual environment variables, each
 * overridable by a flag.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_SQLITE_PATH } from '../store/index.ts';

export const storeFlags = {
  db: { type: 'string' },
  database: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export interface StoreEnv {
  databaseUrl?: string;
  sqlitePath?: string;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return undefined;
  const a = args[i] ?? '';
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[i + 1];
}

/** Where the database is: --database / DATABASE_URL for PostgreSQL, else --db / PRIVACYDEFEND_DB. */
export function storeEnv(args: string[], env: NodeJS.ProcessEnv = process.env): StoreEnv {
  const databaseUrl = flag(args, 'database') ?? env.DATABASE_URL;
  const sqlitePath = flag(args, 'db') ?? env.PRIVACYDEFEND_DB ?? DEFAULT_SQLITE_PATH;
  return databaseUrl ? { databaseUrl, sqlitePath } : { sqlitePath };
}

/**
 * Parse a command's arguments; unknown flags are an error naming the flag.
 * Returns undefined (after printing the problem) when the arguments are wrong.
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${usage}`);
    return undefined;
  }
}

/**
 * The bundled dataset: data/ of the installed package, found from this file
 * (src/cli/ or dist/cli/ alike), so the commands work from any directory.
 */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * How a dataset folder is named in revision notes and messages: relative to
 * the project when it is inside it ("data"), so notes never publish this
 * machine's absolute paths; as given otherwise.
 * @example datasetLabel(DEFAULT_DATA_DIR) // 'data'
 */
export function datasetLabel(dir: string): string {
  const absolute = resolve(dir);
  const inside = relative(PROJECT_ROOT, absolute);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : dir;
}
