import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from '@hono/zod-openapi';
import { testApi, type TestApi } from '../../../test/support/site.ts';
import { htmlEscaped } from '../../../test/support/html.ts';
import { Comparison } from './api.ts';

let t: TestApi;
before(async () => {
  t = await testApi();
});
after(() => t.close());

type ComparisonBody = z.infer<typeof Comparison>;

async function comparison(query: string): Promise<ComparisonBody> {
  const { res, body } = await t.get(`/api/v1/compare?${query}`);
  assert.equal(res.status, 200, JSON.stringify(body).slice(0, 300));
  return Comparison.parse(body);
}

/** Every sentence of a comparison: the overall why, each dimension's and each criterion's. */
const sentencesOf = (c: ComparisonBody) => [c.overall.why, ...c.dimensions.flatMap((d) => [d.why, ...d.criteria.map((cr) => cr.why)])];

test('?lang=de and ?lang=fr write the comparison in German and French, the same sentences the compare page shows; ids, scores and points do not change', async () => {
  const en = await comparison('apps=imessage,signal');
  assert.equal(en.lang, 'en');
  assert.deepEqual(await comparison('apps=imessage,signal&lang=en'), en);
  for (const [lang, mark] of [
    ['de', /Sicherheitswert|besser|Punkte/],
    ['fr', /score de sécurité|mieux|points/],
  ] as const) {
    const local = await comparison(`apps=imessage,signal&lang=${lang}`);
    assert.equal(local.lang, lang);
    assert.match(local.overall.why, mark);
    // the numbers and who does better are the same in every language
    assert.deepEqual(
      local.apps.map(({ slug, score, coverage, penalty, tone }) => ({ slug, score, coverage, penalty, tone })),
      en.apps.map(({ slug, score, coverage, penalty, tone }) => ({ slug, score, coverage, penalty, tone })),
    );
    assert.deepEqual(
      local.dimensions.map((d) => [d.id, d.better, d.criteria.map((c) => [c.id, c.better, c.facts, c.values.map((v) => [v.points, v.status, v.sources])])]),
      en.dimensions.map((d) => [d.id, d.better, d.criteria.map((c) => [c.id, c.better, c.facts, c.values.map((v) => [v.points, v.status, v.sources])])]),
    );
    // no English sentence is left: each sentence that names something differs from the English one
    const english = new Set(sentencesOf(en));
    const left = sentencesOf(local).filter((s) => english.has(s) && /\p{L}{4,}\s+\p{L}{3,}/u.test(s));
    assert.deepEqual(left, [], `${lang}: English sentences left`);
    // and they are what the page in that language says
    const page = String((await t.get(`/${lang}/compare/imessage-vs-signal`)).body);
    const missing = sentencesOf(local).filter((s) => !page.includes(htmlEscaped(s)));
    assert.deepEqual(missing, [], `${lang}: sentences of the API not on /${lang}/compare/imessage-vs-signal`);
  }
});

test('a bad lang is a 400 problem naming lang, and nothing else', async () => {
  for (const lang of ['es', 'DE', '']) {
    const { res, body } = await t.get(`/api/v1/compare?apps=imessage,signal&lang=${lang}`);
    assert.equal(res.status, 400, lang);
    assert.equal(res.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(
      (body as { invalidParams: { name: string }[] }).invalidParams.map((p) => p.name),
      ['lang'],
    );
  }
});
