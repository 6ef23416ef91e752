/**
 * Every finding the rules can give carries its message as a catalogue key
 * (src/i18n/messages/checks/): the English rendering is the message `check`
 * prints, and the German and French renderings are written in those
 * languages. The findings are the defects the rules' own tests plant: this
 * file runs those tests with every rule's `check` recording what it returns,
 * then judges every issue recorded, and requires that each message of the
 * catalogue was produced by at least one of them.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { checksEn } from '../i18n/messages/checks/en.ts';
import type { MessageKey } from '../i18n/index.ts';
import { crossReferenceProblems } from '../domain/references.ts';
import { checkEachReview } from './index.ts';
import type { Issue, Say, SayParam } from './model.ts';
import { rules } from './registry.ts';
import { findingLine, findingLineAt, sayText } from './say.ts';
import { bundled, datasetWith, exampleChat, htmlContext, pageContext, reviewContext } from './test-fixtures.ts';

const recorded: { rule: string; issue: Issue }[] = [];
for (const rule of rules) {
  const r = rule as unknown as { id: string; check: (ctx: unknown) => Issue[] };
  const check = r.check.bind(rule);
  r.check = (ctx) => {
    const issues = check(ctx);
    for (const issue of issues) recorded.push({ rule: r.id, issue });
    return issues;
  };
}

// The rules' own tests, run in this process so their planted defects pass through the recording checks above.
const rulesDir = new URL('./rules/', import.meta.url);
for (const name of readdirSync(rulesDir)
  .filter((n) => n.endsWith('.test.ts'))
  .sort())
  await import(pathToFileURL(new URL(name, rulesDir).pathname).href);

/** The messages `s` is made of: itself and its nested messages. */
function parts(s: Say): Say[] {
  const nested = Object.values(s.params).filter((p: SayParam): p is Say => typeof p === 'object' && 'key' in p);
  return [s, ...nested.flatMap(parts)];
}

/** The words of an English catalogue message between its placeholders, the longer runs only (short ones like '", "' are punctuation). */
function englishRuns(message: string): string[] {
  let text = message;
  for (let prev = ''; prev !== text; ) {
    prev = text;
    text = text.replace(/\{[^{}]*\}/g, '\u0000');
  }
  return text
    .split(/\u0000+/)
    .map((r) => r.trim())
    .filter((r) => r.length >= 16 && /[a-z]{3}/.test(r));
}

const ENGLISH_RUNS = Object.entries(checksEn).flatMap(([key, message]) => englishRuns(message).map((run) => ({ key, run })));

/** `s` with its data (the parameters written as they are, often English text quoted from a review) blanked out. */
function withoutData(s: Say): Say {
  const blank = (p: SayParam): SayParam =>
    typeof p === 'string' ? '…' : typeof p === 'number' ? p : 'key' in p ? withoutData(p) : { anyOf: p.anyOf.map(() => '…') };
  return { key: s.key, params: Object.fromEntries(Object.entries(s.params).map(([name, p]) => [name, blank(p)])) };
}

/** What `s` says in German and French: rendered, different from the English, and, besides its data, holding no English text of the catalogue. */
function judgeTranslations(where: string, full: Say): void {
  const s = withoutData(full);
  const english = sayText(s, 'en');
  for (const locale of ['de', 'fr'] as const) {
    assert.ok(sayText(full, locale).trim().length > 0);
    const text = sayText(s, locale);
    assert.ok(text.trim().length > 0, `${where}: the ${locale} message ${s.key} is empty`);
    assert.notEqual(text, english, `${where}: the ${locale} message ${s.key} reads as the English one`);
    const runs = ENGLISH_RUNS.filter(({ run }) => text.includes(run));
    assert.deepEqual(runs, [], `${where}: the ${locale} message ${s.key} holds English text: ${text}`);
  }
}

const seen = new Set<string>();

