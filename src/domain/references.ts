import type { Dataset } from './dataset.ts';
import { isKnown } from './review.ts';
import { sourceRefsOf } from './facts.ts';

export interface ReferenceProblem {
  file: string;
  slug?: string | undefined;
  path: (string | number)[];
  message: string;
  /** The same message as a key of the checks' catalogue (src/i18n/messages/checks/) and its parameters, all data. */
  say: { key: string; params: Record<string, string> };
}

/** The privacy controls that apply to a category. */
export function controlsFor(dataset: Pick<Dataset, 'taxonomy'>, categoryId: string) {
  return dataset.taxonomy.controls.filter((c) => c.categories === 'all' || c.categories.includes(categoryId));
}

/**
 * Ids a review uses that the dataset does not define (category, taxonomy
 * entries, sources), and applicable controls a review leaves out.
 * `unloadedApps` are the slugs of app files that exist but failed to load
 * (their own errors are reported against them): a calibration verdict naming
 * one is not a second error.
 */
export function crossReferenceProblems(dataset: Dataset, unloadedApps: ReadonlySet<string> = new Set()): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const t = dataset.taxonomy;
  const dataTypes = new Set(t.dataTypes.map((d) => d.id));
  const purposes = new Set(t.purposes.map((p) => p.id));
  const parties = new Set(t.parties.map((p) => p.id));
  const exceptions = new Set(t.exceptions.map((e) => e.id));
  const controls = new Set(t.controls.map((c) => c.id));
  const categories = new Set(dataset.categories.map((c) => c.id));
  const list = (s: Set<string>) => [...s].join(', ');

  for (const r of dataset.reviews) {
    const at = (path: (string | number)[], message: string, key: string, params: Record<string, string> = {}) =>
      problems.push({ file: r.file, slug: r.slug, path, message, say: { key: `check.reference.${key}`, params } });
    const knownCategory = categories.has(r.category);
    if (!knownCategory)
      at(['category'], `"${r.category}" is not a category in categories.yaml (known: ${list(categories)})`, 'category', {
        id: r.category,
        known: list(categories),
      });
    if (isKnown(r.dataCollected) && Array.isArray(r.dataCollected.value)) {
      r.dataCollected.value.forEach((item, i) => {
        if (!dataTypes.has(item.type))
          at(['dataCollected', 'value', i, 'type'], `"${item.type}" is not a data type in taxonomy.yaml`, 'dataType', { id: item.type });
        item.purposes.forEach((p, j) => {
          if (!purposes.has(p))
            at(['dataCollected', 'value', i, 'purposes', j], `"${p}" is not a purpose in taxonomy.yaml (known: ${list(purposes)})`, 'purpose', {
              id: p,
              known: list(purposes),
            });
        });
      });
    }
    if (isKnown(r.encryption.exceptions)) {
      r.encryption.exceptions.value.forEach((e, i) => {
        if (!exceptions.has(e.kind))
          at(['encryption', 'exceptions', 'value', i, 'kind'], `"${e.kind}" is not an exception in taxonomy.yaml (known: ${list(exceptions)})`, 'exception', {
            id: e.kind,
            known: list(exceptions),
          });
      });
    }
    if (isKnown(r.sharing.parties)) {
      r.sharing.parties.value.forEach((p, i) => {
        if (!parties.has(p))
          at(['sharing', 'parties', 'value', i], `"${p}" is not a party kind in taxonomy.yaml (known: ${list(parties)})`, 'party', {
            id: p,
            known: list(parties),
          });
      });
    }
    // Which controls apply depends on the category: with an unknown one, only
    // the category is wrong, so say nothing about the controls' applicability
    // (advising to delete controls that are right for the intended category).
    const applicable = knownCategory ? new Set(controlsFor(dataset, r.category).map((c) => c.id)) : undefined;
    for (const id of Object.keys(r.controls)) {
      if (!controls.has(id))
        at(['controls', id], `"${id}" is not a privacy control in taxonomy.yaml (known: ${list(controls)})`, 'control', { id, known: list(controls) });
      else if (applicable && !applicable.has(id))
        at(['controls', id], `does not apply to the ${r.category} category; remove it`, 'controlNotApplicable', { category: r.category });
    }
    for (const id of applicable ?? []) {
      if (!(id in r.controls))
        at(['controls'], `has no entry for "${id}"; record it, or record it as { unknown: "why" }`, 'controlMissing', {
          id,
          unknownForm: '{ unknown: "why" }',
        });
    }
    const advice = new Set((t.advice ?? []).map((a) => a.id));
    (r.settings ?? []).forEach((s, i) => {
      if (!advice.has(s.advice))
        at(['settings', i, 'advice'], `"${s.advice}" is not an advice id in taxonomy.yaml (known: ${list(advice)})`, 'advice', {
          id: s.advice,
          known: list(advice),
        });
    });
    const documentIds = new Set<string>();
    (r.documents ?? []).forEach((d, i) => {
      if (documentIds.has(d.id))
        at(['documents', i, 'id'], `"${d.id}" is used by another document of this review; document ids must be unique`, 'documentId', { id: d.id });
      documentIds.add(d.id);
    });
    for (const ref of sourceRefsOf(r)) {
      if (!(ref.id in r.sources)) at(ref.path, `names source "${ref.id}", which is not declared under sources`, 'source', { id: ref.id });
    }
  }
  const slugs = new Set(dataset.reviews.map((r) => r.slug));
  dataset.verdicts.forEach((v) => {
    if (!slugs.has(v.app) && !unloadedApps.has(v.app))
      problems.push({
        file: v.file,
        path: ['verdicts'],
        message: `names app "${v.app}", which has no review in apps/`,
        say: { key: 'check.reference.verdictApp', params: { id: v.app } },
      });
  });
  return problems;
}
