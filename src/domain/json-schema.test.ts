import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reviewJsonSchemaText } from './json-schema.ts';

test('schema/review.schema.json is generated from the zod schema and current (run `npm run schema`)', () => {
  const committed = readFileSync(new URL('../../schema/review.schema.json', import.meta.url), 'utf8');
  assert.equal(committed, reviewJsonSchemaText());
});
