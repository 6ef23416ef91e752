/**
 * The pages other than the review in German and French (home, /apps, a
 * category, compare, search, methodology, about, the 404 page) and the feeds:
 * no English interface text or generated sentence is left on them (compared
 * against the same page in English and against the English catalogue), the
 * English words that remain are the data's free text, marked lang="en", and
 * every message the pages look up by an id of the data or the code exists.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite, TEST_SITE_URL } from '../../test/support/site.ts';
import { EDIT_PAGE_TYPES, PAGE_TYPES } from '../../test/support/page-types.ts';
import { htmlEscaped } from '../../test/support/html.ts';
import type { Store } from '../store/index.ts';
import type { WebApp } from './app.tsx';
import type { SiteData } from './site-data.ts';
import { attr, elements, mainOf, parseHtml, textOf, type HtmlElement } from '../checks/html.ts';
import { sentencesOf } from '../checks/text.ts';
import { catalogues, t, type Locale } from '../i18n/index.ts';
import { appFilters } from './categories/query.ts';
import { hasMessage } from './views/words.ts';
import { MethodologyView } from './methodology/view.tsx';

let store: Store;
let site: SiteData;
let app: WebApp;
before(async () => ({ store, site, app } = await bundledSite()));
after(() => store.close());

const local = (locale: Locale, path: string) => (locale === 'en' ? path : path === '/' ? `/${locale}` : `/${locale}${path}`);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const BLOCKS = new Set(['h1', 'h2', 'h3', 'p', 'li', 'th', 'td', 'caption', 'label', 'legend', 'option', 'button', 'a', 'summary', 'title']);

function inOtherLanguage(el: HtmlElement, locale: Locale): boolean {
  for (let n: HtmlElement | undefined = el; n && 'tagName' in n; n = n.parentNode as HtmlElement | undefined) {
    const lang = attr(n, 'lang');
    if (lang !== undefined) return lang !== locale;
  }
  return false;
}

/** The page's text blocks (headings, paragraphs, cells, labels, links, options) and its title, leaving out what is marked as another language and code (names of fields, parameters, media types). */
function blocksOf(html: string, locale: Locale): string[] {
  const doc = parseHtml(html);
  const main = mainOf(doc);
  const skip = (el: HtmlElement) =>
    (attr(el, 'lang') !== undefined && attr(el, 'lang') !== locale) || el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'code';
  const out = elements(main, (el) => BLOCKS.has(el.tagName) && !inOtherLanguage(el, locale)).map((el) => norm(textOf(el, skip)));
  const title = elements(doc, (el) => el.tagName === 'title')[0];
  if (title) out.push(norm(textOf(title)));
  for (const el of elements(main, (e) => attr(e, 'aria-label') !== undefined || attr(e, 'data-label') !== undefined))
    if (!inOtherLanguage(el, locale)) out.push(norm(attr(el, 'aria-label') ?? attr(el, 'data-label') ?? ''));
  return out.filter((b) => b !== '');
}

/** A block that reads as English interface text: two words or more and 12 characters, not a name, a number or a code. */
const wordy = (s: string) => s.length >= 12 && /\p{L}{3,}\s+\p{L}{2,}/u.test(s);

/** English sentences the catalogue holds without parameters (those that differ in German and French). */
function catalogueSentences(): string[] {
  const out: string[] = [];
  for (const [key, message] of Object.entries(catalogues.en)) {
    if (message.includes('{')) continue;
    if (message === catalogues.de[key as keyof typeof catalogues.de] || message === catalogues.fr[key as keyof typeof catalogues.fr]) continue;
    for (const s of sentencesOf(message)) if (s.length >= 20) out.push(norm(s));
  }
  return out;
}

/** Names, which read the same in every language: apps, their owners, reviewers. */
async function namesOf(): Promise<Set<string>> {
  const snapshot = await site.snapshot();
  return new Set(snapshot.apps.flatMap((a) => [a.review.name, a.review.owner.company, a.review.review.reviewer]));
}

async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await app.request(path);
  return { status: res.status, html: await res.text() };
}

/** English text left on a German or French page: its blocks that equal the English page's, and the catalogue's English sentences. */
async function englishLeft(locale: Locale, path: string): Promise<string[]> {
  const english = await page(path);
  const translated = await page(local(locale, path));
  const englishBlocks = new Set(blocksOf(english.html, 'en').filter(wordy));
  const names = await namesOf();
  const found = blocksOf(translated.html, locale).filter((b) => englishBlocks.has(b) && !names.has(b));
  const text = norm(blocksOf(translated.html, locale).join(' \n '));
  for (const s of catalogueSentences()) if (text.includes(s)) found.push(s);
  return [...new Set(found)];
}

