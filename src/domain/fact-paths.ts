/**
 * The facts of the review format, read from its zod schema: every dotted path
 * at which a review holds a fact, with the values a rubric may map to points
 * (for enums and booleans). The rubric is checked against it when it loads,
 * so a misspelt fact path or value is an error naming the criterion, not a
 * criterion that silently never scores.
 */
import type { z } from 'zod';
import { Review } from './review.ts';

/** A zod v4 schema's definition, the little of it this walk reads. */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: readonly z.ZodType[];
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  innerType?: z.ZodType;
  out?: z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** The values a fact's schema allows, as point keys; null when any value goes (text, numbers, lists). */
function valueKeys(schema: z.ZodType): string[] | null {
  const def = defOf(schema);
  if (def.type === 'enum') return Object.keys(def.entries ?? {});
  if (def.type === 'boolean') return ['true', 'false'];
  if (def.type === 'literal') return (def.values ?? []).map(String);
  if (def.type === 'union') {
    const keys = (def.options ?? []).map(valueKeys);
    return keys.some((k) => k === null) ? null : keys.flatMap((k) => k ?? []);
  }
  return null;
}

function walk(schema: z.ZodType, path: string[], out: Map<string, string[] | null>): void {
  const def = defOf(schema);
  const inner = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
  if (inner) {
    walk(inner, path, out);
    return;
  }
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, [...path, key], out);
    return;
  }
  if (def.type === 'union') {
    const known = def.options?.[0];
    const shape = known ? defOf(known).shape : undefined;
    if (shape && 'value' in shape && 'sources' in shape && shape.value) out.set(path.join('.'), valueKeys(shape.value));
  }
}

let paths: ReadonlyMap<string, readonly string[] | null> | undefined;

/**
 * Every fact path of a review with the point keys its values allow (null: any value).
 * @example reviewFactPaths().get('encryption.e2ee.content') // ['default', 'opt-in', 'none', 'not-applicable']
 */
export function reviewFactPaths(): ReadonlyMap<string, readonly string[] | null> {
  if (!paths) {
    const found = new Map<string, string[] | null>();
    walk(Review, [], found);
    paths = found;
  }
  return paths;
}
