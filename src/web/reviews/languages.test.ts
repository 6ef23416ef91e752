/**
 * German and French review pages: the page rules of src/checks hold on them
 * as on the English ones, and no English generated sentence is left on them
 * (compared against every sentence the English pages and catalogue produce);
 * English text from the data is there only inside an element marked lang="en";
 * and, word by word, no English is left anywhere else on them (points tables,
 * trade-offs, history, sources, controversies, quoted data included).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDataset } from '../../dataset/load.ts';
import { checkDataset, formatFinding } from '../../checks/index.ts';
import { rules } from '../../checks/registry.ts';
import { attr, mainOf, parseHtml, textOf } from '../../checks/html.ts';
import { sentencesOf } from '../../checks/text.ts';
import { scoreReview } from '../../scoring/score.ts';
import { buildReviewPage, narrativeOf } from '../../narrative/page.ts';
import { catalogues, t, type Locale } from '../../i18n/index.ts';
import { renderReviewPage, renderReviewPageIn } from './render-for-checks.tsx';
import { englishOnlyWords, englishWordsIn, type EnglishWords } from '../../../test/support/english-words.ts';

const dataset = loadDataset(new URL('../../../data', import.meta.url).pathname);
const all = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));
const TODAY = '2026-12-02';
// Messengers with and without a score, trade-offs and controversies; an unscored app; apps with ownership history and products.
const SAMPLE = ['telegram', 'imessage', 'signal', 'whatsapp', 'notion', 'proton-mail', 'chrome', 'nordvpn', 'expressvpn', 'evernote'].filter((s) =>
  all.some((a) => a.review.slug === s),
);

for (const locale of ['de', 'fr'] as const) {
  test(`the page rules hold on every ${locale} review page`, () => {
    const pageRules = rules.filter((r) => r.scope === 'page');
    const errors = checkDataset(dataset, { today: TODAY, renderPage: renderReviewPageIn(locale), rules: pageRules }).filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map(formatFinding), []);
  });
}

const norm = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s*\[\d+(?:,\d+)*\]/g, '')
    .trim();

/** Every English sentence the narrative generates for the bundled apps, and every English catalogue message without parameters. */
function englishSentences(): Set<string> {
  const out = new Set<string>();
  const add = (text: string) => {
    for (const s of sentencesOf(text)) if (s.length >= 20) out.add(norm(s));
  };
  for (const app of all) {
    const page = buildReviewPage(app, all, dataset);
    const n = narrativeOf(page);
    add(n.answer);
    for (const f of [...n.findings.good, ...n.findings.concerns]) add(f.text);
    for (const f of page.faq) if (f.id !== 'editorial') add(f.question);
    for (const f of page.faq) for (const s of f.answer) if (!s.lang) add(s.text);
    for (const s of [
      ...page.dataCollection.intro,
      ...page.dataCollection.whyItMatters,
      ...page.encryption.facts,
      ...page.encryption.whatItMeans,
      ...page.sharing.facts,
    ])
      add(s.text);
    if (page.dataCollection.comparison) add(page.dataCollection.comparison.text);
    for (const s of page.protect) add(s.text);
    for (const g of page.dataCollection.groups) add(g.description);
  }
  for (const [key, message] of Object.entries(catalogues.en)) {
    const same = message === catalogues.de[key as keyof typeof catalogues.de] || message === catalogues.fr[key as keyof typeof catalogues.fr];
    if (!message.includes('{') && !same) add(message);
  }
  return out;
}

/** The page's visible text, leaving out what is marked as written in another language (lang="en" free text from the data). */
function visibleText(html: string, locale: Locale): string {
  const main = mainOf(parseHtml(html));
  return textOf(main, (el) => {
    const lang = attr(el, 'lang');
    return (lang !== undefined && lang !== locale) || el.tagName === 'script' || el.tagName === 'style';
  });
}

test('German and French review pages contain no English generated sentence', () => {
  const english = [...englishSentences()];
  assert.ok(english.length > 300, `the English pages generate many sentences (${english.length})`);
  const found: string[] = [];
  for (const locale of ['de', 'fr'] as const) {
    for (const slug of SAMPLE) {
      const app = all.find((a) => a.review.slug === slug);
      if (!app) continue;
      const text = norm(visibleText(renderReviewPageIn(locale)(app, all, dataset).html, locale));
      for (const s of english) if (text.includes(s)) found.push(`${locale}/${slug}: "${s}"`);
    }
  }
  assert.deepEqual(found, []);
});

test('the comparison really catches an English sentence on a page (the English page against itself)', () => {
  const english = [...englishSentences()];
  const app = all.find((a) => a.review.slug === 'telegram');
  assert.ok(app);
  const text = norm(visibleText(renderReviewPage(app, all, dataset).html, 'en'));
  assert.ok(english.filter((s) => text.includes(s)).length > 20);
});

/** Every word only English uses: the English catalogue's and the English sample pages' (see test/support/english-words.ts). */
function englishOnly(): EnglishWords {
  const texts = SAMPLE.flatMap((slug) => {
    const app = all.find((a) => a.review.slug === slug);
    return app ? [visibleText(renderReviewPage(app, all, dataset).html, 'en')] : [];
  });
  return englishOnlyWords(dataset, texts);
}

test('German and French review pages hold no English word outside text marked lang="en" (values, tables, trade-offs, history, sources, controversies)', () => {
  const only = englishOnly();
  const found: string[] = [];
  for (const locale of ['de', 'fr'] as const) {
    for (const slug of SAMPLE) {
      const app = all.find((a) => a.review.slug === slug);
      if (!app) continue;
      const text = visibleText(renderReviewPageIn(locale)(app, all, dataset).html, locale);
      for (const { word, context } of englishWordsIn(text, only)) found.push(`${locale}/${slug}: "${word}" in …${context}…`);
    }
  }
  assert.deepEqual(found, []);
});

test('the word check finds each kind of English #17 names when it is left on a German page', () => {
  const only = englishOnly();
  const app = all.find((a) => a.review.slug === 'telegram');
  assert.ok(app);
  const german = visibleText(renderReviewPageIn('de')(app, all, dataset).html, 'de');
  const en = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t('en', key, params);
  const planted = {
    'a points-table value': en('value.default'),
    'points earned': en('ui.points.of', { earned: 0.54, possible: 1.8 }),
    'a measured value': en('value.dataCost', { count: 10, cost: 21, cap: 30 }),
    'a trade-off heading': en('ui.alt.where', { name: 'Signal' }),
    'a comparison sentence': en('compare.overallBetter', { winners: 'Signal', count: 1, values: '8.6/10', others: 'Telegram: 4.3/10' }),
    'a history line': en('history.first', { score: en('history.score', { score: 4.3 }) }),
    'a source kind': en('source.kind.reporting'),
    'the controversy line': en('controversy.meta', {
      kind: en('controversy.kind.policy-change'),
      severity: en('controversy.severity.medium'),
      status: en('controversy.status.resolved'),
    }),
    'an unmarked quote from the data': 'Only secret chats are end-to-end encrypted; ordinary cloud chats are not.',
  };
  const missed = Object.entries(planted).filter(([, english]) => englishWordsIn(`${german} ${english}`, only).length === 0);
  assert.deepEqual(
    missed.map(([what]) => what),
    [],
  );
  assert.deepEqual(englishWordsIn(german, only), []);
});
