/**
 * The rubric's format. The rubric itself is data (data/rubric.yaml) with a
 * version: the scoring code reads every weight, threshold and band from it,
 * and the methodology page is generated from it.
 */
import { z } from 'zod';
import { reviewFactPaths } from './fact-paths.ts';
import { Id, IsoDate } from './review.ts';
import { Entries, Line, List, Text } from './text.ts';

export const Tone = z.enum(['good', 'mixed', 'bad', 'none']);
export type Tone = z.infer<typeof Tone>;

export const Level = z
  .object({
    min: z.number().min(0).max(10).describe('the lowest sub-score that earns this level'),
    level: Line(50),
    tone: Tone,
  })
  .strict();

/** A criterion reads one fact and maps its value to a fraction of its weight. */
export const FactCriterion = z
  .object({
    id: Id,
    label: Line(200),
    weight: z.number().positive(),
    fact: Line(200).describe("the fact's path in a review, e.g. encryption.e2ee.content"),
    points: Entries(Line(100), z.number().min(0).max(1), 50).describe('value -> fraction of the weight earned; values not listed are not applicable'),
    appliesWhen: z.enum(['e2ee.content', 'e2ee.groups', 'e2ee.calls', 'e2ee.backups']).optional().describe('a category flag that must be true'),
    good: Line(300).describe('the finding when the criterion earns its full weight'),
    bad: Line(300).describe('the finding when it earns nothing'),
  })
  .strict();

/** A criterion computed by a named measure in src/scoring/measures.ts. */
export const MeasureCriterion = z
  .object({
    id: Id,
    label: Line(200),
    weight: z.number().positive(),
    measure: z.enum(['data-collection-cost', 'no-tracking', 'encryption-exceptions', 'independent-audit', 'concerning-parties', 'privacy-controls']),
    params: Entries(Line(100), z.number(), 50).default({}),
    describe: Text(2_000).describe('how the measure works, for the methodology page'),
  })
  .strict();

export const Criterion = z.union([FactCriterion, MeasureCriterion]);
export type Criterion = z.infer<typeof Criterion>;
export type FactCriterion = z.infer<typeof FactCriterion>;
export type MeasureCriterion = z.infer<typeof MeasureCriterion>;

export const DimensionId = z.enum(['dataCollection', 'encryption', 'sharing', 'controls']);
export type DimensionId = z.infer<typeof DimensionId>;

export const Dimension = z
  .object({
    id: DimensionId,
    name: Line(100),
    question: Line(300),
    weight: z.number().positive().describe('share of the Safety Score'),
    levels: List(Level, 20).min(2).describe('highest first; the first whose min the sub-score reaches applies'),
    criteria: List(Criterion, 100).min(1),
  })
  .strict();
export type Dimension = z.infer<typeof Dimension>;

/** A changelog entry's changes written in another language, one line per English line. */
const ChangelogText = z.object({ changes: List(Text(2_000), 100).min(1) }).strict();

export const ChangelogEntry = z
  .object({
    version: Line(20),
    date: IsoDate,
    changes: List(Text(2_000), 100).min(1),
    translations: z
      .object({ de: ChangelogText.optional(), fr: ChangelogText.optional() })
      .strict()
      .optional()
      .describe('optional: the changes in German and French, in the same order; a page in a language without them shows the English, marked as English'),
  })
  .strict()
  .superRefine((entry, ctx) => {
    for (const locale of ['de', 'fr'] as const) {
      const local = entry.translations?.[locale];
      if (local && local.changes.length !== entry.changes.length)
        ctx.addIssue({
          code: 'custom',
          path: ['translations', locale, 'changes'],
          message: `must have one line for each of the ${entry.changes.length} English changes, in the same order (it has ${local.changes.length})`,
        });
    }
  });
export type ChangelogEntry = z.infer<typeof ChangelogEntry>;

export const Rubric = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 1.0.0'),
    published: IsoDate,
    changelog: List(ChangelogEntry, 1_000).min(1),
    tones: z.record(Tone, z.object({ icon: Line(8), colour: z.string().regex(/^#[0-9a-f]{6}$/i), words: Line(50) }).strict()),
    labels: List(z.object({ min: z.number().min(0).max(10), label: Line(50), tone: Tone }).strict(), 20).min(2),
    words: z
      .object({
        unscored: Line(50).describe('shown instead of a score, label or level when too few facts are known'),
        notApplicable: Line(50).describe('shown instead of a level for a rating that does not apply to the app'),
      })
      .strict(),
    coverage: z
      .object({ minimum: z.number().min(0).max(1) })
      .strict()
      .describe('below this share of known facts, no score is shown'),
    controversies: z
      .object({
        maxPenalty: z.number().min(0).max(10),
        severity: z.object({ low: z.number().min(0), medium: z.number().min(0), high: z.number().min(0) }).strict(),
        recency: List(z.object({ withinYears: z.number().positive(), factor: z.number().min(0).max(1) }).strict(), 20).min(1),
        ongoingFactor: z.number().min(1),
      })
      .strict(),
    dimensions: z.array(Dimension).length(4),
  })
  .strict()
  .superRefine((r, ctx) => {
    const ids = r.dimensions.map((d) => d.id);
    for (const id of DimensionId.options) if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `has no "${id}" dimension` });
    const total = r.dimensions.reduce((s, d) => s + d.weight, 0);
    if (Math.abs(total - 1) > 1e-9) ctx.addIssue({ code: 'custom', path: ['dimensions'], message: `weights add up to ${total}, not 1` });
    const facts = reviewFactPaths();
    r.dimensions.forEach((d, i) =>
      d.criteria.forEach((c, j) => {
        if (!('fact' in c)) return;
        const allowed = facts.get(c.fact);
        if (allowed === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['dimensions', i, 'criteria', j, 'fact'],
            message: `criterion "${c.id}" reads "${c.fact}", which is not a fact of the review format (facts: ${[...facts.keys()].join(', ')})`,
          });
          return;
        }
        if (allowed === null) return;
        for (const key of Object.keys(c.points)) {
          if (!allowed.includes(key)) {
            ctx.addIssue({
              code: 'custom',
              path: ['dimensions', i, 'criteria', j, 'points', key],
              message: `criterion "${c.id}" gives points for "${key}", which "${c.fact}" can never be (it can be ${allowed.join(', ')})`,
            });
          }
        }
      }),
    );
  });
export type Rubric = z.infer<typeof Rubric>;
