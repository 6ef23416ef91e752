import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_SQLITE_PATH, openStore, type Store } from '../store/index.ts';
import { printable, printableLines } from '../domain/printable.ts';
import { Line, Text } from '../domain/text.ts';

export { projectPath } from '../dataset/project-path.ts';

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

/**
 * Where the database is. A flag always wins over the environment: --database
 * (a URL), then --db (an SQLite file), then DATABASE_URL, then
 * PRIVACYDEFEND_DB, then var/privacydefend.db.
 * @example storeEnv(['--db', 'x.db'], { DATABASE_URL: 'postgres://h/db' }) // { sqlitePath: 'x.db' }
 */
export function storeEnv(args: string[], env: NodeJS.ProcessEnv = process.env): StoreEnv {
  const databaseFlag = flag(args, 'database');
  if (databaseFlag) return { databaseUrl: databaseFlag };
  const dbFlag = flag(args, 'db');
  if (dbFlag) return { sqlitePath: dbFlag };
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { sqlitePath: env.PRIVACYDEFEND_DB || DEFAULT_SQLITE_PATH };
}

/**
 * Opens the database the arguments and environment name, and says on stderr
 * which one it is (a PostgreSQL URL is printed without its password).
 * @example const store = await openCommandStore(args);
 */
export async function openCommandStore(args: string[], env: NodeJS.ProcessEnv = process.env, say: (line: string) => void = console.error): Promise<Store> {
  const store = await openStore(storeEnv(args, env));
  say(`database: ${store.dialect} ${printable(store.location)}`);
  return store;
}

/** The editor name revisions are signed with when none is configured. */
export const DEFAULT_EDITOR = 'PrivacyDefend';

/** A revision's author and note, as given by a flag or the environment; invalid ones are a usage error. */
export class RevisionMetaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RevisionMetaError';
  }
}

const EditorName = Line(100);
const RevisionNote = Text(2_000);

/**
 * Who signs a revision: --author, else PRIVACYDEFEND_EDITOR, else "PrivacyDefend",
 * never the operator's login name. Throws RevisionMetaError for an empty,
 * too long or control-character name.
 * @example editorName(undefined, { PRIVACYDEFEND_EDITOR: 'Ann' }) // 'Ann'
 */
export function editorName(fromFlag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const [name, where] =
    fromFlag !== undefined
      ? [fromFlag, '--author']
      : env.PRIVACYDEFEND_EDITOR
        ? [env.PRIVACYDEFEND_EDITOR, 'PRIVACYDEFEND_EDITOR']
        : [DEFAULT_EDITOR, 'default'];
  const checked = EditorName.safeParse(name);
  if (!checked.success) throw new RevisionMetaError(`${where}: ${printable(checked.error.issues[0]?.message ?? 'is not a valid name')}`);
  return checked.data;
}

/** A revision note from --note, checked like any multi-line text of the data format. */
export function revisionNote(note: string): string {
  const checked = RevisionNote.safeParse(note);
  if (!checked.success) throw new RevisionMetaError(`--note: ${printable(checked.error.issues[0]?.message ?? 'is not a valid note')}`);
  return checked.data;
}

/**
 * Parse a command's arguments; unknown flags are an error naming the flag.
 * Returns the exit status instead when the command is done: 0 after printing
 * the usage for --help, 2 after printing the problem when the arguments are wrong.
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, usage: string, allowPositionals = false) {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return 0;
    }
    return parsed;
  } catch (err) {
    console.error(`${printableLines(err instanceof Error ? err.message : String(err))}\n\n${usage}`);
    return 2;
  }
}

/**
 * The bundled dataset: data/ of the installed package, found from this file
 * (src/cli/ or dist/cli/ alike), so the commands work from any directory.
 */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));
