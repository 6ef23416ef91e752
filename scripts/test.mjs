#!/usr/bin/env node
// Runs every *.test.ts / *.test.tsx file under src/ and test/ with node's test
// runner (Node 20's --test does not expand globs). Extra arguments are passed
// to node, e.g. `npm test -- --test-name-pattern=score`; a path argument that
// names test files or folders narrows the run to them.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

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
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...flags, ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
