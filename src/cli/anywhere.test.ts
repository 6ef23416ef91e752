import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const bin = new URL('../../bin/privacydefend.js', import.meta.url).pathname;
const elsewhere = mkdtempSync(join(tmpdir(), 'pd-elsewhere-'));
after(() => rmSync(elsewhere, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', PRIVACYDEFEND_DB: '' },
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const STACK_LINE = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

describe('the compiled command, started from another directory', () => {
  test('serves a review page with status 200', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--db', join(elsewhere, 'serve.db')], {
      cwd: elsewhere,
      env: { ...process.env, DATABASE_URL: '' },
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on [^:]+:(\d+)/.exec(out);
          if (m) resolve(Number(m[1]));
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${out}`)));
      });
      const res = await fetch(`http://127.0.0.1:${port}/apps/signal`);
      assert.equal(res.status, 200);
      assert.match(await res.text(), /<h1[^>]*>Is Signal Safe\?<\/h1>/);
    } finally {
      child.kill('SIGTERM');
    }
  });

  test('check finds the bundled data and reports no false errors', () => {
    const r = run(['check']);
    assert.equal(r.code, 0, r.err + r.out);
  });

  test('an unreachable PostgreSQL is one message naming host, port and database, never the password', () => {
    const r = run(['db', 'status', '--database', 'postgres://editor:s3cret-pw@127.0.0.1:1/reviews']);
    assert.equal(r.code, 1);
    assert.match(r.err, /127\.0\.0\.1/);
    assert.match(r.err, /\b1\b/);
    assert.match(r.err, /reviews/);
    assert.doesNotMatch(r.err + r.out, /s3cret-pw/);
    assert.doesNotMatch(r.err, STACK_LINE);
  });

  test('an output folder that cannot be created is one clear message naming it', () => {
    const file = join(elsewhere, 'a-file');
    writeFileSync(file, 'not a folder');
    const r = run(['build', '--out', join(file, 'site'), '--db', join(elsewhere, 'build.db'), '--site-url', 'https://example.org']);
    assert.notEqual(r.code, 0, r.err);
    assert.match(r.err, /a-file/);
    assert.doesNotMatch(r.err, STACK_LINE);
  });

  test('--debug adds the stack trace behind a failure', () => {
    const r = run(['import', '--database', 'postgres://editor:s3cret-pw@127.0.0.1:1/reviews', '--debug']);
    assert.equal(r.code, 1);
    assert.match(r.err, STACK_LINE);
    assert.doesNotMatch(r.err, /s3cret-pw/);
  });
});
