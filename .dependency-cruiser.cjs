/**
 * The layers of src/ (README, "Architecture"), enforced: `npm run lint` fails
 * when an import crosses a layer the wrong way, forms a cycle, or reaches for
 * SQL outside src/store. Each folder may import only the folders below it:
 *
 *   domain                      (nothing else in src)
 *   i18n                        (nothing else in src: catalogues and locale formats)
 *   scoring   → domain
 *   narrative → scoring, domain, i18n
 *   checks    → narrative, scoring, domain, i18n   (the page renderer is passed in)
 *   search    → narrative, scoring, domain, i18n
 *   store     → domain
 *   dataset, web, export, cli   above them all
 */
/** Tests and their helpers may reach across layers to build real fixtures (the bundled data, a served site). */
const TEST_FILES = ['\\.test\\.tsx?$', '/test-[^/]+\\.tsx?$'];

const layer = (name, allowed) => ({
  name: `layer-${name}`,
  comment: `src/${name} may import only ${allowed.length === 0 ? 'itself' : `itself and src/{${allowed.join(',')}}`}`,
  severity: 'error',
  from: { path: `^src/${name}/`, pathNot: TEST_FILES },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...allowed.map((a) => `^src/${a}/`)] },
});

module.exports = {
  forbidden: [
    layer('domain', []),
    layer('i18n', []),
    layer('scoring', ['domain']),
    layer('narrative', ['scoring', 'domain', 'i18n']),
    layer('checks', ['narrative', 'scoring', 'domain', 'i18n']),
    layer('search', ['narrative', 'scoring', 'domain', 'i18n']),
    layer('store', ['domain']),
    {
      name: 'no-cycles',
      comment: 'no import cycle anywhere in src/',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'sql-only-in-store',
      comment: 'only src/store talks to a database driver or builds SQL',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/store/' },
      to: { path: 'node_modules/(kysely|pg|better-sqlite3)/' },
    },
    {
      name: 'tests-stay-out-of-the-program',
      comment: 'program code never imports a test, a test helper or the test support folder',
      severity: 'error',
      from: { path: '^src/', pathNot: TEST_FILES },
      to: { path: ['\\.test\\.tsx?$', '/test-[^/]+\\.tsx?$', '^test/'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