/** The page of `type` in `locale`, checked to answer its status in that language with no unfilled value. */
async function translatedPage(locale: 'de' | 'fr', type: { path: string; status: number }): Promise<string> {
  const { status, html } = await page(local(locale, type.path));
  assert.equal(status, type.status, `${locale} ${type.path}`);
  assert.match(html, new RegExp(`<html lang="${locale}">`));
  assert.doesNotMatch(html, /\bundefined\b|\bNaN\b|\[object Object\]/);
  return html;
}

describe('the pages other than the review, in German and French', () => {
  for (const type of PAGE_TYPES) {
    test(`${type.name} (${type.path}) has no English text left in German or French`, async () => {
      const found: string[] = [];
      for (const locale of ['de', 'fr'] as const) {
        await translatedPage(locale, type);
        for (const s of await englishLeft(locale, type.path)) found.push(`${locale}${type.path}: "${s}"`);
      }
      assert.deepEqual(found, []);
    });
  }

  for (const type of EDIT_PAGE_TYPES) {
    test(`the editor's ${type.name} (${type.path}) has no English text left in German or French`, async () => {
      const found: string[] = [];
      for (const locale of ['de', 'fr'] as const) {
        const html = await translatedPage(locale, type);
        // its links stay in the language (the editor's and the site's pages), or name theirs (the switcher)
        for (const m of html.matchAll(/<(?:a|form)\b[^>]*\s(?:href|action)="(\/[^"]*)"[^>]*>/g)) {
          const tag = m[0];
          const href = m[1] ?? '';
          if (/\shreflang=/.test(tag) || /^\/(?:assets|favicon\.svg)/.test(href)) continue;
          if (!href.startsWith(`/${locale}`)) found.push(`${locale}${type.path}: a link to ${href}`);
        }
        for (const s of await englishLeft(locale, type.path)) found.push(`${locale}${type.path}: "${s}"`);
      }
      assert.deepEqual(found, []);
    });
  }

  test('the comparison catches English on the editor’s pages too: each English page finds its own sentences', async () => {
    for (const type of EDIT_PAGE_TYPES) {
      const { html } = await page(type.path);
      const text = norm(blocksOf(html, 'en').join(' \n '));
      assert.ok(
        blocksOf(html, 'en').filter(wordy).length >= 1 || catalogueSentences().some((s) => text.includes(s)),
        `${type.path} has English text to compare`,
      );
    }
  });

  test('the comparison catches English: each English page against itself finds its own headings', async () => {
    for (const type of PAGE_TYPES) {
      const { html } = await page(type.path);
      const blocks = blocksOf(html, 'en').filter(wordy);
      assert.ok(blocks.length >= 3, `${type.path} has English blocks to compare (${blocks.length})`);
    }
    // An untranslated sentence in a German page would be caught: the English 404 page's own sentences are found in it.
    const { html } = await page('/apps/no-such-app');
    const text = norm(blocksOf(html, 'en').join(' \n '));
    assert.ok(catalogueSentences().some((s) => text.includes(s)));
  });

  test('the category descriptions and the rubric changelog are our own words, shown in the page’s language; without a translation the English is shown, marked', async () => {
    const { catalog } = await site.snapshot();
    for (const locale of ['de', 'fr'] as const) {
      for (const category of catalog.categories) {
        const local = category.translations?.[locale]?.description;
        assert.ok(local, `${category.id} has a ${locale} description in data/categories.yaml`);
        if ((await app.request(`/categories/${category.id}`)).status !== 200) continue;
        const { html } = await page(`/${locale}/categories/${category.id}`);
        assert.ok(html.includes(`<p class="lede">${htmlEscaped(local)}</p>`), `${locale} ${category.id}`);
        assert.ok(!html.includes(htmlEscaped(category.description)), `${locale} ${category.id}: the English description is gone`);
      }
      const method = (await page(`/${locale}/methodology`)).html;
      for (const entry of catalog.rubric.changelog) {
        const local = entry.translations?.[locale]?.changes;
        assert.ok(local, `changelog ${entry.version} has ${locale} changes in data/rubric.yaml`);
        for (const line of local) assert.ok(method.includes(`<li>${htmlEscaped(line)}</li>`), `${locale} changelog ${entry.version}`);
      }
      assert.doesNotMatch(method, /<ul lang="en">/);
      assert.ok(!method.includes(t(locale, 'page.method.changelogNote')), 'no note that the changelog is in English');
    }
    // an entry without a translation stays English, marked, with the note
    const [first, ...rest] = catalog.rubric.changelog;
    assert.ok(first);
    const { translations: _dropped, ...untranslated } = first;
    const view = MethodologyView({
      rubric: { ...catalog.rubric, changelog: [untranslated, ...rest] },
      sourcePolicy: catalog.sourcePolicy,
      meta: { siteUrl: TEST_SITE_URL, stylesheet: '/assets/site.css', locale: 'de' },
    });
    const html = String(await view.toString());
    assert.ok(html.includes(`<ul lang="en"><li>${htmlEscaped(first.changes[0] ?? '-')}</li>`));
    assert.ok(html.includes(t('de', 'page.method.changelogNote')));
  });

  test('numbers, dates and scores follow the language', async () => {
    const method = (await page('/de/methodology')).html;
    assert.match(method, /veröffentlicht am <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}<\/time>/);
    assert.match(method, /<td data-weight="dataCollection" data-label="Anteil am Wert">30\u00a0%<\/td>/);
    assert.match(method, /<td>8,5<\/td>/);
    const category = (await page('/fr/categories/messaging')).html;
    assert.match(category, /\d,\d\/10 /);
    assert.doesNotMatch(category, /\d\.\d\/10/);
  });

  test('every message looked up by an id exists: the filters, and the rubric’s measures, values, questions and severities', async () => {
    const missing: string[] = [];
    for (const f of appFilters) if (!hasMessage(`page.filter.${f.id}`)) missing.push(`page.filter.${f.id}`);
    const { catalog } = await site.snapshot();
    for (const d of catalog.rubric.dimensions) {
      if (!hasMessage(`page.method.question.${d.id}`)) missing.push(`page.method.question.${d.id}`);
      for (const c of d.criteria) {
        if ('measure' in c) {
          if (!hasMessage(`page.method.measure.${c.measure}`)) missing.push(`page.method.measure.${c.measure}`);
          continue;
        }
        for (const value of Object.keys(c.points))
          for (const locale of ['de', 'fr'] as const)
            if (t(locale, 'page.method.value', { value: value.replace(/-/g, '_') }) === value.replace(/-/g, '_'))
              missing.push(`page.method.value ${locale} ${value}`);
        if (c.appliesWhen && !hasMessage(`page.method.applies.${c.appliesWhen}`)) missing.push(`page.method.applies.${c.appliesWhen}`);
      }
    }
    for (const s of Object.keys(catalog.rubric.controversies.severity)) if (!hasMessage(`page.method.severityName.${s}`)) missing.push(s);
    const policy = catalog.sourcePolicy;
    if (policy) {
      for (const k of policy.acceptedForCoreFacts) if (!hasMessage(`page.method.class.${k}`)) missing.push(`page.method.class.${k}`);
      for (const f of policy.coreFacts) if (!hasMessage(`page.method.core.${f}`)) missing.push(`page.method.core.${f}`);
    }
    assert.deepEqual(missing, []);
  });

  test('the German and French methodology state the rubric’s parameters in their own words', async () => {
    const { catalog } = await site.snapshot();
    const exceptions = catalog.rubric.dimensions.flatMap((d) => d.criteria).find((c) => c.id === 'exceptions');
    assert.ok(exceptions && 'measure' in exceptions);
    const share = Math.round(Number(exceptions.params.perException) * 100);
    assert.ok((await page('/de/methodology')).html.includes(`kostet ${share}\u00a0% davon`));
    assert.ok((await page('/fr/methodology')).html.includes(`en retire ${share}\u00a0%`));
  });
});

