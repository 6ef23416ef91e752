// Regenerates schema/review.schema.json (`npm run schema`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { reviewJsonSchemaText } from '../src/domain/json-schema.ts';

const dir = new URL('../schema/', import.meta.url);
mkdirSync(dir, { recursive: true });
writeFileSync(new URL('review.schema.json', dir), reviewJsonSchemaText());
console.log('wrote schema/review.schema.json');
