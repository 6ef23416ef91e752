/** The editing repositories, run once per backend (SQLite and PostgreSQL). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { EditingConflictError, openStore, type Store } from '../index.ts';
import { backends, dropTestDatabases, withStore, type Backend } from '../test-backends.ts';
import { appInput, editor } from '../test-fixtures.ts';

after(dropTestDatabases);

const at = new Date('2026-12-01T10:00:00Z');
const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

async function twoUsers(store: Store) {
  const alice = await store.editing.addUser({ email: 'alice@example.org', role: 'editor', passwordHash: 'hash-a', at });
  const bob = await store.editing.addUser({ email: 'bob@example.org', role: 'contributor', passwordHash: 'hash-b', at });
  return { alice, bob };
}

/** A raw connection beside the store, to prove the database itself refuses a change. */
async function rawUpdate(backend: Backend, options: { sqlitePath?: string; databaseUrl?: string }, statement: string): Promise<void> {
  if (backend.name === 'sqlite') {
    const db = new Sqlite(options.sqlitePath ?? '');
    try {
      db.prepare(statement).run();
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

for (const backend of backends) {
  describe(`editing store on ${backend.name}`, { skip: backend.skip }, () => {
    it('a user is added once per email, listed without its password hash, and found with it', () =>
      withStore(backend, async (store) => {
        const { alice } = await twoUsers(store);
        assert.deepEqual(alice, { id: alice.id, email: 'alice@example.org', role: 'editor', hasPassword: true, disabledAt: null, createdAt: at.toISOString() });
        await assert.rejects(store.editing.addUser({ email: 'alice@example.org', role: 'admin', at }), EditingConflictError);
        const users = await store.editing.listUsers();
        assert.deepEqual(
          users.map((u) => [u.email, u.role]),
          [
            ['alice@example.org', 'editor'],
            ['bob@example.org', 'contributor'],
          ],
        );
        assert.ok(users.every((u) => !('passwordHash' in u)));
        assert.equal((await store.editing.findUserByEmail('alice@example.org'))?.passwordHash, 'hash-a');
        assert.equal(await store.editing.findUserByEmail('nobody@example.org'), undefined);
      }));

    it('a setup token sets the password once and only before it expires', () =>
      withStore(backend, async (store) => {
        await store.editing.addUser({ email: 'new@example.org', role: 'editor', setup: { tokenHash: 'tok', expiresAt: later(60) }, at });
        await store.editing.addUser({ email: 'late@example.org', role: 'editor', setup: { tokenHash: 'old', expiresAt: later(60) }, at });
        assert.equal(await store.editing.useSetupToken('old', 'pw', later(61)), undefined);
        const user = await store.editing.useSetupToken('tok', 'pw', later(1));
        assert.equal(user?.hasPassword, true);
        assert.equal(await store.editing.useSetupToken('tok', 'pw2', later(2)), undefined, 'a token is spent once used');
      }));

    it('sessions end when the user is disabled, on "log out everywhere", and when idle or too old', () =>
      withStore(backend, async (store) => {
        const { alice, bob } = await twoUsers(store);
        await store.editing.createSession({ idHash: 's1', userId: alice.id, csrfToken: 'c1', ip: '192.0.2.1', at });
        await store.editing.createSession({ idHash: 's2', userId: alice.id, csrfToken: 'c2', ip: '192.0.2.1', at });
        await store.editing.createSession({ idHash: 's3', userId: bob.id, csrfToken: 'c3', ip: '192.0.2.2', at: later(30) });
        assert.equal((await store.editing.getSession('s1'))?.user.email, 'alice@example.org');
        assert.equal(await store.editing.deleteUserSessions(alice.id), 2);
        assert.equal(await store.editing.getSession('s2'), undefined);

        await store.editing.touchSession('s3', later(40));
        await store.editing.pruneSessions(later(35), later(0));
        assert.equal((await store.editing.getSession('s3'))?.lastSeenAt, later(40).toISOString(), 'a recently seen session survives pruning');
        await store.editing.pruneSessions(later(45), later(0));
        assert.equal(await store.editing.getSession('s3'), undefined);

        await store.editing.createSession({ idHash: 's4', userId: bob.id, csrfToken: 'c4', ip: '192.0.2.2', at });
        assert.equal(await store.editing.disableUser('bob@example.org', later(1)), true);
        assert.equal(await store.editing.getSession('s4'), undefined);
        assert.equal(await store.editing.disableUser('nobody@example.org', later(1)), false);
      }));

    it('rate events are counted per key within the window', () =>
      withStore(backend, async (store) => {
        for (let i = 0; i < 3; i++) await store.editing.recordRateEvent('login:a', later(i));
        await store.editing.recordRateEvent('login:b', later(0));
        assert.equal(await store.editing.countRateEvents('login:a', later(1)), 2);
        assert.equal(await store.editing.countRateEvents('login:b', later(0)), 1);
        await store.editing.pruneRateEvents(later(2));
        assert.equal(await store.editing.countRateEvents('login:a', at), 1);
      }));

    it('the audit log keeps every entry, newest first, and the database refuses to change or delete one', async () => {
      const folder = mkdtempSync(join(tmpdir(), 'pd-audit-'));
      const options = backend.name === 'sqlite' ? { sqlitePath: join(folder, 'audit.db') } : await backend.freshDatabase();
      const store = await openStore(options);
      try {
        await store.migrate();
        await store.editing.audit({ at, actor: 'cli', action: 'user.add', subject: 'user:a@example.org', detail: { role: 'editor' }, ip: 'cli' });
        await store.editing.audit({ at: later(1), actor: 'a@example.org', action: 'login', subject: 'user:a@example.org', detail: {}, ip: '192.0.2.9' });
        const log = await store.editing.auditLog(10);
        assert.deepEqual(
          log.map((e) => [e.action, e.ip, e.detail]),
          [
            ['login', '192.0.2.9', {}],
            ['user.add', 'cli', { role: 'editor' }],
          ],
        );
        await assert.rejects(rawUpdate(backend, options, "update edit_audit set actor = 'someone else'"), /append-only/);
        await assert.rejects(rawUpdate(backend, options, 'delete from edit_audit'), /append-only/);
        assert.equal((await store.editing.auditLog(10)).length, 2);
      } finally {
        await store.close();
        rmSync(folder, { recursive: true, force: true });
      }
    });

    it('a correction keeps the language of the form it was sent from (English when none is given)', () =>
      withStore(backend, async (store) => {
        const base = {
          slug: 'signal',
          section: 'encryption',
          fact: 'encryption.e2ee.backups',
          problem: 'wrong',
          sourceUrl: 'https://signal.org/',
          email: null,
          at,
        };
        const german = await store.editing.addCorrection({ ...base, locale: 'de' });
        const plain = await store.editing.addCorrection(base);
        assert.equal(german.locale, 'de');
        assert.equal((await store.editing.getCorrection(german.id))?.locale, 'de');
        assert.equal((await store.editing.getCorrection(plain.id))?.locale, 'en');
        const answered = await store.editing.answerCorrection(german.id, { status: 'declined', reason: 'no' }, 'alice@example.org', later(5));
        assert.equal(answered.locale, 'de', 'still known when answered, to write the answer in it');
      }));

    it('a correction is answered once, its email deleted, and the median handling time counted', () =>
      withStore(backend, async (store) => {
        const base = { slug: 'signal', section: 'encryption', fact: 'encryption.e2ee.backups', problem: 'wrong', sourceUrl: 'https://signal.org/' };
        const c1 = await store.editing.addCorrection({ ...base, email: 'reader@example.org', at });
        const c2 = await store.editing.addCorrection({ ...base, email: null, at });
        await store.editing.addCorrection({ ...base, email: null, at });
        assert.deepEqual(await store.editing.correctionStats(), { open: 3, handled: 0, medianHandlingMs: null });

        const declined = await store.editing.answerCorrection(
          c1.id,
          { status: 'declined', reason: 'the source says otherwise' },
          'alice@example.org',
          later(60),
        );
        assert.equal(declined.email, null);
        assert.equal(declined.declineReason, 'the source says otherwise');
        await assert.rejects(store.editing.answerCorrection(c1.id, { status: 'declined', reason: 'again' }, 'x', later(61)), EditingConflictError);
        await store.editing.answerCorrection(c2.id, { status: 'accepted', draftId: 7 }, 'alice@example.org', later(180));
        assert.deepEqual(await store.editing.correctionStats(), { open: 1, handled: 2, medianHandlingMs: 120 * 60_000 });
        assert.deepEqual(
          (await store.editing.listCorrections('open')).map((c) => c.status),
          ['open'],
        );
      }));

    it('a draft is edited, submitted and published as a new revision that moves the data version', () =>
      withStore(backend, async (store) => {
        const { alice, bob } = await twoUsers(store);
        await store.saveRevision(appInput('signal'), editor);
        const draft = await store.editing.addDraft({ slug: 'signal', baseRevision: 1, facts: { slug: 'signal' }, authorId: bob.id, note: 'fix', at });
        const edited = await store.editing.updateDraft(draft.id, { facts: { slug: 'signal', changed: true }, note: 'fix backups' }, later(1));
        assert.deepEqual(edited.facts, { slug: 'signal', changed: true });
        await assert.rejects(store.editing.publishDraft(draft.id, alice.id, appInput('signal'), { author: 'x', note: 'y', at }), /not submitted/);
        await store.editing.moveDraft(draft.id, ['editing', 'changes-requested'], 'submitted', {}, later(2));
        await assert.rejects(store.editing.updateDraft(draft.id, { facts: {}, note: '' }, later(3)), EditingConflictError);

        const before = await store.dataVersion();
        const { draft: published, revision } = await store.editing.publishDraft(draft.id, alice.id, appInput('signal', { score: 80 }), {
          author: 'bob@example.org, approved by alice@example.org',
          note: 'fix backups',
          at: later(4),
        });
        assert.equal(revision, 2);
        assert.equal(published.status, 'published');
        assert.equal(published.reviewer?.email, 'alice@example.org');
        assert.notEqual(await store.dataVersion(), before);
        const history = await store.history('signal');
        assert.equal(history.at(-1)?.author, 'bob@example.org, approved by alice@example.org');
        assert.deepEqual(await store.editing.openDrafts(), []);
      }));

    it('a draft started from an older revision is refused at publishing and writes nothing', () =>
      withStore(backend, async (store) => {
        const { bob, alice } = await twoUsers(store);
        await store.saveRevision(appInput('signal'), editor);
        const draft = await store.editing.addDraft({ slug: 'signal', baseRevision: 1, facts: {}, authorId: bob.id, note: 'n', at });
        await store.editing.moveDraft(draft.id, ['editing'], 'submitted', {}, at);
        await store.saveRevision(appInput('signal', { score: 10 }), editor);
        const before = await store.dataVersion();
        await assert.rejects(
          store.editing.publishDraft(draft.id, alice.id, appInput('signal', { score: 90 }), { author: 'a', note: 'n', at }),
          /has changed since/,
        );
        assert.equal(await store.dataVersion(), before);
        assert.equal((await store.history('signal')).length, 2);
        assert.equal((await store.editing.getDraft(draft.id))?.status, 'submitted');
      }));
  });
}
