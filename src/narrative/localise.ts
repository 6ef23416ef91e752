/**
 * The data's own words in the page's language. The taxonomy, the categories
 * and the rubric are written in English in data/; a German or French page is
 * built from a copy whose labels, nouns and level words come from the terms
 * of src/i18n (falling back to the English word where a term is missing), and
 * from scores whose labels and levels are translated the same way. Ids,
 * values and numbers are never touched, so nothing computed can change.
 */
import type { Category, Taxonomy } from '../domain/catalog.ts';
import type { Rubric } from '../domain/rubric.ts';
import type { ScoreResult } from '../scoring/score.ts';
import type { ScoredReview } from '../scoring/ranking.ts';
import { term, type Locale } from '../i18n/index.ts';

interface WordsCatalog {
  rubric: Rubric;
  taxonomy: Taxonomy;
  categories: readonly Category[];
}

/** A score label or level word ("Excellent", "Low", "Not enough evidence") in `locale`. */
export function scoreWord(locale: Locale, kind: 'label' | 'level', words: string): string {
  return term(locale, `${kind}.${words}`, words);
}

export function localCategory(category: Category, locale: Locale): Category {
  if (locale === 'en') return category;
  const k = `category.${category.id}`;
  return {
    ...category,
    name: term(locale, `${k}.name`, category.name),
    plural: term(locale, `${k}.plural`, category.plural),
    contentNoun: term(locale, `${k}.contentNoun`, category.contentNoun),
  };
}

/**
 * `make(of, locale)` once per object and language: the data's catalog, rubric,
 * taxonomy and scored apps are the same objects for every page of a
 * snapshot, and their translations are pure, so each is translated once (a
 * WeakMap: a new data version drops them with its objects). Callers must not
 * change what they get.
 * @example const labelsOf = oncePerLocale((t: Taxonomy, locale) => …); labelsOf(t, 'de') === labelsOf(t, 'de') // true
 */
export function oncePerLocale<T extends object, R>(make: (of: T, locale: Locale) => R): (of: T, locale: Locale) => R {
  const made = new WeakMap<T, Map<Locale, R>>();
  return (of, locale) => {
    let copies = made.get(of);
    if (!copies) {
      copies = new Map();
      made.set(of, copies);
    }
    let copy = copies.get(locale);
    if (!copy) {
      copy = make(of, locale);
      copies.set(locale, copy);
    }
    return copy;
  };
}

/** The taxonomy with its labels in `locale` (the same object for English; one copy per taxonomy and language). */
export function localTaxonomy(taxonomy: Taxonomy, locale: Locale): Taxonomy {
  if (locale === 'en') return taxonomy;
  return localTaxonomyOnce(taxonomy, locale);
}

const localTaxonomyOnce = oncePerLocale((taxonomy: Taxonomy, locale: Locale): Taxonomy => {
  const label = <T extends { id: string; label: string }>(kind: string, items: readonly T[]): T[] =>
    items.map((i) => ({ ...i, label: term(locale, `${kind}.${i.id}`, i.label) }));
  return {
    ...taxonomy,
    dataTypes: label('dataType', taxonomy.dataTypes),
    purposes: label('purpose', taxonomy.purposes),
    parties: label('party', taxonomy.parties),
    exceptions: label('exception', taxonomy.exceptions).map((e) => ({ ...e, description: term(locale, `exception.${e.id}.description`, e.description) })),
    controls: label('control', taxonomy.controls),
    advice: taxonomy.advice?.map((a) => ({ ...a, text: term(locale, `advice.${a.id}`, a.text) })),
  };
});

/** The rubric with its words in `locale` (the same object for English; one copy per rubric and language). */
export function localRubric(rubric: Rubric, locale: Locale): Rubric {
  if (locale === 'en') return rubric;
  return localRubricOnce(rubric, locale);
}

const localRubricOnce = oncePerLocale((rubric: Rubric, locale: Locale): Rubric => {
  return {
    ...rubric,
    tones: Object.fromEntries(Object.entries(rubric.tones).map(([id, t]) => [id, { ...t, words: term(locale, `tone.${id}`, t.words) }])) as Rubric['tones'],
    labels: rubric.labels.map((l) => ({ ...l, label: scoreWord(locale, 'label', l.label) })),
    words: { unscored: scoreWord(locale, 'label', rubric.words.unscored), notApplicable: scoreWord(locale, 'level', rubric.words.notApplicable) },
    dimensions: rubric.dimensions.map((d) => ({
      ...d,
      name: term(locale, `dimension.${d.id}`, d.name),
      levels: d.levels.map((l) => ({ ...l, level: scoreWord(locale, 'level', l.level) })),
      criteria: d.criteria.map((c) => {
        const local = { ...c, label: term(locale, `criterion.${c.id}`, c.label) };
        return 'good' in local && 'bad' in c && 'good' in c
          ? { ...local, good: term(locale, `criterion.${c.id}.good`, c.good), bad: term(locale, `criterion.${c.id}.bad`, c.bad) }
          : local;
      }),
    })) as Rubric['dimensions'],
  };
});

