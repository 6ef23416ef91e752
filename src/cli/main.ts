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

Configuration (each also a flag):
  PORT / --port             port to listen on (default 3000)
  HOST / --host             address to listen on (default 127.0.0.1)
  PRIVACYDEFEND_DB / --db   SQLite file (default var/privacydefend.db)
  DATABASE_URL / --database postgres://... selects PostgreSQL instead of SQLite

Run "privacydefend <command> --help" for a command's options.`;

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
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`privacydefend: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command(rest);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0 || !process.argv.includes('serve')) process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 1;
    },
  );
}