after(() => {
  assert.ok(recorded.length > 100, `only ${recorded.length} issues were recorded from the rules' tests`);
  for (const { rule, issue } of recorded) {
    const where = `${rule} at ${JSON.stringify(issue.path)}`;
    assert.ok(issue.say, `${where}: "${issue.message}" has no catalogue key`);
    assert.ok(issue.say.key in checksEn, `${where}: the key ${issue.say.key} is not in src/i18n/messages/checks/en.ts`);
    assert.equal(sayText(issue.say, 'en'), issue.message, `${where}: the English catalogue renders another message`);
    judgeTranslations(where, issue.say);
    for (const p of parts(issue.say)) seen.add(p.key);
  }
  // Keys the tests of this file produce themselves, and the frame of a finding line.
  for (const key of ['check.severity.error', 'check.severity.warning', 'check.finding', 'check.findingAt']) seen.add(key);
  const unproduced = Object.keys(checksEn).filter((k) => !seen.has(k));
  assert.deepEqual(unproduced, [], 'catalogue messages no planted defect produced (a message path without a test, or a key no rule uses)');
});

test('a page that cannot be built is a finding with its message in each language', () => {
  const review = exampleChat();
  const [findings] = checkEachReview(datasetWith(review), {
    today: '2026-12-02',
    rules: rules.filter((r) => r.scope === 'page'),
    renderPage: () => {
      throw new Error('no template for this page');
    },
  });
  const f = findings?.find((x) => x.rule === 'page-renders');
  assert.ok(f?.say, 'a page-renders finding with a say');
  assert.equal(f.message, 'the page cannot be built: no template for this page');
  assert.equal(sayText(f.say, 'en'), f.message);
  judgeTranslations('page-renders', f.say);
  assert.equal(sayText(f.say, 'de'), 'Die Seite lässt sich nicht erstellen: no template for this page');
  for (const p of parts(f.say)) seen.add(p.key);
});

test('every unknown reference says in the catalogue what its English message says', () => {
  const d = bundled();
  const review = exampleChat((r) => {
    r.category = 'no-such-category';
  });
  const broken = exampleChat((r) => {
    r.slug = 'example-chat-2';
    r.file = 'apps/example-chat-2.yaml';
    if ('value' in r.dataCollected && Array.isArray(r.dataCollected.value) && r.dataCollected.value[0]) {
      r.dataCollected.value[0].type = 'no-such-type';
      r.dataCollected.value[0].purposes = ['no-such-purpose'];
    }
    if ('value' in r.encryption.exceptions) r.encryption.exceptions.value.push({ kind: 'no-such-exception', description: 'x', sources: [] } as never);
    if ('value' in r.sharing.parties) r.sharing.parties.value.push('no-such-party' as never);
    const [first] = Object.keys(r.controls);
    if (first) delete r.controls[first];
    r.controls['no-such-control'] = { value: 'yes', sources: [] } as never;
    r.controls['private-mode'] = { value: 'yes', sources: [] } as never; // a control of browsers and maps, not of messaging
    r.settings = [{ advice: 'no-such-advice', name: 'A setting' } as never];
    r.documents = [
      { id: 'doc', url: 'https://example.org/a', kind: 'privacy-policy' } as never,
      { id: 'doc', url: 'https://example.org/b', kind: 'privacy-policy' } as never,
    ];
    r.encryption.protocol = { value: 'x', sources: ['no-such-source'] } as never;
  });
  const problems = crossReferenceProblems({
    ...datasetWith(review, broken),
    verdicts: [...d.verdicts, { file: 'calibration/verdicts.yaml', app: 'no-such-app' } as never],
  });
  const keys = new Set(problems.map((p) => p.say.key));
  for (const p of problems) {
    const s = { key: p.say.key as MessageKey, params: p.say.params };
    assert.ok(p.say.key in checksEn, `${p.say.key} is not a key of the checks' catalogue`);
    assert.equal(sayText(s, 'en'), p.message);
    judgeTranslations(`unknown reference ${p.path.join('.')}`, s);
    seen.add(p.say.key);
  }
  const expected = Object.keys(checksEn).filter((k) => k.startsWith('check.reference.'));
  assert.deepEqual(
    expected.filter((k) => !keys.has(k)),
    [],
  );
});

