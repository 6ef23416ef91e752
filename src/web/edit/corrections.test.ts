/** Reader corrections, from the link on a review page to an accepted draft, over HTTP through the real app. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hiddenCsrf, readerFields, testEditor, type Client, type TestEditor } from './test-editor.ts';

let t: TestEditor;
before(async () => {
  t = await testEditor();
  await t.user('ed@example.org', 'editor');
  await t.user('con@example.org', 'contributor');
});
after(() => t.close());

const XSS = `<script>alert(1)</script>"'><img src=x onerror=alert(2)>`;

async function readerForm(c: Client, path = '/edit/corrections/new?app=signal&section=encryption') {
  const res = await c.get(path);
  assert.equal(res.status, 200);
  return hiddenCsrf(await res.text());
}

const valid = readerFields;

describe('reader corrections', () => {
  it('every section of a review page has a plain "Suggest a correction" link to the form', async () => {
    const html = await (await t.client().get('/apps/signal')).text();
    const sections = [...html.matchAll(/<section data-section="([a-z-]+)"/g)].map((m) => m[1]);
    const links = [...html.matchAll(/href="\/edit\/corrections\/new\?app=signal&amp;section=([a-z-]+)"/g)].map((m) => m[1]);
    assert.ok(sections.length >= 8);
    assert.deepEqual(links, sections);
  });

  it('the form sets no cookie, lists the review’s facts and asks for a source', async () => {
    const res = await t.client().get('/edit/corrections/new?app=signal&section=encryption');
    assert.deepEqual(res.headers.getSetCookie(), []);
    const html = await res.text();
    assert.match(html, /<option value="encryption.e2ee.backups">/);
    assert.match(html, /name="source" type="url" required/);
    assert.match(html, /name="website"/, 'the honeypot');
    assert.doesNotMatch(html, /<script/);
    assert.equal((await t.client().get('/edit/corrections/new?app=no-such-app')).status, 404);
  });

  it('a correction without a source is refused with the problem beside the field, and nothing is stored', async () => {
    const c = t.client('192.0.2.1');
    const res = await c.post('/edit/corrections/new', valid(await readerForm(c), { source: 'not a url' }));
    assert.equal(res.status, 400);
    assert.match(await res.text(), /id="source-problem">Source: must be a web address/);
    assert.equal((await t.store.editing.listCorrections('open')).length, 0);
  });

  it('an over-long field, a forged form token or a filled honeypot stores nothing', async () => {
    const c = t.client('192.0.2.2');
    const csrf = await readerForm(c);
    assert.equal((await c.post('/edit/corrections/new', valid(csrf, { problem: 'x'.repeat(2001) }))).status, 400);
    assert.equal((await c.post('/edit/corrections/new', valid('123.forged'))).status, 403);
    assert.equal((await c.post('/edit/corrections/new', valid(`${Date.now() - 7 * 3_600_000}.x`))).status, 403);
    const bot = await c.post('/edit/corrections/new', valid(csrf, { website: 'https://spam.example' }));
    assert.equal(bot.status, 303, 'a bot is answered as if accepted');
    assert.equal((await t.store.editing.listCorrections('open')).length, 0);
  });

  it('one reader may send five corrections an hour; the sixth is answered 429', async () => {
    const c = t.client('192.0.2.3');
    const csrf = await readerForm(c);
    for (let i = 0; i < 5; i++) assert.equal((await c.post('/edit/corrections/new', valid(csrf))).status, 303);
    assert.equal((await c.post('/edit/corrections/new', valid(csrf))).status, 429);
    assert.equal((await t.client('192.0.2.4').post('/edit/corrections/new', valid(csrf))).status, 303, 'another reader is not limited');
    const stored = await t.store.editing.listCorrections('open');
    assert.equal(stored.length, 6);
    for (const c of stored) await t.store.editing.answerCorrection(c.id, { status: 'declined', reason: 'test cleanup' }, 'test', new Date());
  });

  it('hostile text in every field is shown escaped, to the reader and in the moderation queue', async () => {
    const reader = t.client('192.0.2.5');
    const csrf = await readerForm(reader);
    const bad = await reader.post('/edit/corrections/new', valid(csrf, { problem: XSS, source: `javascript:${XSS}`, email: XSS, fact: XSS }));
    assert.equal(bad.status, 400);
    const page = await bad.text();
    assert.doesNotMatch(page, /<script>alert|<img src=x/);
    assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);

    const ok = await reader.post(
      '/edit/corrections/new',
      valid(csrf, { problem: XSS, source: `https://example.org/?q=${encodeURIComponent(XSS)}"><script>x</script>` }),
    );
    assert.equal(ok.status, 303);
    const ed = t.client('192.0.2.6');
    await ed.login('ed@example.org');
    const queue = await (await ed.get('/edit/corrections')).text();
    assert.doesNotMatch(queue, /<script>alert|<img src=x|<script>x/);
    assert.match(queue, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    const [item] = await t.store.editing.listCorrections('open');
    assert.ok(item);
    await t.store.editing.answerCorrection(item.id, { status: 'declined', reason: 'test cleanup' }, 'test', new Date());
  });

  it('an editor declines with a reason or accepts into a draft; the email is deleted and the About page counts it', async () => {
    const reader = t.client('192.0.2.7');
    let csrf = await readerForm(reader);
    assert.equal((await reader.post('/edit/corrections/new', valid(csrf, { email: 'reader@example.org' }))).status, 303);
    csrf = await readerForm(reader);
    assert.equal((await reader.post('/edit/corrections/new', valid(csrf, { problem: 'The protocol is wrong here.' }))).status, 303);
    const about = await (await t.client().get('/about')).text();
    assert.match(about, /Open corrections: 2\./);

    const [first, second] = await t.store.editing.listCorrections('open');
    assert.ok(first && second);
    assert.equal(first.email, 'reader@example.org');

    const contributor = t.client('192.0.2.8');
    await contributor.login('con@example.org');
    const refused = await contributor.post(`/edit/corrections/${first.id}/accept`, { _csrf: await contributor.csrfFrom('/edit') });
    assert.equal(refused.status, 403);

    const ed = t.client('192.0.2.9');
    await ed.login('ed@example.org');
    const token = await ed.csrfFrom('/edit/corrections');
    assert.equal((await ed.post(`/edit/corrections/${first.id}/decline`, { _csrf: token, reason: '' })).status, 400);
    assert.equal((await ed.post(`/edit/corrections/${first.id}/decline`, { _csrf: token, reason: 'Backups are opt-in per the cited page.' })).status, 200);
    const declined = await t.store.editing.getCorrection(first.id);
    assert.equal(declined?.status, 'declined');
    assert.equal(declined?.email, null, 'the email is deleted once answered');

    const accepted = await ed.post(`/edit/corrections/${second.id}/accept`, { _csrf: token });
    assert.equal(accepted.status, 200);
    assert.match(await accepted.text(), /draft #\d+ of signal is open/);
    const draftId = (await t.store.editing.getCorrection(second.id))?.draftId;
    const draft = draftId == null ? undefined : await t.store.editing.getDraft(draftId);
    assert.equal(draft?.slug, 'signal');
    assert.equal(draft?.status, 'editing');
    assert.equal(draft?.correctionId, second.id);
    assert.equal((await ed.post(`/edit/corrections/${second.id}/accept`, { _csrf: token })).status, 409, 'answered once');

    const aboutRes = await t.client().get('/about');
    // The public About page stays cookie-free and cacheable (ETag, revalidation) while showing the figures.
    assert.equal(aboutRes.headers.get('set-cookie'), null);
    assert.match(aboutRes.headers.get('cache-control') ?? '', /^public/);
    const etag = aboutRes.headers.get('etag') ?? '';
    assert.notEqual(etag, '');
    assert.equal((await t.app.request('/about', { headers: { 'if-none-match': etag } })).status, 304);
    const aboutAfter = await aboutRes.text();
    assert.match(aboutAfter, /Open corrections: 0\./);
    assert.match(aboutAfter, /Median time to answer one: /);
    const actions = (await t.store.editing.auditLog(20)).map((e) => e.action);
    for (const a of ['correction.add', 'correction.decline', 'correction.accept']) assert.ok(actions.includes(a), a);
  });
});

describe('reader corrections in German and French', () => {
  /** A stored correction without what differs between two sendings (its id, time and language). */
  const essence = (c: { slug: string; section: string; fact: string; problem: string; sourceUrl: string; email: string | null; status: string }) => ({
    slug: c.slug,
    section: c.section,
    fact: c.fact,
    problem: c.problem,
    sourceUrl: c.sourceUrl,
    email: c.email,
    status: c.status,
  });
  const cleanUp = async () => {
    for (const c of await t.store.editing.listCorrections('open'))
      await t.store.editing.answerCorrection(c.id, { status: 'declined', reason: 'test cleanup' }, 'test', new Date());
  };

  it('a German or French review links to the form in its language, which is written in it, with a switcher to the same form', async () => {
    for (const [locale, label, send] of [
      ['de', 'Welcher Fakt ist betroffen?', 'Korrektur senden'],
      ['fr', 'Quel fait est concerné ?', 'Envoyer la correction'],
    ] as const) {
      const review = await (await t.client().get(`/${locale}/apps/signal`)).text();
      const links = [...review.matchAll(/href="([^"]*\/edit\/corrections\/new\?[^"]*)"/g)].map((m) => m[1] ?? '');
      assert.ok(links.length >= 8, locale);
      for (const l of links) assert.ok(l.startsWith(`/${locale}/edit/corrections/new?app=signal&amp;section=`), l);

      const res = await t.client().get(`/${locale}/edit/corrections/new?app=signal&section=encryption`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.headers.getSetCookie(), [], 'no cookie in any language');
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${locale}">`));
      assert.ok(html.includes(`<label for="fact">${label}</label>`), locale);
      assert.ok(html.includes(`<button type="submit">${send}</button>`), locale);
      assert.ok(html.includes(`<form method="post" action="/${locale}/edit/corrections/new">`), 'the form posts to the same language');
      assert.ok(html.includes('<option value="encryption.e2ee.backups">'), 'the same facts');
      // the switcher: the same form in every language, plain links
      assert.ok(html.includes('<a href="/edit/corrections/new?app=signal&amp;section=encryption" hreflang="en" lang="en">English</a>'), locale);
      assert.ok(html.includes(`<a href="/de/edit/corrections/new?app=signal&amp;section=encryption" hreflang="de" lang="de"`), locale);
      assert.ok(html.includes(`<a href="/fr/edit/corrections/new?app=signal&amp;section=encryption" hreflang="fr" lang="fr"`), locale);
      assert.doesNotMatch(html, /Suggest a correction|Which fact|Send the correction|Leave this empty/);
    }
    const missing = await t.client().get('/de/edit/corrections/new?app=no-such-app');
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /Zu dieser App gibt es keinen Test\./);
  });

  it('a correction sent from the German form is stored as the same correction as from the English form, remembering its language', async () => {
    await cleanUp();
    const english = t.client('192.0.2.40');
    const sentEn = await english.post('/edit/corrections/new', valid(await readerForm(english), { email: 'leser@example.org' }));
    assert.equal(sentEn.status, 303);
    assert.equal(sentEn.headers.get('location'), '/edit/corrections/thanks?app=signal');

    const german = t.client('192.0.2.41');
    const csrf = await readerForm(german, '/de/edit/corrections/new?app=signal&section=encryption');
    const sentDe = await german.post('/de/edit/corrections/new', valid(csrf, { email: 'leser@example.org' }));
    assert.equal(sentDe.status, 303);
    assert.equal(sentDe.headers.get('location'), '/de/edit/corrections/thanks?app=signal');
    const thanks = await (await german.get(sentDe.headers.get('location') ?? '')).text();
    assert.match(thanks, /<html lang="de">/);
    assert.match(thanks, /<h1>Vielen Dank<\/h1>/);
    assert.ok(thanks.includes('<a href="/de/apps/signal">Zurück zum Test</a>'), 'back to the German review');

    const [fromEn, fromDe] = await t.store.editing.listCorrections('open');
    assert.ok(fromEn && fromDe);
    assert.deepEqual(essence(fromDe), essence(fromEn));
    assert.equal(fromEn.locale, 'en');
    assert.equal(fromDe.locale, 'de');
    const audit = (await t.store.editing.auditLog(5)).filter((e) => e.action === 'correction.add');
    assert.ok(
      audit.some((e) => e.subject === `correction:${fromDe.id}`),
      'audited like the English one',
    );
    await cleanUp();
  });

  it('a bad field is refused in the form’s language, naming the field beside it, and nothing is stored', async () => {
    await cleanUp();
    const cases = [
      { locale: 'de', field: 'source', extra: { source: 'keine Adresse' }, says: 'Quelle: Bitte geben Sie eine Webadresse an' },
      { locale: 'de', field: 'problem', extra: { problem: 'falsch' }, says: 'Was falsch ist: Beschreiben Sie es in ein, zwei Sätzen (mindestens 10 Zeichen).' },
      { locale: 'de', field: 'email', extra: { email: 'nicht-mail' }, says: 'E-Mail-Adresse: Das ist keine gültige E-Mail-Adresse' },
      { locale: 'fr', field: 'source', extra: { source: 'pas une adresse' }, says: 'Source : indiquez une adresse web commençant par http:// ou https://.' },
      { locale: 'fr', field: 'fact', extra: { fact: 'no.such.fact' }, says: 'Fait : choisissez-en un dans la liste.' },
    ] as const;
    for (const [i, k] of cases.entries()) {
      const c = t.client(`192.0.2.${42 + i}`);
      const csrf = await readerForm(c, `/${k.locale}/edit/corrections/new?app=signal&section=encryption`);
      const res = await c.post(`/${k.locale}/edit/corrections/new`, valid(csrf, k.extra));
      assert.equal(res.status, 400, `${k.locale} ${k.field}`);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${k.locale}">`));
      assert.ok(
        html.includes(`<span class="field-problem" id="${k.field}-problem">${k.says}`),
        `${k.locale} ${k.field}: ${html.match(/field-problem[^<]*/)?.[0]}`,
      );
      assert.match(html, new RegExp(`aria-describedby="${k.field}-problem"`));
      assert.ok(html.includes(k.locale === 'de' ? 'Bitte korrigieren Sie die unten markierten Angaben.' : 'Veuillez corriger les points signalés ci-dessous.'));
      // the reader's text is kept, and the switcher leads to the form (not to the address it was posted to)
      assert.ok(html.includes(`hreflang="en" lang="en">English</a>`) && html.includes('/edit/corrections/new?app=signal&amp;section=encryption"'));
    }
    // a field too long for the form is named by its label, in the language
    const c = t.client('192.0.2.48');
    const csrf = await readerForm(c, '/fr/edit/corrections/new?app=signal&section=encryption');
    const long = await c.post('/fr/edit/corrections/new', valid(csrf, { problem: 'x'.repeat(2001) }));
    assert.equal(long.status, 400);
    assert.match(await long.text(), /<h1>Correction non envoyée<\/h1>[\s\S]*Ce qui est faux\s: 2\s000 caractères au maximum\./);
    assert.equal((await t.store.editing.listCorrections('open')).length, 0, 'nothing stored');
  });
});
