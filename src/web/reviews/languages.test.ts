/**
 * German and French review pages: the page rules of src/checks hold on them
 * as on the English ones, and no English generated sentence is left on them
 * (compared against every sentence the English pages and catalogue produce);
 * English text from the data is there only inside an element marked lang="en".
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
import { catalogues, type Locale } from '../../i18n/index.ts';
import { renderReviewPage, renderReviewPageIn } from './render-for-checks.tsx';

const dataset = loadDataset(new URL('../../../data', import.meta.url).pathname);
const all = dataset.reviews.map((review) => ({ review, score: scoreReview(review, dataset) }));
const TODAY = '2026-12-01';
const SAMPLE = ['telegram', 'imessage', 'signal', 'whatsapp', 'notion', 'proton-mail', 'google-chrome', 'nordvpn'].filter((s) =>
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
