#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the source is the program.
import { register } from 'tsx/esm/api';

// A reader that closes the pipe early (`privacydefend score x | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
