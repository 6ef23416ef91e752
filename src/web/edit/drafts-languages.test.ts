/**
 * The draft page, its review form, the preview and the history in German and
 * French: no English interface string of the editor's catalogue is left on
 * them, the blocks that read the same as on the English page are names, codes
 * or data, and what is marked lang="en" is the data's text (notes, authors, the
 * schema's own messages), never an interface string.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { attr, elements, mainOf, parseHtml, textOf, type HtmlElement } from '../../checks/html.ts';
import { catalogues, type Locale } from '../../i18n/index.ts';
import { htmlEscaped } from '../../../test/support/html.ts';
import { formFields } from './test-form.ts';
import { testEditor, type Client, type TestEditor } from './test-editor.ts';

let t: TestEditor;
let alice: Client;
let bob: Client;
/** The pages to compare, by name: their English paths. */
const pages = new Map<string, { path: string; client: () => Client }>();

async function startDraft(c: Client, app: string): Promise<string> {
  const res = await c.post('/edit/drafts/new', { app, _csrf: await c.csrfFrom('/edit') });
  assert.equal(res.status, 303);
  return res.headers.get('location') ?? '';
}

before(async () => {
  t = await testEditor();
  await t.user('alice@example.org', 'editor');
  await t.user('bob@example.org', 'editor');
  alice = t.client('192.0.2.1');
  bob = t.client('192.0.2.2');
  assert.equal((await alice.login('alice@example.org')).status, 303);
  assert.equal((await bob.login('bob@example.org')).status, 303);

  // A: submitted, seen by the reviewer (the review section); D, started from the same revision, published (a history entry with its changes)
  const submitted: string[] = [];
  for (const note of ['Owner renamed', 'Owner renamed again']) {
    const path = await startDraft(alice, 'signal');
    const fields = formFields(await (await alice.get(path)).text(), path);
    fields['owner.company'] = `${fields['owner.company']} (${note})`;
    fields._note = note;
    assert.equal((await alice.post(path, fields)).status, 200);
    assert.equal((await alice.post(`${path}/submit`, { _csrf: await alice.csrfFrom(path) })).status, 200);
    submitted.push(path);
  }
  const [a = '', d = ''] = submitted;
  assert.equal((await bob.post(`${d}/approve`, { _csrf: await bob.csrfFrom(d) })).status, 200);
  pages.set('submitted draft, as its reviewer', { path: a, client: () => bob });
  // B: a valid change being edited (the form, the changed facts and sentences, the preview)
  const b = await startDraft(alice, 'signal');
  const bFields = formFields(await (await alice.get(b)).text(), b);
  bFields['encryption.e2ee.backups#value'] = 'none';
  bFields._note = 'Backups are not end-to-end encrypted';
  // (its check findings, if any, make it a 400: the page is the same)
  assert.ok([200, 400].includes((await alice.post(b, bFields)).status));
  pages.set('draft being edited', { path: b, client: () => alice });
  pages.set('preview', { path: `${b}/preview`, client: () => alice });
  // C: a draft the schema refuses (its problems beside the fields)
  const c = await startDraft(alice, 'wire');
  const cFields = formFields(await (await alice.get(c)).text(), c);
  cFields['app.minimumAge#value'] = '-3';
  cFields.name = '';
  cFields._note = 'A broken draft';
  assert.equal((await alice.post(c, cFields)).status, 400);
  pages.set('draft with schema problems', { path: c, client: () => alice });
});
after(() => t.close());

const local = (locale: Locale, path: string) => (locale === 'en' ? path : `/${locale}${path}`);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const BLOCKS = new Set(['h1', 'h2', 'h3', 'p', 'li', 'th', 'td', 'label', 'legend', 'option', 'button', 'a', 'summary', 'title']);

function inOtherLanguage(el: HtmlElement, locale: Locale): boolean {
  for (let n: HtmlElement | undefined = el; n && 'tagName' in n; n = n.parentNode as HtmlElement | undefined) {
    const lang = attr(n, 'lang');
    if (lang !== undefined) return lang !== locale;
  }
  return false;
}

/** Check findings, which the i18n of src/checks translates (they are not the editor catalogue's). */
const finding = (s: string) => /^(?:error|warning|info) \[[a-z0-9-]+\]: /.test(s);

