/** `privacydefend user` as a subprocess, against a fresh SQLite file. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../../store/index.ts';
import { verifyPassword } from '../../web/edit/password.ts';

const root = new URL('../../..', import.meta.url).pathname;
const bin = join(root, 'bin/privacydefend.js');
const dir = mkdtempSync(join(tmpdir(), 'pd-user-'));
const db = join(dir, 'pd.db');
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, 'user', ...args, '--db', db], {
    cwd: root,
    encoding: 'utf8',
    input,
    env: { ...process.env, DATABASE_URL: '', SITE_URL: 'https://edit.example.org' },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('privacydefend user', () => {
  it('add with --password-stdin stores a scrypt hash of the password read from stdin, and audits it', async () => {
    const r = run(['add', '--email', 'Admin@Example.org', '--role', 'admin', '--password-stdin'], 'a long admin passphrase\n');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Added admin@example.org \(admin\)/);
    assert.doesNotMatch(r.out, /setup link/);
    const store = await openStore({ sqlitePath: db });
    try {
      const user = await store.editing.findUserByEmail('admin@example.org');
      assert.equal(await verifyPassword('a long admin passphrase', user?.passwordHash ?? undefined), true);
      const [entry] = await store.editing.auditLog(1);
      assert.equal(entry?.action, 'user.add');
      assert.equal(entry?.subject, 'user:admin@example.org');
      assert.match(entry?.actor ?? '', /^cli/);
    } finally {
      await store.close();
    }
  });

  it('add without a password prints a one-time setup link on SITE_URL', () => {
    const r = run(['add', '--email', 'ed@example.org', '--role', 'editor']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /https:\/\/edit\.example\.org\/edit\/setup\?token=[A-Za-z0-9_-]{43}/);
  });

  it('a duplicate email, a bad role, a bad email or a short password is refused and changes nothing', () => {
    const dup = run(['add', '--email', 'ed@example.org', '--role', 'editor']);
    assert.equal(dup.code, 1);
    assert.match(dup.err, /email: an account for ed@example.org already exists; nothing was changed/);
    assert.match(run(['add', '--email', 'x@example.org', '--role', 'owner']).err, /role: must be one of contributor, editor, admin, not "owner"/);
    assert.match(run(['add', '--email', 'not-an-email', '--role', 'editor']).err, /email: "not-an-email" is not an email address/);
    assert.match(run(['add', '--email', 'y@example.org', '--role', 'editor', '--password-stdin'], 'short').err, /password: must be at least 12 characters/);
    const list = run(['list']);
    assert.doesNotMatch(list.out, /x@example|y@example/);
  });

  it('list shows each account and whether its password is set; disable marks it', () => {
    assert.equal(run(['disable', '--email', 'ed@example.org']).code, 0);
    const list = run(['list']);
    assert.equal(list.code, 0, list.err);
    assert.match(list.out, /admin@example.org\s+admin\s+password set/);
    assert.match(list.out, /ed@example.org\s+editor\s+setup pending\s+disabled /);
    const missing = run(['disable', '--email', 'ghost@example.org']);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no account for ghost@example.org/);
  });

  it('a missing subcommand or flag is a usage error', () => {
    assert.equal(run([]).code, 2);
    assert.match(run(['add', '--role', 'editor']).err, /--email is required/);
  });
});
