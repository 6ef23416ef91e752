import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_EDITOR, RevisionMetaError, editorName, projectPath, revisionNote, storeEnv } from './config.ts';
import { DEFAULT_SQLITE_PATH } from '../store/index.ts';

describe('storeEnv', () => {
  const env = { DATABASE_URL: 'postgres://ann:secret@db/pd', PRIVACYDEFEND_DB: 'env.db' };

  test('an explicit --db wins over DATABASE_URL and PRIVACYDEFEND_DB', () => {
    assert.deepEqual(storeEnv(['--db', 'flag.db'], env), { sqlitePath: 'flag.db' });
    assert.deepEqual(storeEnv(['--db=flag.db'], env), { sqlitePath: 'flag.db' });
  });

  test('an explicit --database wins over everything', () => {
    assert.deepEqual(storeEnv(['--database', 'sqlite:x.db', '--db', 'flag.db'], env), { databaseUrl: 'sqlite:x.db' });
  });

  test('without flags DATABASE_URL wins over PRIVACYDEFEND_DB, which wins over the default', () => {
    assert.deepEqual(storeEnv([], env), { databaseUrl: env.DATABASE_URL });
    assert.deepEqual(storeEnv([], { PRIVACYDEFEND_DB: 'env.db' }), { sqlitePath: 'env.db' });
    assert.deepEqual(storeEnv([], {}), { sqlitePath: DEFAULT_SQLITE_PATH });
  });
});

describe('revision author and note', () => {
  test('the author is --author, else PRIVACYDEFEND_EDITOR, else the default, never the login name', () => {
    assert.equal(editorName('Ann', { PRIVACYDEFEND_EDITOR: 'Bob', USER: 'root' }), 'Ann');
    assert.equal(editorName(undefined, { PRIVACYDEFEND_EDITOR: 'Bob', USER: 'root' }), 'Bob');
    assert.equal(editorName(undefined, { USER: 'root', LOGNAME: 'root' }), DEFAULT_EDITOR);
  });

  test('an author or note with control characters or over its limit is refused, naming where it came from', () => {
    assert.throws(
      () => editorName('Ann\u001b[31m', {}),
      (e: unknown) => e instanceof RevisionMetaError && /^--author: contains the control character U\+001B/.test(e.message),
    );
    assert.throws(() => editorName(undefined, { PRIVACYDEFEND_EDITOR: 'x'.repeat(101) }), /PRIVACYDEFEND_EDITOR: is 101 characters long; at most 100/);
    assert.throws(() => revisionNote('a\u0000b'), /--note: contains the control character U\+0000/);
    assert.equal(revisionNote('line one\nline two'), 'line one\nline two');
  });

  test('a dataset folder is named relative to the project, never by an absolute path outside it', () => {
    assert.equal(projectPath('data', '/home/ann/pd'), 'data');
    assert.equal(projectPath('/home/ann/pd/data/', '/home/ann/pd'), 'data');
    assert.equal(projectPath('/srv/datasets/reviews', '/home/ann/pd'), 'reviews');
    assert.equal(projectPath('.', '/home/ann/pd'), '.');
  });
});
