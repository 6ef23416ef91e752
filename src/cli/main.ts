/**
 * The `privacydefend` command. Each subcommand lives in src/cli/commands/ and
 * returns an exit code; this file only dispatches.
 */

export const USAGE = `privacydefend — privacy ratings computed from sourced facts

Usage: privacydefend <command> [options]

Commands:
  serve            Serve the site (imports the bundled data into an empty database first)
  import           Validate data/ and import it into the database in one transaction
  score <slug>     Print an app's Safety Score and every point gained or lost
  check [dir]      Validate a dataset (default: data/) and run the consistency rules
                   on every review and its rendered page
  db migrate       Apply pending database migrations
  db status        Show the database and its migrations
  build --out DIR  Export the public site as static files
  watch [--once]   Fetch the watched documents and queue changed ones for re-checking
  recheck list|close  List the re-check queue; close an item with a note (see README, "Watching documents")
  user add|list|disable  Manage the editors' accounts (see README, "Editing")
  export-data --out DIR  Write the published reviews as the dataset's YAML

Configuration (each also a flag):
  PORT / --port             port to listen on (default 3000)
  HOST / --host             address to listen on (default 127.0.0.1)
  PRIVACYDEFEND_DB / --db   SQLite file (default var/privacydefend.db)
  DATABASE_URL / --database postgres://... selects PostgreSQL instead of SQLite

Run "privacydefend <command> --help" for a command's options; add --debug to any command
to see the stack trace behind a failure.`;

import { printable, printableLines } from '../domain/printable.ts';

type Command = (args: string[]) => Promise<number>;

// Each command's module is loaded only when it runs: `score` need not load
// the web server, and `--help` loads nothing.
const commands: Record<string, Command> = {
  serve: async (args) => (await import('./commands/serve.ts')).runServe(args),
  import: async (args) => (await import('./commands/import.ts')).runImport(args),
  score: async (args) => (await import('./commands/score.ts')).runScore(args),
  check: async (args) => (await import('./commands/check.ts')).runCheck(args),
  db: async (args) => {
    const [{ runDbCommand }, { storeEnv }] = await Promise.all([import('./commands/db.ts'), import('./config.ts')]);
    return runDbCommand(args, storeEnv(args));
  },
  build: async (args) => (await import('./commands/build.ts')).runBuild(args),
  watch: async (args) => (await import('./commands/watch.ts')).runWatch(args),
  recheck: async (args) => (await import('./commands/recheck.ts')).runRecheck(args),
  user: async (args) => (await import('./commands/user.ts')).runUser(args),
  'export-data': async (args) => (await import('./commands/export-data.ts')).runExportData(args),
};

/**
 * Run one command and return its exit code. A failure the user can act on
 * (see userFacingFailure) prints one message and returns 1, with the stack
 * trace only under `--debug`; any other error is a bug and is rethrown.
 * @example process.exitCode = await main(['score', 'signal']);
 */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv.filter((a) => a !== '--debug');
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`privacydefend: unknown command "${printable(name)}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (err) {
    // Loaded only on failure, so a successful `--help` loads nothing more.
    const { userFacingFailure } = await import('./failure.ts');
    const message = userFacingFailure(err);
    if (message === undefined) throw err;
    console.error(`privacydefend ${name}: ${printableLines(message)}`);
    if (debug && err instanceof Error) console.error(err.stack);
    else console.error('(run again with --debug for the stack trace)');
    return 1;
  }
}
