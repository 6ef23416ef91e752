#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ with tsc and copies the files the
// compiled code reads at run time (the stylesheet and browser script). It
// builds into a fresh dist/, so nothing stale from an earlier build survives.
import { cpSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
if (result.status !== 0) {
  console.error('build: tsc failed; dist/ is incomplete');
  process.exit(result.status ?? 1);
}
cpSync(join(root, 'src/web/assets'), join(root, 'dist/web/assets'), { recursive: true });
const bundled = spawnSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { stdio: 'inherit', cwd: root });
if (bundled.status !== 0) {
  console.error('build: bundling dist/cli/main.js failed');
  process.exit(bundled.status ?? 1);
}
