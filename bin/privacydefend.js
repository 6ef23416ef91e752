#!/usr/bin/env node
// The `privacydefend` command: runs the compiled CLI in dist/ (`npm run build`
// makes it; `npm install` runs the build through `prepare`), bundled into
// dist/bundle/ when esbuild was there to bundle it (a start then loads a few
// dozen files instead of several hundred).
import { existsSync } from 'node:fs';

// A reader that closes the pipe early (`privacydefend score x | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const entry = existsSync(bundle) ? bundle : new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('privacydefend: the compiled program is missing (dist/cli/main.js). Run `npm run build` in the privacydefend folder.');
  process.exit(1);
}
const { main } = await import(entry.href);
const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
