#!/usr/bin/env node
// `npm test`: every *.test.ts / *.test.tsx under src/ and test/ with node's
// test runner (Node 20's --test does not expand globs), files in parallel,
// under c8 so line coverage of src/ is measured, printed and held above a
// floor (COVERAGE_FLOOR). Extra arguments go to node, e.g.
// `npm test -- --test-name-pattern=score`; a path argument that names test
// files or folders narrows the run to them (and skips the coverage floor).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Lines of src/ the whole suite must cover; the whole merged suite measured 84.3% on 2026-12-01 (c8 counts the files the tests load). */
const COVERAGE_FLOOR = 82;

// Two files at a time: this project's machines have two cores. Files can run
// side by side because every store is their own (in-memory SQLite, a temporary
// file, or a PostgreSQL database created per test), every server listens on a
// free port, and the CLI tests work in temporary folders.
const CONCURRENCY = 2;

function findTests(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const args = process.argv.slice(2);
const paths = args.filter((a) => !a.startsWith('-') && existsSync(a));
const flags = args.filter((a) => !paths.includes(a));
const roots = paths.length > 0 ? paths : ['src', 'test'];
const files = roots.flatMap((r) => (statSync(r).isDirectory() ? findTests(r) : [r])).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const node = [process.execPath, '--import', 'tsx', '--test', `--test-concurrency=${CONCURRENCY}`, ...flags, ...files];
const whole = paths.length === 0;
const c8 = createRequire(import.meta.url).resolve('c8/bin/c8.js');
const coverage = [
  c8,
  '--include=src/**',
  '--exclude=src/**/*.test.ts',
  '--exclude=src/**/*.test.tsx',
  '--exclude=src/**/test-*.ts',
  '--reporter=text-summary',
  ...(whole ? ['--check-coverage', `--lines=${COVERAGE_FLOOR}`] : []),
];
const result = spawnSync(process.execPath, [...coverage, ...node], { stdio: 'inherit' });
process.exit(result.status ?? 1);
