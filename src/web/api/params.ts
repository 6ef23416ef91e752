/** Query parameter schemas with messages a caller can act on. */
import { z } from '@hono/zod-openapi';

/**
 * A whole number in [min, max], written in decimal digits.
 * @example intParam(1, 100).parse('20') // 20
 */
export function intParam(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** A decimal number in [min, max]. */
export function numberParam(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,2}(?:\.\d+)?$/, `must be a number from ${min} to ${max}, e.g. 7.5`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** "true" or "false", nothing else (so a typo never silently means false). */
export const boolParam = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');