describe('the feeds in every language', () => {
  test('/de/feed.xml and /fr/feed.xml are in their language and link to pages in it; /feed.xml keeps its address', async () => {
    for (const locale of ['de', 'fr'] as const) {
      const res = await app.request(`/${locale}/feed.xml`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /application\/atom\+xml/);
      const xml = await res.text();
      assert.match(xml, new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`));
      assert.ok(xml.includes(`<link rel="self" type="application/atom+xml" href="${TEST_SITE_URL}/${locale}/feed.xml"/>`));
      assert.ok(xml.includes(`<link rel="alternate" type="application/atom+xml" hreflang="en" href="${TEST_SITE_URL}/feed.xml"/>`));
      const links = [...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => m[1] ?? '');
      assert.ok(links.length > 1);
      for (const l of links) assert.ok(l.startsWith(`${TEST_SITE_URL}/${locale}`), l);
      assert.doesNotMatch(xml, /first review|score unchanged|Review updated|review updates/);
      assert.doesNotMatch(xml, /\d\.\d\/10/);
    }
    const en = await (await app.request('/feed.xml')).text();
    assert.match(en, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    assert.match(en, /<title>PrivacyDefend: review updates<\/title>/);
  });

  test('each language’s pages point at its own feed, in the head (hreflang) and in the footer', async () => {
    for (const locale of ['en', 'de', 'fr'] as const) {
      const feed = locale === 'en' ? '/feed.xml' : `/${locale}/feed.xml`;
      for (const path of ['/', '/apps/signal', '/methodology']) {
        const { html } = await page(local(locale, path));
        // a full URL: an hreflang alternate with a relative href is invalid (Lighthouse's hreflang audit failed on it)
        assert.ok(html.includes(`<link rel="alternate" type="application/atom+xml" hreflang="${locale}" href="${TEST_SITE_URL}${feed}"`), `${locale} ${path}`);
        assert.ok(html.includes(`<a href="${feed}">`), `${locale} ${path} footer`);
      }
    }
  });
});
