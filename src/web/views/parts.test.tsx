import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LevelText } from './parts.tsx';
import { renderHtmlSync } from '../http/render.ts';
import { loadDataset } from '../../dataset/load.ts';

const rubric = loadDataset('data').rubric;

test('an unrated level shows its words without a number ("Not enough evidence", never "(1.6/10)")', () => {
  const html = renderHtmlSync(<LevelText rubric={rubric} tone="none" level="Not enough evidence" score={1.6} />);
  assert.match(html, /Not enough evidence/);
  assert.doesNotMatch(html, /1\.6/);
  assert.match(renderHtmlSync(<LevelText rubric={rubric} tone="good" level="Low" score={8.2} />), /\(8\.2\/10\)/);
});
