/**
 * A synthetic dataset for benchmarks: N valid reviews of realistic size,
 * seeded and deterministic. Each synthetic app is a real review under a new
 * name, owner and address (the template drawn by the seed), so sizes, shapes
 * and scores look like the real ones, every reference resolves and the
 * import's consistency checks pass: facts mixed from several reviews would
 * contradict each other's prose.
 *
 * Usage: node --import tsx bench/synthetic.ts --count 1000 --seed 1 --out /tmp/synthetic-data
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { loadDataset } from '../src/dataset/load.ts';
import type { Review } from '../src/domain/review.ts';

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same dataset. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ze',
  'ta',
  'lor',
  'vi',
  'mek',
  'sa',
  'no',
  'quil',
  'ra',
  'den',
  'bo',
  'ly',
  'tri',
  'xa',
  'po',
  'lin',
  'ka',
  'mo',
  'fen',
  'dri',
  'su',
  'var',
  'el',
  'tho',
  'gan',
  'pi',
  'ro',
  'nex',
  'ju',
  'cal',
];
const SUFFIXES = ['', '', '', ' Chat', ' Mail', ' Cloud', ' Go', ' Plus', ' Notes', ' Pass', ' Browser', ' Maps', ' Drive', ' Meet', ' Secure'];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function appName(random: () => number, taken: Set<string>): string {
  for (;;) {
    const syllables = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
    const name = `${word.charAt(0).toUpperCase()}${word.slice(1)}${pick(random, SUFFIXES)}`;
    const unique = taken.has(name) ? `${name} ${taken.size + 1}` : name;
    if (!taken.has(unique)) {
      taken.add(unique);
      return unique;
    }
  }
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The template's own names (long enough not to hit ordinary words) replaced by the synthetic app's. */
function renamed<T>(value: T, from: Review, name: string, company: string): T {
  let json = JSON.stringify(value);
  const replace = (a: string, b: string) => {
    if (a.length < 4) return;
    const to = JSON.stringify(b).slice(1, -1);
    // A name written in lowercase ("happn", "eharmony") is also the start of its source ids ("happn-pp") and
    // inside its URLs: only the name as a word of prose is replaced, never a part of an id, host or path.
    if (/^[a-z0-9]+$/.test(a)) json = json.replace(new RegExp(`(?<![\\w./-])${a}(?![\\w/-]|\\.\\w)`, 'g'), to);
    else json = json.split(JSON.stringify(a).slice(1, -1)).join(to);
  };
  replace(from.owner.company, company);
  // A name written in lower case (eharmony) is also its source ids' and addresses' prefix: it is kept.
  if (from.name !== from.name.toLowerCase()) replace(from.name, name);
  const copy: T = JSON.parse(json);
  return copy;
}

/**
 * The template's sources less those only its `stores` cite: a synthetic app has no store links
 * (they would name the real app), so those sources would be declared but unused.
 */
function withoutStoreSources(base: Review, sources: Review['sources']): Review['sources'] {
  const storeOnly = new Set((base.stores ?? []).flatMap((s) => s.sources ?? []));
  if (storeOnly.size === 0) return sources;
  const { stores: _stores, sources: _sources, ...rest } = base;
  const cited = JSON.stringify(rest);
  return Object.fromEntries(Object.entries(sources).filter(([id]) => !storeOnly.has(id) || cited.includes(JSON.stringify(id))));
}

/**
 * `count` synthetic reviews drawn from `templates` under new names, deterministic for a seed.
 * @example const reviews = syntheticReviews(loadDataset('data').reviews, 100, 1);
 */
export function syntheticReviews(templates: readonly Review[], count: number, seed: number): Review[] {
  const random = seededRandom(seed);
  const byCategory = new Map<string, Review[]>();
  for (const t of templates) byCategory.set(t.category, [...(byCategory.get(t.category) ?? []), t]);
  const categories = [...byCategory.keys()].sort();
  const names = new Set<string>();
  const out: Review[] = [];
  for (let i = 0; i < count; i++) {
    const base = pick(random, byCategory.get(pick(random, categories)) ?? []);
    const name = appName(random, names);
    const company = `${name.split(' ')[0] ?? name} ${pick(random, ['Inc.', 'Ltd', 'GmbH', 'AG', 'LLC', 'AB'])}`;
    const from = <K extends keyof Review>(key: K): Review[K] => renamed(base[key], base, name, company);
    out.push({
      slug: slugOf(name),
      name,
      aliases: [],
      category: base.category,
      owner: { company, country: base.owner.country },
      platforms: base.platforms,
      website: `https://${slugOf(name)}.example/`,
      privacyPolicyUrls: [`https://${slugOf(name)}.example/privacy`],
      app: from('app'),
      dataCollected: from('dataCollected'),
      encryption: from('encryption'),
      sharing: from('sharing'),
      controls: from('controls'),
      // Settings and status events cite sources too; without them those sources would be declared but unused.
      ...(base.settings ? { settings: from('settings') } : {}),
      ...(base.history ? { history: from('history') } : {}),
      controversies: from('controversies'),
      faq: from('faq'),
      review: from('review'),
      sources: withoutStoreSources(base, from('sources')),
    });
  }
  return out;
}

/**
 * Write a data folder holding the real rubric, taxonomy, categories and
 * products and `count` synthetic reviews as YAML (no calibration verdicts:
 * they name real apps).
 * @example writeSyntheticDataset('/tmp/synthetic', 10000, 1);
 */
export function writeSyntheticDataset(out: string, count: number, seed: number, realData = 'data'): Review[] {
  const real = loadDataset(realData);
  const reviews = syntheticReviews(real.reviews, count, seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'apps'), { recursive: true });
  for (const file of ['rubric.yaml', 'rubric-hashes.json', 'taxonomy.yaml', 'categories.yaml', 'source-hosts.yaml'])
    copyFileSync(join(realData, file), join(out, file));
  // A product names its own review in `app`; those reviews are not in the synthetic set.
  writeFileSync(join(out, 'products.yaml'), stringify({ products: real.products.map(({ app: _app, ...product }) => product) }, { lineWidth: 0 }));
  for (const review of reviews) writeFileSync(join(out, 'apps', `${review.slug}.yaml`), stringify(review, { lineWidth: 0 }));
  return reviews;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('Usage: node --import tsx bench/synthetic.ts --count N --seed S --out DIR');
    process.exit(2);
  }
  writeSyntheticDataset(values.out, count, seed);
  console.log(`wrote ${count} synthetic reviews (seed ${seed}) to ${values.out}`);
}
