// Regenerates schema/review.schema.json (`npm run schema`).
import { writeFileSync, mkdirSync } from 'node:fs';
import { reviewJsonSchemaText } from './json-schema.ts';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/review.schema.json', reviewJsonSchemaText());
console.log('wrote schema/review.schema.json');
