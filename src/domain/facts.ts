import type { Fact } from './review.ts';

export interface FactAt {
  path: (string | number)[];
  fact: Fact<unknown>;
}

function isFactShape(v: unknown): v is Fact<unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  return ('value' in v && 'sources' in v) || ('unknown' in v && typeof (v as { unknown: unknown }).unknown === 'string');
}

/**
 * Every fact in a review with its path, in document order.
 * @example for (const { path, fact } of factsOf(review)) console.log(path.join('.'), fact);
 */
export function factsOf(review: object): FactAt[] {
  const out: FactAt[] = [];
  const visit = (v: unknown, path: (string | number)[]) => {
    if (isFactShape(v)) {
      out.push({ path, fact: v });
      return;
    }
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) if (k !== 'sources' && k !== 'file') visit(x, [...path, k]);
    }
  };
  visit(review, []);
  return out;
}

/** Every place a review names a source id, with the path of the naming field. */
export function sourceRefsOf(review: object): { path: (string | number)[]; id: string }[] {
  const out: { path: (string | number)[]; id: string }[] = [];
  const visit = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]));
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (path.length === 0 && k === 'sources') continue; // the declarations themselves
        if (k === 'sources' && Array.isArray(x)) x.forEach((id, i) => typeof id === 'string' && out.push({ path: [...path, k, i], id }));
        else visit(x, [...path, k]);
      }
    }
  };
  visit(review, []);
  return out;
}