/** The page's text blocks in its language: what is marked as another language and code (field paths) left out. */
function blocksOf(html: string, locale: Locale): string[] {
  const doc = parseHtml(html);
  // a form's values (what a field holds) are the data, and a choice whose text is its value is the data's value (code)
  const skip = (el: HtmlElement) =>
    (attr(el, 'lang') !== undefined && attr(el, 'lang') !== locale) || ['script', 'style', 'code', 'textarea'].includes(el.tagName);
  const dataValue = (el: HtmlElement) => el.tagName === 'option' && norm(textOf(el)) === attr(el, 'value');
  const out = elements(mainOf(doc), (el) => BLOCKS.has(el.tagName) && !inOtherLanguage(el, locale) && !dataValue(el)).map((el) => norm(textOf(el, skip)));
  const title = elements(doc, (el) => el.tagName === 'title')[0];
  if (title) out.push(norm(textOf(title)));
  return out.filter((b) => b !== '' && !finding(b));
}

/** The editor's English messages without parameters that read otherwise in `locale`. */
function englishMessages(locale: Locale): string[] {
  return Object.entries(catalogues.en)
    .filter(([key, message]) => key.startsWith('edit.') && !message.includes('{') && message !== catalogues[locale][key as keyof typeof catalogues.en])
    .map(([, message]) => norm(message));
}

/** English messages of the editor's catalogue (those that read otherwise in `against`) found among the blocks of a page in `locale`: a block that is one, or holds a long one. */
function catalogueLeft(html: string, locale: Locale, against: Locale = locale): string[] {
  const blocks = blocksOf(html, locale);
  const text = blocks.join(' \n ');
  return englishMessages(against).filter((m) => blocks.includes(m) || (m.length >= 20 && text.includes(m)));
}

/** A block that reads as English interface text: two words or more and 12 characters, not a name or a code. */
const wordy = (s: string) => s.length >= 12 && /\p{L}{3,}\s+\p{L}{2,}/u.test(s);

async function html(client: Client, path: string): Promise<{ status: number; text: string }> {
  const res = await client.get(path);
  return { status: res.status, text: await res.text() };
}