test('a finding line names the severity in the page language and keeps the rule id', () => {
  const f = { path: 'review.notes', severity: 'error' as const, rule: 'blank-text', message: 'x', say: { key: 'check.blankText' as const, params: {} } };
  assert.equal(findingLine(f, 'en'), 'error [blank-text]: is empty or only whitespace; write the text or remove the field');
  assert.match(findingLine(f, 'de'), /^Fehler \[blank-text\]: ist leer/);
  assert.match(findingLine({ ...f, severity: 'warning' }, 'fr'), /^avertissement \[blank-text\]\u00a0: est vide/);
  assert.equal(findingLineAt({ ...f, say: undefined }, 'de'), 'review.notes: Fehler [blank-text]: x', 'a finding without a key keeps its English message');
});

// Defects no rule test plants, so that every message of the catalogue is judged above.
test('the message paths the rules’ own tests leave out are planted here', () => {
  const found = (rule: { check: (ctx: never) => Issue[] }, ctx: unknown, key: string) => {
    const issues = rule.check(ctx as never);
    assert.ok(
      issues.some((i) => i.say && parts(i.say).some((p) => p.key === key)),
      `${key}: ${JSON.stringify(issues.map((i) => i.message))}`,
    );
  };
  const byId = (id: string) => {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new Error(`no rule ${id}`);
    return rule as unknown as { check: (ctx: never) => Issue[] };
  };
  const notes = (text: string, edit: (r: ReturnType<typeof exampleChat>) => void = () => {}) =>
    reviewContext(
      exampleChat((r) => {
        r.review.notes = text;
        edit(r);
      }),
    );
  // editorial-claims: an unknown fact shown as "unknown", a boolean fact, unknown exceptions
  found(
    byId('editorial-claims'),
    notes('Messages are end-to-end encrypted by default.', (r) => {
      r.encryption.e2ee.content = { unknown: 'The vendor does not say.' };
    }),
    'check.unknown',
  );
  found(
    byId('editorial-claims'),
    notes('Example Chat does not sell your data.', (r) => {
      r.sharing.sellsData = { value: true, sources: ['policy'] };
    }),
    'check.claim.isBoolean',
  );
  found(
    byId('editorial-claims'),
    notes('Not even Example Corp. can read your messages.', (r) => {
      r.encryption.exceptions = { unknown: 'The vendor does not say.' };
    }),
    'check.claim.exceptionsUnknown',
  );
  // source-url: an audit's address
  found(
    byId('source-url'),
    reviewContext(
      exampleChat((r) => {
        r.app.audits = { value: [{ by: 'Some Auditor', date: '2024-01', url: 'audit.pdf' } as never], sources: ['security'] };
      }),
    ),
    'check.sourceUrl.auditNotAbsolute',
  );
  // editorial-comparisons: the only app of its category
  const alone = exampleChat((r) => {
    r.category = 'only-one';
    r.review.notes = 'Example Chat collects less data than most messengers.';
  });
  found(byId('editorial-comparisons'), { dataset: { ...bundled(), reviews: [alone] }, today: '2026-12-02' }, 'check.comparison.noOthers');
  // duplicate-id: a category, a product and a taxonomy entry twice
  const d = bundled();
  const twice = {
    ...d,
    categories: [...d.categories, ...d.categories.slice(0, 1)],
    products: [...d.products, ...d.products.slice(0, 1)],
    taxonomy: { ...d.taxonomy, purposes: [...d.taxonomy.purposes, ...d.taxonomy.purposes.slice(0, 1)] },
  };
  for (const key of ['check.duplicateId.category', 'check.duplicateId.product', 'check.duplicateId.taxonomy'])
    found(byId('duplicate-id'), { dataset: twice, today: '2026-12-02' }, key);
  // stale-score: stored facts the schema refuses
  found(
    byId('stale-score'),
    {
      revisions: [{ slug: 'example-chat', revision: 2, facts: { slug: 'example-chat' }, score: null, label: null, coverage: 0, rubricVersion: '1' }],
      catalog: d,
    },
    'check.staleScore.invalid',
  );
  // product-concerns: advice for a concern no page shows
  const advice = d.taxonomy.advice ?? [];
  found(
    byId('product-concerns'),
    {
      dataset: { ...d, taxonomy: { ...d.taxonomy, advice: [...advice, { ...advice[0], id: 'odd', concerns: ['no-such-concern'] } as never] } },
      today: '2026-12-02',
    },
    'check.productConcerns.advice',
  );
  // page-finding-side: a negative finding in the model's strengths; a concern's text under What's Good and the reverse
  const base = pageContext();
  const bad = { id: 'closed-source', tone: 'bad' as const, text: 'The app is closed source', sources: [], facts: [], covers: [] };
  found(byId('page-finding-side'), { ...base, page: { ...base.page, pros: [...base.page.pros, bad] } }, 'check.pageFindingSide.negativeAsStrength');
  const concern = base.page.concerns[0]?.text ?? '';
  const strength = base.page.pros[0]?.text ?? '';
  assert.ok(concern !== '' && strength !== '', 'the example page has a strength and a concern');
  const swapped = htmlContext(
    `<section data-section="good"><h2>What's Good</h2><ul><li>${concern}</li></ul></section><section data-section="concerns"><h2>Concerns</h2><ul><li>${strength}</li></ul></section>`,
    base,
  );
  found(byId('page-finding-side'), swapped, 'check.pageFindingSide.aConcern');
  found(byId('page-finding-side'), swapped, 'check.pageFindingSide.aStrength');
  // page-finding-side: each wording that praises, under Concerns, and each that warns, under What's Good
  const praise = ['Low data collection', 'Collects little data', 'Strong encryption', 'Good privacy controls', 'Open source', 'Audited'];
  // (not 'Uses forward secrecy': since rubric 1.0.2 that is the strength's own text, which the rule names by its finding)
  praise.push('End-to-end encrypted by default', 'Does not share data', 'No tracking', 'The app uses forward secrecy');
  const warn = ['Closed source', 'Weak encryption', 'High data collection', 'Sells data', 'Shares data with third parties'];
  warn.push('Uses your data for advertising', 'Tracks you', 'No two-factor authentication');
  const listed = (section: string, items: string[]) =>
    byId('page-finding-side').check(
      htmlContext(`<section data-section="${section}"><h2>${section}</h2><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul></section>`, base) as never,
    );
  const readings = [...listed('concerns', praise), ...listed('good', warn)].map((i) => (i.say?.params.reading as Say | undefined)?.key);
  assert.equal(new Set(readings).size, praise.length + warn.length, `each wording is named by its own message: ${readings.join(', ')}`);
  // page-safer-alternatives: an app with no review, an unscored one, and a page with no score of its own
  const offered = (html: string, ctx = base) => ({
    ...htmlContext(`<section data-section="alternatives"><h2>Safer Alternatives</h2>${html}</section>`, ctx),
    apps: ctx.apps,
  });
  found(byId('page-safer-alternatives'), offered('<p><a href="/apps/no-such-app">No Such App</a></p>'), 'check.pageAlternatives.noReview');
  const unscored = { ...base, apps: [...base.apps, { slug: 'quiet-chat', name: 'Quiet Chat', category: base.review.category, score: null }] };
  found(byId('page-safer-alternatives'), offered('<p><a href="/apps/quiet-chat">Quiet Chat</a></p>', unscored), 'check.pageAlternatives.notScored');
  const own = { ...unscored, page: { ...base.page, score: { ...base.page.score, value: null } } };
  found(byId('page-safer-alternatives'), offered('<p><a href="/apps/quiet-chat">Quiet Chat</a></p>', own), 'check.pageAlternatives.unscored');
});
