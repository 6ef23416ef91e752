/**
 * Writing the published reviews back as the dataset's YAML (apps/<slug>.yaml),
 * so that data/ can be refreshed from the editors' work and reviewed in git.
 * An app whose published facts equal its file in the base dataset keeps that
 * file byte for byte (comments and hand formatting included); a changed app is
 * written in a stable form (schema key order, no line wrapping), so exporting
 * the same data twice gives the same bytes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { canonicalJson } from '../domain/canonical.ts';
import { Review } from '../domain/review.ts';

export interface ExportedApp {
  slug: string;
  /** The published review object. */
  facts: unknown;
}

export interface ExportDataResult {
  /** Apps whose base file was kept byte for byte. */
  unchanged: string[];
  /** Apps written from the published facts. */
  written: string[];
}

/** The review in its file, parsed and validated, or undefined when there is none or it doesn't parse. */
function baseReview(baseDir: string | undefined, slug: string): { text: string; review: unknown } | undefined {
  if (baseDir === undefined) return undefined;
  const file = join(baseDir, 'apps', `${slug}.yaml`);
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  try {
    const parsed = Review.safeParse(parseYaml(text));
    return parsed.success ? { text, review: parsed.data } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The YAML of a review in the stable form: keys in the order the schema gives
 * them, strings never folded.
 * @example reviewYaml(review).startsWith('slug: signal\n')
 */
export function reviewYaml(facts: unknown): string {
  const parsed = Review.parse(facts);
  return stringifyYaml(parsed, { lineWidth: 0, minContentWidth: 0 });
}

/**
 * Write `apps` into `outDir/apps/`, keeping the bytes of `baseDir`'s file for
 * every app that did not change.
 * @example exportData(await store.listApps(), 'out', 'data')
 */
export function exportData(apps: readonly ExportedApp[], outDir: string, baseDir: string | undefined): ExportDataResult {
  const result: ExportDataResult = { unchanged: [], written: [] };
  const appsDir = join(outDir, 'apps');
  mkdirSync(appsDir, { recursive: true });
  for (const app of [...apps].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const base = baseReview(baseDir, app.slug);
    const target = join(appsDir, `${app.slug}.yaml`);
    if (base !== undefined && canonicalJson(base.review) === canonicalJson(Review.parse(app.facts))) {
      writeFileSync(target, base.text);
      result.unchanged.push(app.slug);
    } else {
      writeFileSync(target, reviewYaml(app.facts));
      result.written.push(app.slug);
    }
  }
  return result;
}