describe('the draft pages in German and French', () => {
  it('the comparison catches English: the English pages are full of the catalogue’s English', async () => {
    for (const [name, { path, client }] of pages) {
      const english = await html(client(), path);
      if (name === 'preview') continue; // the review page's own strings are the site catalogue's, checked by src/web/reviews/languages.test.ts
      for (const against of ['de', 'fr'] as const) {
        const found = catalogueLeft(english.text, 'en', against);
        assert.ok(found.length >= 3, `${name}: ${found.join(' | ')}`);
      }
    }
  });

  for (const name of ['submitted draft, as its reviewer', 'draft being edited', 'preview', 'draft with schema problems', 'history'])
    it(`${name}: no English interface text left in German or French`, async () => {
      const page = name === 'history' ? { path: '/edit/apps/signal/history', client: () => bob } : pages.get(name);
      assert.ok(page);
      const found: string[] = [];
      const english = await html(page.client(), page.path);
      const englishBlocks = new Set(blocksOf(english.text, 'en').filter(wordy));
      for (const locale of ['de', 'fr'] as const) {
        const { status, text } = await html(page.client(), local(locale, page.path));
        assert.equal(status, english.status, `${locale}${page.path}`);
        assert.match(text, new RegExp(`<html lang="${locale}">`));
        assert.doesNotMatch(text, /\bundefined\b|\[object Object\]/);
        for (const s of catalogueLeft(text, locale)) found.push(`${locale}${page.path}: catalogue "${s}"`);
        for (const b of blocksOf(text, locale)) if (englishBlocks.has(b)) found.push(`${locale}${page.path}: as in English "${b}"`);
        // lang="en" marks the data's text only: no interface string of the editor is marked English
        const messages = englishMessages(locale);
        for (const el of elements(parseHtml(text), (e) => attr(e, 'lang') === 'en' && attr(e, 'hreflang') === undefined)) {
          const marked = norm(textOf(el));
          for (const m of messages) if (marked === m || (m.length >= 20 && marked.includes(m))) found.push(`${locale}${page.path}: "${m}" is marked English`);
        }
      }
      assert.deepEqual(found, []);
    });

  it('the schema’s problems are in the page’s language; the schema’s own English messages are marked lang="en"', async () => {
    const page = pages.get('draft with schema problems');
    assert.ok(page);
    const problemOf = (text: string, path: string) => new RegExp(`id="problem-${path.replace(/\./g, '\\.')}"><li( lang="en")?>([^<]*)</li>`).exec(text);
    const en = problemOf((await html(page.client(), page.path)).text, 'app.minimumAge.value');
    assert.ok(en, 'the English page shows the problem of app.minimumAge.value');
    for (const locale of ['de', 'fr'] as const) {
      const { text } = await html(page.client(), local(locale, page.path));
      const age = problemOf(text, 'app.minimumAge.value');
      assert.ok(age, `${locale}: the problem of app.minimumAge.value`);
      assert.equal(age[1], undefined, `${locale}: zod's own message is translated, not marked English`);
      assert.notEqual(age[2], en[2], `${locale}: "${age[2]}" differs from the English "${en[2]}"`);
      const name = problemOf(text, 'name');
      assert.ok(name, `${locale}: the problem of name`);
      assert.equal(name[1], ' lang="en"', `${locale}: the schema's own message "${name[2]}" is marked English`);
    }
  });

  it('a write the store refuses is told in the page’s language', async () => {
    const page = pages.get('submitted draft, as its reviewer');
    assert.ok(page);
    const id = page.path.split('/').at(-1);
    // another draft of the app was published since this one was started: the store refuses to publish it (EditingConflictError)
    for (const [locale, sentence] of [
      ['de', `„signal“ hat sich geändert, seit der Entwurf #${id} begonnen wurde`],
      ['fr', `«\u00a0signal\u00a0» a changé depuis la création du brouillon #${id}`],
      ['en', `"signal" has changed since draft #${id} was started`],
    ] as const) {
      const res = await bob.post(local(locale, `/edit/drafts/${id}/approve`), { _csrf: await bob.csrfFrom('/edit') });
      const text = await res.text();
      assert.equal(res.status, 409, locale);
      assert.ok(text.includes(htmlEscaped(sentence)), `${locale}: ${text.slice(text.indexOf('<main'), text.indexOf('</main>'))}`);
    }
  });
});

describe('account and work-list errors in the page’s language', () => {
  it('a bad email when adding an account, and a bad work-list filter, are told in German and French', async () => {
    await t.user('admin@example.org', 'admin');
    const admin = t.client('192.0.2.3');
    assert.equal((await admin.login('admin@example.org')).status, 303);
    const expected = {
      de: {
        email: 'E-Mail-Adresse: „not-an-email“ ist keine E-Mail-Adresse; es wurde nichts geändert.',
        filter: 'Der Filter kind ist ungültig: erlaubt sind all, stale, recheck, correction, draft, check (nicht „nope“).',
      },
      fr: {
        email: 'Adresse e-mail\u00a0: «\u00a0not-an-email\u00a0» n’est pas une adresse e-mail\u202f; rien n’a été modifié.',
        filter: 'Le filtre kind n’est pas valide\u00a0: les valeurs possibles sont all, stale, recheck, correction, draft, check (et non «\u00a0nope\u00a0»).',
      },
    };
    for (const locale of ['de', 'fr'] as const) {
      const added = await admin.post(`/${locale}/edit/users`, { email: 'not-an-email', role: 'editor', _csrf: await admin.csrfFrom('/edit/users') });
      assert.equal(added.status, 400);
      const page = await added.text();
      assert.ok(page.includes(expected[locale].email), `${locale}: ${page.slice(page.indexOf('<main'), page.indexOf('</main>'))}`);
      assert.doesNotMatch(page, /is not an email address/);
      const filtered = await admin.get(`/${locale}/edit?kind=nope`);
      assert.equal(filtered.status, 400);
      const list = await filtered.text();
      assert.ok(list.includes(expected[locale].filter), `${locale}: ${list.slice(list.indexOf('<main'), list.indexOf('</main>'))}`);
    }
  });
});
