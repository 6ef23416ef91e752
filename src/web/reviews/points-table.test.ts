import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { roundToSum } from './points-table.tsx';
import { bundledSite } from '../../../test/support/site.ts';
import type { Store } from '../../store/index.ts';
import type { createApp } from '../app.tsx';

test('rounded values add up to their rounded total', () => {
  assert.deepEqual(roundToSum([0.333, 0.333, 0.334]), [0.33, 0.33, 0.34]);
  assert.deepEqual(roundToSum([1 / 3, 1 / 3, 1 / 3]), [0.34, 0.33, 0.33]);
  const values = [1.08, 0.6666, 0.2222, 0.005, 1.2345];
  const rounded = roundToSum(values);
  assert.equal(Math.round(rounded.reduce((s, v) => s + v, 0) * 100), Math.round(values.reduce((s, v) => s + v, 0) * 100));
  for (const [i, v] of values.entries()) assert.ok(Math.abs((rounded[i] ?? 0) - v) < 0.01);
});

describe('the points tables of a review page', () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  before(async () => ({ store, app } = await bundledSite()));
  after(() => store.close());

  const hundredths = (s: string) => Math.round(Number(s) * 100);

  for (const slug of ['whatsapp', 'signal', 'notion', 'imessage']) {
    test(`${slug}: each rating's rows add up to its total, and the ratings to the score before controversies`, async () => {
      const html = await (await app.request(`/apps/${slug}`)).text();
      const tables = [...html.matchAll(/<table class="explain stack" id="points-([a-zA-Z]+)">([\s\S]*?)<\/table>/g)];
      const dims = tables.filter((t) => t[1] !== 'total');
      assert.equal(dims.length, 4);
      const totals: [number, number][] = [];
      for (const t of dims) {
        const body = t[2] ?? '';
        const rows = [...(body.split('<tfoot>')[0] ?? '').matchAll(/>(\d+\.\d\d) of (\d+\.\d\d)/g)];
        const total = /<tfoot>[\s\S]*?>(\d+\.\d\d) of (\d+\.\d\d)/.exec(body);
        assert.ok(total, `${t[1]} has a total row`);
        assert.equal(
          rows.reduce((s, r) => s + hundredths(r[1] ?? ''), 0),
          hundredths(total[1] ?? ''),
          `${t[1]} points`,
        );
        assert.equal(
          rows.reduce((s, r) => s + hundredths(r[2] ?? ''), 0),
          hundredths(total[2] ?? ''),
          `${t[1]} possible points`,
        );
        totals.push([hundredths(total[1] ?? ''), hundredths(total[2] ?? '')]);
      }
      const summary = tables.find((t) => t[1] === 'total')?.[2] ?? '';
      const all = /All ratings<\/th><td[^>]*>(\d+\.\d\d) of (\d+\.\d\d)/.exec(summary);
      assert.ok(all, 'the summary adds the ratings up');
      assert.equal(
        totals.reduce((s, t) => s + t[0], 0),
        hundredths(all[1] ?? ''),
      );
      assert.equal(
        totals.reduce((s, t) => s + t[1], 0),
        hundredths(all[2] ?? ''),
      );
      assert.match(summary, /Safety Score/);
    });
  }
});
