import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
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
    for (const c of ['serve', 'import', 'score', 'check', 'db migrate', 'watch']) assert.match(top.out, new RegExp(c));
    for (const c of ['serve', 'import', 'score', 'check', 'watch']) {
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
      assert.match(again.out, /the same files as the last import.*nothing loaded, checked or written/, 'an unchanged re-import is recognised from the files');

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

describe('privacydefend CLI with hostile input', () => {
  test('import refuses planted files with one clear line each, no stack trace, and imports nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-cli-hostile-'));
    const db = join(dir, 'pd.db');
    try {
      const data = join(dir, 'data');
      cpSync(join(root, 'data'), data, { recursive: true });
      const apps = join(data, 'apps');
      const signal = readFileSync(join(apps, 'signal.yaml'), 'utf8');
      writeFileSync(join(apps, 'signal.yaml'), signal.replace(/^name: .*$/m, 'name: "Sig\\0nal"'));
      const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (const [p, n] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg'].map((x) => [...x])) bomb.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(', ')}]`);
      writeFileSync(join(apps, 'bomb.yaml'), `${bomb.join('\n')}\n`);
      writeFileSync(join(apps, 'latin1.yaml'), Buffer.from('slug: caf\xe9\n', 'latin1'));
      writeFileSync(join(apps, 'huge.yaml'), `# ${'x'.repeat(2_000_000)}\n`);
      writeFileSync(join(apps, 'esc\u001b[2J\nfake.yaml'), 'slug: [unclosed');

      const r = run(['import', '--db', db, '--data', data]);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /apps\/signal\.yaml:\d+: name: contains the control character U\+0000/);
      assert.match(r.err, /apps\/bomb\.yaml: is not valid YAML: Excessive alias count/);
      assert.match(r.err, /apps\/latin1\.yaml:1: is not UTF-8: byte offset 9 \(0xe9\)/);
      assert.match(r.err, /apps\/huge\.yaml: is 2,000,003 bytes; a data file may hold at most 1,048,576 bytes/);
      assert.match(r.err, /apps\/esc\\x1b\[2J\\nfake\.yaml:1: is not valid YAML/);
      assert.doesNotMatch(r.err, /\u001b/, 'no raw ESC reaches the terminal');
      assert.doesNotMatch(r.err, /^\s+at /m, 'no stack trace');
      assert.match(r.err, /Nothing was imported/);

      const store = await openStore({ sqlitePath: db });
      try {
        await store.migrate();
        assert.equal(await store.catalog(), undefined, 'nothing was imported');
        assert.deepEqual(await store.listApps(), []);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--db wins over DATABASE_URL, the database used is printed, and revisions are signed by the configured editor, not the login', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-cli-db-'));
    const db = join(dir, 'pd.db');
    try {
      const env = { DATABASE_URL: 'postgres://nobody:hunter2@127.0.0.1:1/none', USER: 'operator-login', PRIVACYDEFEND_EDITOR: 'Research Desk' };
      const r = spawnSync(process.execPath, [bin, 'import', '--db', db, '--data', join(root, 'data')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ...env },
        timeout: 120_000,
      });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stderr, new RegExp(`database: sqlite ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      assert.doesNotMatch(`${r.stdout}${r.stderr}`, /hunter2/);
      const store = await openStore({ sqlitePath: db });
      try {
        const [first] = await store.history('signal');
        assert.equal(first?.author, 'Research Desk');
        assert.equal(first?.note, 'Imported from data', 'the note names the folder relative to the project');
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('build refuses to replace a non-empty folder that is not a previous export, and leaves it untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-cli-build-'));
    try {
      const out = join(dir, 'precious');
      mkdirSync(out);
      writeFileSync(join(out, 'notes.txt'), 'keep me');
      const r = run(['build', '--out', out, '--db', join(dir, 'pd.db'), '--site-url', 'https://example.org']);
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /refusing to replace .*precious: it holds 1 entry and is not a previous export .*--force/);
      assert.deepEqual(readdirSync(out), ['notes.txt']);
      assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'keep me');
      const dot = run(['build', '--out', '.', '--force', '--db', join(dir, 'pd.db')]);
      assert.equal(dot.code, 1);
      assert.match(dot.err, /working directory or holds it/);
      // Where the correction links of a static export go: an editing server's origin or mailto:, nothing else.
      const bad = run(['build', '--out', join(dir, 'site'), '--corrections', 'javascript:alert(1)', '--db', join(dir, 'pd.db')]);
      assert.equal(bad.code, 2);
      assert.match(bad.err, /--corrections: the corrections target must be the origin of a server running the editor/);
      // The build cache is never inside the folder that is uploaded.
      const inside = run(['build', '--out', join(dir, 'site'), '--cache', join(dir, 'site', 'cache'), '--db', join(dir, 'pd.db')]);
      assert.equal(inside.code, 1, inside.err);
      assert.match(inside.err, /refusing to keep the build cache in .*cache: it is inside the output folder .*site/);
      // Which compressed copies: gzip, br, both or none, nothing else.
      const copies = run(['build', '--out', join(dir, 'site'), '--precompress', 'gzip,zstd', '--db', join(dir, 'pd.db')]);
      assert.equal(copies.code, 2);
      assert.match(copies.err, /--precompress must be gzip, br, both \(gzip,br\) or none, not "gzip,zstd" \("zstd" is none of them\)/);
      assert.deepEqual(readdirSync(dir).sort(), ['precious'], 'nothing was opened or written');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
