// Module hooks for the tests that compare the views' JSX runtime with
// hono/jsx (src/web/jsx/hono-equivalence.test.ts): a module of this repository
// imported with `?hono` in its URL is loaded again, apart from the usual one,
// and so is everything of this repository it imports, except that its .tsx
// files take their JSX functions from hono/jsx instead of jsx/jsx-runtime.js.
// Register with module.register after tsx (hooks registered later run first).
const root = new URL('../../', import.meta.url).href;

/** A module of this repository that the hono copy loads again: not a package, not the runtime itself. */
const own = (url) => url.startsWith(root) && !url.startsWith(`${root}node_modules/`) && !url.startsWith(`${root}jsx/`);

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL === undefined ? undefined : new URL(context.parentURL);
  if (parent === undefined || !parent.searchParams.has('hono')) return nextResolve(specifier, context);
  if (specifier.startsWith('#jsx/') && parent.pathname.endsWith('.tsx')) return nextResolve(`hono/jsx/${specifier.slice('#jsx/'.length)}`, context);
  const resolved = await nextResolve(specifier, context);
  if (!own(resolved.url)) return resolved;
  const url = new URL(resolved.url);
  url.searchParams.set('hono', '');
  return { ...resolved, url: url.href };
}
