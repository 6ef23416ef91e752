/** `privacydefend db` (src/cli/commands/db.ts), against a scratch SQLite file and an unreachable server. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it, type TestContext } from 'node:test';
import { runDbCommand } from '../cli/commands/db.ts';

const scratch = mkdtempSync(join(tmpdir(), 'privacydefend-db-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the command, returning its exit code and everything it printed. */
async function run(t: TestContext, args: string[], env: { databaseUrl?: string; sqlitePath?: string }) {
  const out = t.mock.method(console, 'log', () => undefined);
  const err = t.mock.method(console, 'error', () => undefined);
  const code = await runDbCommand(args, env);
  const text = (calls: { arguments: unknown[] }[]) => calls.map((c) => c.arguments.join(' ')).join('\n');
  const result = { code, stdout: text(out.mock.calls), stderr: text(err.mock.calls) };
  out.mock.restore();
  err.mock.restore();
  return result;
}

describe('privacydefend db', () => {
  it('status shows pending migrations, migrate applies them, status then shows none pending', async (t) => {
    const env = { sqlitePath: join(scratch, 'cli.db') };
    const before = await run(t, ['status'], env);
    assert.equal(before.code, 0);
    assert.match(before.stdout, /sqlite .*cli\.db/);
    assert.match(before.stdout, /Pending: +0001_initial/);

    const migrate = await run(t, ['migrate'], env);
    assert.equal(migrate.code, 0);
    assert.match(migrate.stdout, /applied 0001_initial/);
    assert.match((await run(t, ['migrate'], env)).stdout, /Already up to date/);

    const afterwards = await run(t, ['status'], env);
    assert.match(afterwards.stdout, /Applied: +0001_initial/);
    assert.match(afterwards.stdout, /Pending: +none/);
  });

  it('an unreachable server exits 1 with a message naming it, not its password', async (t) => {
    const result = await run(t, ['status'], { databaseUrl: 'postgres://ops:NotThisOne@127.0.0.1:1/ratings' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /127\.0\.0\.1:1.*"ratings"/);
    assert.doesNotMatch(result.stderr + result.stdout, /NotThisOne/);
  });

  it('--help prints the usage; a missing or unknown subcommand exits 2', async (t) => {
    const env = { sqlitePath: join(scratch, 'unused.db') };
    const help = await run(t, ['--help'], env);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: privacydefend db <migrate\|status>/);
    assert.equal((await run(t, [], env)).code, 2);
    assert.equal((await run(t, ['frobnicate'], env)).code, 2);
  });
});