/** The catalog with its words in `locale` (the same object for English; one copy per catalog and language). */
export function localCatalog<C extends WordsCatalog>(catalog: C, locale: Locale): C {
  if (locale === 'en') return catalog;
  return localCatalogOnce(catalog, locale) as C;
}

const localCatalogOnce = oncePerLocale(
  (catalog: WordsCatalog, locale: Locale): WordsCatalog => ({
    ...catalog,
    rubric: localRubric(catalog.rubric, locale),
    taxonomy: localTaxonomy(catalog.taxonomy, locale),
    categories: catalog.categories.map((c) => localCategory(c, locale)),
  }),
);

/** A score with its label, dimension names, levels and criterion labels in `locale`. */
export function localScore(score: ScoreResult, locale: Locale): ScoreResult {
  if (locale === 'en') return score;
  const dimensions = Object.fromEntries(
    Object.entries(score.dimensions).map(([id, d]) => [
      id,
      {
        ...d,
        name: term(locale, `dimension.${d.id}`, d.name),
        level: scoreWord(locale, 'level', d.level),
        criteria: d.criteria.map((c) => ({
          ...c,
          label: c.id.startsWith('control-') ? term(locale, `control.${c.id.slice('control-'.length)}`, c.label) : term(locale, `criterion.${c.id}`, c.label),
        })),
      },
    ]),
  ) as ScoreResult['dimensions'];
  return { ...score, label: scoreWord(locale, 'label', score.label), dimensions };
}

/** The translated copy of each app object and language: each review page translates every app (its alternatives), so without this a site of N apps translates N² scores. */
const localScoredOnce = oncePerLocale((app: ScoredReview, locale: Locale): ScoredReview => ({ ...app, score: localScore(app.score, locale) }));

export function localScored(app: ScoredReview, locale: Locale): ScoredReview {
  if (locale === 'en') return app;
  return localScoredOnce(app, locale);
}

/** The translated list of each list of apps and language: the same array for every page of one snapshot, so the category index built from it (category.ts) is built once, not once per German or French page. */
const localScoredAllOnce = oncePerLocale((all: readonly ScoredReview[], locale: Locale): readonly ScoredReview[] => all.map((a) => localScored(a, locale)));

/**
 * Every app of `all` translated into `locale` (localScored), as one array kept per list and language.
 * @example localScoredAll(snapshot.apps, 'de') === localScoredAll(snapshot.apps, 'de') // true
 */
export function localScoredAll(all: readonly ScoredReview[], locale: Locale): readonly ScoredReview[] {
  if (locale === 'en') return all;
  return localScoredAllOnce(all, locale);
}

/**
 * Every term key the dataset's words need: what `missingTerms` checks.
 * @example termKeys(dataset) // ['category.messaging.name', …, 'level.Low', …]
 */
export function termKeys(catalog: WordsCatalog): string[] {
  const keys: string[] = [];
  for (const c of catalog.categories) for (const f of ['name', 'plural', 'singular', 'contentNoun']) keys.push(`category.${c.id}.${f}`);
  const t = catalog.taxonomy;
  for (const [kind, items] of [
    ['dataType', t.dataTypes],
    ['purpose', t.purposes],
    ['party', t.parties],
    ['exception', t.exceptions],
    ['control', t.controls],
  ] as const)
    for (const i of items) keys.push(`${kind}.${i.id}`);
  for (const e of t.exceptions) keys.push(`exception.${e.id}.description`);
  for (const a of t.advice ?? []) keys.push(`advice.${a.id}`);
  const r = catalog.rubric;
  for (const id of Object.keys(r.tones)) keys.push(`tone.${id}`);
  for (const l of r.labels) keys.push(`label.${l.label}`);
  keys.push(`label.${r.words.unscored}`, `level.${r.words.unscored}`, `level.${r.words.notApplicable}`);
  for (const d of r.dimensions) {
    keys.push(`dimension.${d.id}`);
    for (const l of d.levels) keys.push(`level.${l.level}`);
    for (const c of d.criteria) {
      keys.push(`criterion.${c.id}`);
      if ('good' in c && 'bad' in c) keys.push(`criterion.${c.id}.good`, `criterion.${c.id}.bad`);
    }
  }
  return [...new Set(keys)];
}
