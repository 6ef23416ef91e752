// Bundles the compiled CLI (dist/cli/main.js and every module it imports,
// the commands split into chunks loaded when they run) into dist/bundle/, so
// that a start loads a few dozen files instead of several hundred (measured
// in bench/README.md, *Start-up*). bin/privacydefend.js runs the bundle when
// it exists and dist/cli/main.js otherwise; the tests run src/ and never the
// bundle. Called by scripts/build.mjs after tsc.
//
// A module that finds a file beside itself (the stylesheet, the browser
// scripts, data/, the worker threads' entry files) does so through
// import.meta.url; inside the bundle that names the chunk, so each such
// import.meta.url is rewritten to the URL of the module's own compiled file in
// dist/, which stays where it is.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const outdir = join(dist, 'bundle');

/** Left to Node's own loading: native bindings, and what only `watch` and the editor's mail use. */
const EXTERNAL = ['better-sqlite3', 'pg', 'pg-native', 'pg-boss', 'nodemailer', 'linkedom', '@mozilla/readability'];

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.log('build: esbuild is not installed; bin/privacydefend.js runs dist/cli/main.js unbundled');
  process.exit(0);
}

const ownUrl = {
  name: 'own-module-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist)) return undefined;
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.url'))
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative(outdir, args.path))}, import.meta.url).href`);
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

await esbuild.build({
  entryPoints: { main: join(dist, 'cli/main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS packages inside an ES module bundle call require().
  banner: { js: "import { createRequire as pdCreateRequire } from 'node:module'; const require = pdCreateRequire(import.meta.url);" },
  plugins: [ownUrl],
  logLevel: 'warning',
});
