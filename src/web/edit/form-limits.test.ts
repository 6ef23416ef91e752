/**
 * #16 for the editor's forms: the same limits and character rules as the data
 * format (domain/text.ts) apply to every posted field, with a clear error
 * naming the field, and a refused form changes nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formFields } from './test-form.ts';
import { hiddenCsrf, testEditor, type Client, type TestEditor } from './test-editor.ts';

let t: TestEditor;
let ed: Client;
before(async () => {
  t = await testEditor();
  await t.user('ed@example.org', 'editor');
  ed = t.client('192.0.2.40');
  assert.equal((await ed.login('ed@example.org')).status, 303);
});
after(() => t.close());

/** NUL (PostgreSQL refuses it), ESC (a terminal escape), NEL (a C1 control) and U+FFFF (not XML). */
const CONTROLS = [
  ['\u0000', 'U+0000'],
  ['\u001b', 'U+001B'],
  ['\u0085', 'U+0085'],
  ['\uffff', 'U+FFFF'],
] as const;

async function startDraft(app: string): Promise<string> {
  const res = await ed.post('/edit/drafts/new', { app, _csrf: await ed.csrfFrom('/edit') });
  assert.equal(res.status, 303);
  return res.headers.get('location') ?? '';
}

describe('limits and control characters in every form field', () => {
  it('a reader correction with a control character is refused naming the field and the character, and nothing is stored', async () => {
    for (const [ch, name] of CONTROLS) {
      const c = t.client(`192.0.2.${50 + CONTROLS.findIndex(([x]) => x === ch)}`);
      const csrf = hiddenCsrf(await (await c.get('/edit/corrections/new?app=signal&section=encryption')).text());
      const res = await c.post('/edit/corrections/new', {
        _csrf: csrf,
        app: 'signal',
        section: 'encryption',
        fact: 'encryption.e2ee.backups',
        problem: `Backups are now${ch} end-to-end encrypted by default.`,
        source: 'https://signal.org/blog/',
        email: '',
        website: '',
      });
      assert.equal(res.status, 400, name);
      const html = await res.text();
      assert.match(html, new RegExp(`What is wrong: contains the control character ${name.replace('+', '\\+')} at character 16`), name);
      assert.doesNotMatch(html, /\u001b|\u0000/, 'the refused text is not echoed raw');
    }
    assert.equal((await t.store.editing.listCorrections('open')).length, 0);
  });

  it('newline and tab stay allowed in multi-line text', async () => {
    const c = t.client('192.0.2.60');
    const csrf = hiddenCsrf(await (await c.get('/edit/corrections/new?app=signal&section=encryption')).text());
    const res = await c.post('/edit/corrections/new', {
      _csrf: csrf,
      app: 'signal',
      section: 'encryption',
      fact: 'encryption.e2ee.backups',
      problem: 'Backups are now end-to-end encrypted:\n\tsee the blog post.',
      source: 'https://signal.org/blog/',
      email: '',
      website: '',
    });
    assert.ok(res.status < 400, `status ${res.status}`);
    assert.equal((await t.store.editing.listCorrections('open')).length, 1);
  });

  it('sign-in with a NUL in the email or password gets the one answer every failed sign-in gets, not a crash, and no session', async () => {
    const c = t.client('192.0.2.61');
    for (const fields of [
      { email: 'ed@example.org\u0000', password: 'a long test passphrase' },
      { email: 'ed@example.org', password: 'a long test\u0000 passphrase' },
    ]) {
      const res = await c.post('/edit/login', { ...fields, _csrf: await c.csrfFrom('/edit/login') });
      assert.equal(res.status, 401);
      assert.doesNotMatch(await res.text(), /\u0000/);
      assert.equal(c.cookies.size === 0 || ![...c.cookies.keys()].some((k) => /session/i.test(k)), true, 'no session cookie');
    }
  });

  it('a draft whose note or field holds a control character is refused beside the field; nothing is saved', async () => {
    const path = await startDraft('signal');
    const fields = formFields(await (await ed.get(path)).text(), path);
    const before = await t.store.editing.getDraft(Number(path.split('/').at(-1)));

    const badNote = await ed.post(path, { ...fields, _note: 'Fix\u001b[2J the protocol' });
    assert.equal(badNote.status, 400);
    assert.match(await badNote.text(), /_note: contains the control character U\+001B at character 4/);

    const badName = await ed.post(path, { ...fields, name: 'Sig\u0007nal', _note: 'Rename' });
    assert.equal(badName.status, 400);
    assert.match(await badName.text(), /name: contains the control character U\+0007 at character 4/);
    assert.deepEqual(await t.store.editing.getDraft(Number(path.split('/').at(-1))), before, 'the draft is unchanged');
  });

  it('the form lets a fact note be as long as the data format allows (4,000 characters), and refuses one longer', async () => {
    const path = await startDraft('imessage');
    const html = await (await ed.get(path)).text();
    assert.match(html, /name="encryption.protocol#note" id="[^"]+" value="[^"]*" maxlength="4000"/);
    assert.match(html, /name="encryption.protocol#unknown" id="[^"]+" value="[^"]*" maxlength="2000"/);
    const fields = formFields(html, path);
    const ok = await ed.post(path, { ...fields, 'encryption.protocol#note': 'n'.repeat(4_000), _note: 'A long note' });
    assert.equal(ok.status, 200, /data-problems="true">([^<]*)/.exec(await ok.clone().text())?.[1] ?? '');
    const long = await ed.post(path, { ...fields, 'encryption.protocol#note': 'n'.repeat(4_001), _note: 'Too long a note' });
    assert.equal(long.status, 400);
    assert.match(await long.text(), /is 4,001 characters long; at most 4,000 are allowed/);
  });
});
