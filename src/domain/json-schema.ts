/**
 * The published JSON Schema of a review file, generated from the zod schema
 * (the only definition of the format). schema/review.schema.json is this
 * function's output; a test fails when the committed file is stale.
 */
import { z } from 'zod';
import { Review } from './review.ts';

export function reviewJsonSchema(): object {
  return {
    ...z.toJSONSchema(Review, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    $id: 'https://privacydefend.org/schema/review.schema.json',
    title: 'PrivacyDefend review',
    description: 'One app review: facts, each with its sources or an explicit reason it is unknown. Generated from src/domain/review.ts.',
  };
}

export function reviewJsonSchemaText(): string {
  return `${JSON.stringify(reviewJsonSchema(), null, 2)}\n`;
}
