import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../store/index.ts';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin/privacydefend.js');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env, DATABASE_URL: '' }, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('privacydefend CLI', () => {
  test('--help lists the commands, and each command has its own help', () => {
    const top = run(['--help']);
    assert.equal(top.code, 0);
    for (const c of ['serve', 'import', 'score', 'check', 'db migrate']) assert.match(top.out, new RegExp(c));
    for (const c of ['serve', 'import', 'score', 'check']) {
      const r = run([c, '--help']);
      assert.equal(r.code, 0, `${c} --help`);
      assert.match(r.out, new RegExp(`Usage: privacydefend ${c}`));
    }
  });

  test('an unknown command or flag is an error naming it', () => {
    const r = run(['frobnicate']);
    assert.equal(r.code, 2);
    assert.match(r.err, /unknown command "frobnicate"/);
    const f = run(['score', 'signal', '--colour']);
    assert.equal(f.code, 2);
    assert.match(f.err, /--colour/);
  });

  test('score prints the score and every point with its source', () => {
    const r = run(['score', 'signal']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Signal: \d+\.\d\/10 \w+/);
    assert.match(r.out, /Encryption: [\d.]+\/10 (Strong|Moderate|Weak|None)/);
    assert.match(r.out, /source: https?:\/\//);
    const missing = run(['score', 'no-such-app']);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no app "no-such-app"/);
  });

  test('check passes on the bundled data', () => {
    const r = run(['check']);
    assert.equal(r.code, 0, r.err);
  });

  test('check DIR --db judges stored scores with the rubric in DIR, not the one stored with them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-cli-rubric-'));
    try {
      const db = join(dir, 'pd.db');
      assert.equal(run(['import', '--db', db]).code, 0);
      const data = join(dir, 'data');
      cpSync(join(root, 'data'), data, { recursive: true });
      const rubricPath = join(data, 'rubric.yaml');
      writeFileSync(rubricPath, readFileSync(rubricPath, 'utf8').replace('weight: 6\n', 'weight: 5\n'));
      const r = run(['check', data, '--db', db, '--format', 'json']);
      const rules = new Set((JSON.parse(r.out) as { findings: { rule: string }[] }).findings.map((f) => f.rule));
      assert.ok(rules.has('stale-score'), 'stored scores differ from what the changed rubric computes');
      assert.ok(rules.has('rubric-version'), 'the changed rubric kept its version');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('import loads everything in one transaction, adds no revision when nothing changed, and refuses a broken dataset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-cli-'));
    const db = join(dir, 'pd.db');
    try {
      const first = run(['import', '--db', db]);
      assert.equal(first.code, 0, first.err);
      assert.match(first.out, /imported data: \d+ new revision/);
      const again = run(['import', '--db', db]);
      assert.match(again.out, /0 new revision\(s\)/);

      const data = join(dir, 'data');
      cpSync(join(root, 'data'), data, { recursive: true });
      const signal = join(data, 'apps/signal.yaml');
      writeFileSync(signal, readFileSync(signal, 'utf8').replace(/^category: messaging$/m, 'category: nope'));
      writeFileSync(join(data, 'apps/whatsapp.yaml'), `${readFileSync(join(data, 'apps/whatsapp.yaml'), 'utf8')}\nreview: {}\n`);
      const bad = run(['import', '--db', db, '--data', data]);
      assert.equal(bad.code, 1);
      assert.match(bad.err, /apps\/signal\.yaml:\d+: category: "nope" is not a category/);
      assert.match(bad.err, /Nothing was imported/);

      const store = await openStore({ sqlitePath: db });
      try {
        await store.migrate();
        const history = await store.history('signal');
        assert.equal(history.length, 1, 'the refused import wrote nothing');
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
