/**
 * Test factories: the bundled catalog, and reviews built from the fictional
 * example (test/fixtures/example-chat.yaml) with targeted changes.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Review, type ReviewInput } from '../../src/domain/review.ts';
import { loadDataset } from '../../src/dataset/load.ts';
import type { Dataset } from '../../src/domain/dataset.ts';

let bundled: Dataset | undefined;
/** The bundled dataset (data/), loaded once per test process. */
export function bundledDataset(): Dataset {
  bundled ??= loadDataset(new URL('../../data', import.meta.url).pathname);
  return bundled;
}

const exampleText = readFileSync(new URL('../fixtures/example-chat.yaml', import.meta.url), 'utf8');

/** A fresh copy of the fictional example review's raw data. */
export function exampleInput(): ReviewInput {
  return parse(exampleText) as ReviewInput;
}

/**
 * The example review with changes applied to its raw data, validated.
 * @example reviewWith((r) => { r.app.clientOpenSource = { value: 'yes', sources: ['policy'] }; })
 */
export function reviewWith(change: (r: ReviewInput) => void = () => {}): Review {
  const input = exampleInput();
  change(input);
  return Review.parse(input);
}
