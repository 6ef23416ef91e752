/** Drafts through the web: edit, validate beside the field, preview, submit, review by another editor, publish. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { formFields } from './test-form.ts';
import { testEditor, type Client, type TestEditor } from './test-editor.ts';

let t: TestEditor;
let alice: Client;
let bob: Client;
let con: Client;
before(async () => {
  t = await testEditor();
  await t.user('alice@example.org', 'editor');
  await t.user('bob@example.org', 'editor');
  await t.user('con@example.org', 'contributor');
  alice = t.client('192.0.2.1');
  bob = t.client('192.0.2.2');
  con = t.client('192.0.2.3');
  for (const [c, email] of [
    [alice, 'alice@example.org'],
    [bob, 'bob@example.org'],
    [con, 'con@example.org'],
  ] as const)
    assert.equal((await c.login(email)).status, 303);
});
after(() => t.close());

async function startDraft(c: Client, app: string): Promise<string> {
  const res = await c.post('/edit/drafts/new', { app, _csrf: await c.csrfFrom('/edit') });
  assert.equal(res.status, 303);
  return res.headers.get('location') ?? '';
}

describe('drafts', () => {
  it('the edit form is generated from the schema: each fact known-with-sources or unknown-with-reason', async () => {
    const path = await startDraft(con, 'signal');
    const html = await (await con.get(path)).text();
    assert.match(html, /name="encryption.e2ee.backups#state" value="known"/);
    assert.match(html, /name="encryption.e2ee.backups.sources.0" [^>]*list="source-ids"/);
    assert.match(html, /name="encryption.e2ee.backups.sources#rows" value="\d+"/);
    assert.match(html, /name="sources.0#key" [^>]*value="[a-z0-9-]+"/);
    assert.match(html, /name="sources.0.url"/);
    assert.doesNotMatch(html, /\(YAML\)/, 'no list is a YAML box');
    assert.match(html, /name="encryption.e2ee.backups#unknown"/);
    assert.match(html, /<select name="encryption.inTransit#value"/);
    assert.match(html, /name="name"/);
  });

  it('a problem is shown beside its field, a fixed draft is submitted, its author cannot approve it, another editor publishes it', async () => {
    const path = await startDraft(alice, 'signal');
    const id = path.split('/').at(-1) ?? '';
    const before = (await t.store.getApp('signal'))?.revision ?? 0;
    let fields = formFields(await (await alice.get(path)).text(), path);
    fields['encryption.protocol.sources.0'] = 'no-such-source';
    fields._note = 'Protocol: cite the right document';
    const bad = await alice.post(path, fields);
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /id="problem-encryption.protocol(?:\.sources(?:\.0)?)?"><li>error \[[a-z-]+\]: [^<]*no-such-source/);

    fields = formFields(badHtml, path);
    const original = (await t.store.getApp('signal'))?.facts as { encryption: { protocol: { sources?: string[] } } };
    fields['encryption.protocol.sources.0'] = original.encryption.protocol.sources?.[0] ?? '';
    fields['encryption.protocol#note'] = 'Checked against the protocol documentation.';
    const good = await alice.post(path, fields);
    assert.equal(
      good.status,
      200,
      await good
        .clone()
        .text()
        .then((h) => /data-problems="true">([^<]*)/.exec(h)?.[1] ?? ''),
    );
    const goodHtml = await good.text();
    assert.match(goodHtml, /data-score-before="true">Score now: /);
    assert.match(goodHtml, /data-score-after="true">Score with this draft: /);

    assert.equal((await alice.post(`/edit/drafts/${id}/submit`, { _csrf: await alice.csrfFrom(path) })).status, 200);
    const self = await alice.post(`/edit/drafts/${id}/approve`, { _csrf: await alice.csrfFrom(path) });
    assert.equal(self.status, 403, 'no one approves their own change');
    assert.equal((await con.post(`/edit/drafts/${id}/approve`, { _csrf: await con.csrfFrom(path) })).status, 403, 'a contributor cannot approve');
    assert.equal((await t.store.getApp('signal'))?.revision, before);

    const approved = await bob.post(`/edit/drafts/${id}/approve`, { _csrf: await bob.csrfFrom(path) });
    assert.equal(approved.status, 200);
    assert.match(await approved.text(), /Published as revision \d+ of signal/);
    const latest = await t.store.getApp('signal');
    assert.equal(latest?.revision, before + 1);
    assert.equal(latest?.author, 'alice@example.org (approved by bob@example.org)');
    assert.equal(latest?.note, 'Protocol: cite the right document');
    const page = await (await t.client().get('/apps/signal')).text();
    assert.match(page, /Protocol: cite the right document/, 'the public page shows the new revision');
  });

  it('on the German and French pages a problem beside its field is in that language; the rule id stays as it is', async () => {
    const path = await startDraft(alice, 'signal');
    const fields = formFields(await (await alice.get(path)).text(), path);
    fields['encryption.protocol.sources.0'] = 'no-such-source';
    assert.equal((await alice.post(path, fields)).status, 400);
    const problem = (html: string) => /id="problem-encryption.protocol(?:\.sources(?:\.0)?)?"><li>([^<]*)/.exec(html)?.[1] ?? '';
    const de = problem(await (await alice.get(`/de${path}`)).text());
    assert.match(de, /^Fehler \[fact-sources\]: nennt die Quelle „no-such-source“, die unter sources nicht angelegt ist/, de);
    const fr = problem(await (await alice.get(`/fr${path}`)).text());
    assert.match(fr, /^erreur \[fact-sources\]\u00a0: cite la source «\u00a0no-such-source\u00a0», qui n’est pas déclarée/, fr);
    const en = problem(await (await alice.get(path)).text());
    assert.match(en, /^error \[fact-sources\]: names source &quot;no-such-source&quot;, which is not declared under sources/, en);
  });

  it('a reviewer can send a draft back with a comment; the author edits it again', async () => {
    const path = await startDraft(alice, 'signal');
    const id = path.split('/').at(-1) ?? '';
    const fields = formFields(await (await alice.get(path)).text(), path);
    fields._note = 'A note';
    fields['owner.company'] = `${fields['owner.company']} Inc.`;
    assert.equal((await alice.post(path, fields)).status, 200);
    assert.equal((await alice.post(`/edit/drafts/${id}/submit`, { _csrf: await alice.csrfFrom(path) })).status, 200);
    const sent = await bob.post(`/edit/drafts/${id}/request-changes`, { _csrf: await bob.csrfFrom(path), comment: '<b>needs</b> a better source' });
    assert.equal(sent.status, 200);
    const html = await (await alice.get(path)).text();
    assert.match(html, /data-status="changes-requested">changes requested/);
    assert.match(html, /&lt;b&gt;needs&lt;\/b&gt; a better source/);
    assert.match(html, /Save and check/);
  });

  it('hostile text typed into draft fields is shown escaped', async () => {
    const path = await startDraft(con, 'signal');
    const fields = formFields(await (await con.get(path)).text(), path);
    fields.name = '<script>alert(1)</script>';
    fields['encryption.protocol#note'] = '"><img src=x onerror=alert(1)>';
    fields._note = '</textarea><script>alert(2)</script>';
    const res = await con.post(path, fields);
    const html = await res.text();
    assert.doesNotMatch(html, /<script>alert|<img src=x/);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('someone else cannot edit a draft', async () => {
    const path = await startDraft(con, 'signal');
    const fields = formFields(await (await con.get(path)).text(), path);
    fields._csrf = await alice.csrfFrom(path);
    assert.equal((await alice.post(path, fields)).status, 403);
  });
});

describe('history and revert', () => {
  it('the history lists every revision with its changes, and reverting publishes the old facts as a new revision', async () => {
    const slug = 'threema';
    const original = await t.store.getApp(slug);
    assert.ok(original);
    // A change, published.
    let path = await startDraft(alice, slug);
    let id = path.split('/').at(-1) ?? '';
    const fields = formFields(await (await alice.get(path)).text(), path);
    fields['owner.company'] = `${fields['owner.company']} (renamed)`;
    fields._note = 'Owner renamed';
    assert.equal((await alice.post(path, fields)).status, 200);
    assert.equal((await alice.post(`/edit/drafts/${id}/submit`, { _csrf: await alice.csrfFrom(path) })).status, 200);
    assert.equal((await bob.post(`/edit/drafts/${id}/approve`, { _csrf: await bob.csrfFrom(path) })).status, 200);

    const history = await (await bob.get(`/edit/apps/${slug}/history`)).text();
    assert.match(
      history,
      new RegExp(
        `Revision ${original.revision + 1}, [^<]*by <span lang="en">alice@example.org \\(approved by bob@example.org\\)</span>: <span lang="en">Owner renamed`,
      ),
    );

    // Revert to the original revision: a draft holding its facts, reviewed like any change.
    const res = await bob.post('/edit/drafts/new', { app: slug, revision: String(original.revision), _csrf: await bob.csrfFrom('/edit') });
    assert.equal(res.status, 303);
    path = res.headers.get('location') ?? '';
    id = path.split('/').at(-1) ?? '';
    assert.equal((await bob.post(`/edit/drafts/${id}/submit`, { _csrf: await bob.csrfFrom(path) })).status, 200);
    assert.equal((await alice.post(`/edit/drafts/${id}/approve`, { _csrf: await alice.csrfFrom(path) })).status, 200);
    const latest = await t.store.getApp(slug);
    assert.equal(latest?.revision, original.revision + 2);
    assert.equal(latest?.note, `Revert to revision ${original.revision}`);
    assert.deepEqual(latest?.facts, original.facts);
  });
});

describe('an empty draft', () => {
  it('a draft that changes nothing cannot be submitted', async () => {
    const path = await startDraft(alice, 'signal');
    const id = path.split('/').at(-1) ?? '';
    const fields = formFields(await (await alice.get(path)).text(), path);
    fields._note = 'Nothing really';
    assert.equal((await alice.post(path, fields)).status, 200);
    const res = await alice.post(`/edit/drafts/${id}/submit`, { _csrf: await alice.csrfFrom(path) });
    assert.equal(res.status, 400);
    assert.match(await res.text(), /changes nothing/);
  });
});

describe('list fields as rows', () => {
  it('"Add a row" re-renders the form with one more empty row (nothing saved); a bad row shows its problem beside its field; "Remove" drops a row', async () => {
    const path = await startDraft(alice, 'signal');
    const html = await (await alice.get(path)).text();
    const rows = Number(/name="controversies#rows" value="(\d+)"/.exec(html)?.[1]);
    assert.ok(Number.isInteger(rows));
    let fields = formFields(html, path);
    fields._note = 'A controversy';
    const add = await alice.post(path, { ...fields, _action: 'add:controversies' });
    assert.equal(add.status, 200);
    const added = await add.text();
    assert.match(added, new RegExp(`name="controversies#rows" value="${rows + 1}"`));
    assert.match(added, new RegExp(`name="controversies.${rows}.title" id="[^"]+" value=""`));
    assert.doesNotMatch(added, new RegExp(`id="problem-controversies.${rows}`), 'a row just added shows no problems yet');
    assert.equal(
      ((await t.store.editing.getDraft(Number(path.split('/').at(-1))))?.facts as { controversies?: unknown[] } | undefined)?.controversies?.length,
      rows,
      'adding a row saves nothing',
    );

    fields = formFields(added, path);
    Object.assign(fields, {
      [`controversies.${rows}.id`]: 'test-controversy',
      [`controversies.${rows}.date`]: '2025-01',
      [`controversies.${rows}.title`]: '',
      [`controversies.${rows}.summary`]: 'A summary of what happened.',
      [`controversies.${rows}.kind`]: 'other',
      [`controversies.${rows}.severity`]: 'low',
      [`controversies.${rows}.status`]: 'resolved',
      [`controversies.${rows}.sources.0`]: 'no-such-source',
    });
    const bad = await alice.post(path, fields);
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(
      badHtml,
      new RegExp(`<input name="controversies.${rows}.title" id="([^"]+)" value="" maxlength="4000" aria-describedby="problem-controversies.${rows}.title"`),
    );
    assert.match(badHtml, new RegExp(`id="problem-controversies.${rows}.title"><li>must not be empty</li>`));

    const removed = await alice.post(path, { ...formFields(badHtml, path), _action: `remove:controversies.${rows}` });
    assert.equal(removed.status, 200);
    const removedHtml = await removed.text();
    assert.match(removedHtml, new RegExp(`name="controversies#rows" value="${rows}"`));
    assert.doesNotMatch(removedHtml, /test-controversy/);
  });

  it('a source declaration is a row with its id; a blank row is dropped on save', async () => {
    const path = await startDraft(alice, 'threema');
    const html = await (await alice.get(path)).text();
    const n = Number(/name="sources#rows" value="(\d+)"/.exec(html)?.[1]);
    const added = await (await alice.post(path, { ...formFields(html, path), _note: 'x', _action: 'add:sources' })).text();
    assert.match(added, new RegExp(`name="sources.${n}#key" id="[^"]+" value=""`));
    const fields = formFields(added, path);
    const saved = await alice.post(path, fields);
    assert.equal(saved.status, 200, 'the blank row is dropped, not an error');
    const facts = (await t.store.editing.getDraft(Number(path.split('/').at(-1))))?.facts as { sources?: Record<string, unknown> } | undefined;
    assert.equal(Object.keys(facts?.sources ?? {}).length, n);
  });
});

describe('preview', () => {
  it('shows the score before and after, the changed sentences of the page, and the whole page as it would be published', async () => {
    const path = await startDraft(alice, 'signal');
    const id = path.split('/').at(-1) ?? '';
    const fields = formFields(await (await alice.get(path)).text(), path);
    fields._note = 'Backups are not end-to-end encrypted (preview test)';
    fields['encryption.e2ee.backups#value'] = 'none';
    const res = await alice.post(path, fields);
    const html = await res.text();
    assert.match(html, /data-score-before="true">Score now: \d+\.\d\/10 /);
    const after = /data-score-after="true">Score with this draft: ([^<]+)</.exec(html)?.[1] ?? '';
    const before = /data-score-before="true">Score now: ([^<]+)</.exec(html)?.[1] ?? '';
    assert.notEqual(after, before, 'weaker backups move the score');
    assert.match(html, /<li>encryption.e2ee.backups: &quot;opt-in&quot; → &quot;none&quot;<\/li>/);
    const removed = [...html.matchAll(/<li data-change="removed"><del><span class="visually-hidden">Now: <\/span>([^<]*)<\/del>/g)].map((m) => m[1]);
    const added = [...html.matchAll(/<li data-change="added"><ins><span class="visually-hidden">With this draft: <\/span>([^<]*)<\/ins>/g)].map((m) => m[1]);
    assert.ok(removed.length > 0 && added.length > 0, 'some sentences change');
    assert.ok(
      removed.some((l) => /^Backups are end-to-end encrypted only if you turn it on/.test(l ?? '')),
      removed.join('\n'),
    );
    assert.ok(
      added.some((l) => /^Backups are not end-to-end encrypted/.test(l ?? '')),
      added.join('\n'),
    );
    assert.ok(
      added.some((l) => /^End-to-end encryption of backups \| none/.test(l ?? '')),
      `a table row reads as its cells: ${added.join('\n')}`,
    );

    const preview = await alice.get(`/edit/drafts/${id}/preview`);
    assert.equal(preview.status, 200);
    assert.equal(preview.headers.get('cache-control'), 'no-store');
    const page = await preview.text();
    assert.match(page, new RegExp(`Preview of draft #${id} of signal \\(editing\\): not published`));
    assert.match(page, /data-section="encryption"/, 'the real review view');
    assert.ok(page.includes(after.split(' ')[0] ?? 'none'), `the page shows the new score ${after}`);
    assert.ok(!(await (await t.client().get('/apps/signal')).text()).includes('preview test'), 'nothing is published');
  });

  it('another editor can preview a submitted draft; a reader cannot', async () => {
    const path = await startDraft(alice, 'wire');
    const id = path.split('/').at(-1) ?? '';
    assert.equal((await bob.get(`/edit/drafts/${id}/preview`)).status, 200);
    const anon = await t.client('192.0.2.77').get(`/edit/drafts/${id}/preview`);
    assert.equal(anon.status, 303);
    assert.equal((await bob.get('/edit/drafts/999999/preview')).status, 404);
  });
});
