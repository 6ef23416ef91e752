/** The work list at /edit: open items of every kind, filters, counts, bad filters refused. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEditor, type Client, type TestEditor } from './test-editor.ts';

let t: TestEditor;
let ed: Client;
before(async () => {
  t = await testEditor();
  await t.user('ed@example.org', 'editor');
  ed = t.client();
  assert.equal((await ed.login('ed@example.org')).status, 303);
});
after(() => t.close());

/** The items of one app's section on the work list, as `kind: text`. */
function itemsOf(html: string, slug: string): string[] {
  const section = new RegExp(`<section class="work-app" data-app="${slug}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  return [...section.matchAll(/<li data-kind="([a-z]+)">([\s\S]*?)<\/li>/g)].map(
    (m) => `${m[1]}: ${(m[2] ?? '').replace(/^<strong>[^<]*<\/strong>: /, '').replace(/<[^>]+>/g, '')}`,
  );
}

const countOf = (html: string, kind: string) => Number(new RegExp(`<li data-kind="${kind}"><a [^>]*>[^<]*</a>: (\\d+)</li>`).exec(html)?.[1] ?? 'NaN');

describe('the work list', () => {
  it('lists a reader correction, a re-check from the watcher, a draft and the failing and stale checks, each under its app', async () => {
    await t.store.editing.addCorrection({
      slug: 'threema',
      section: 'encryption',
      fact: 'encryption.protocol',
      problem: 'The protocol is Ibex now.',
      sourceUrl: 'https://threema.ch/en/blog/posts/ibex',
      email: null,
      at: new Date(),
    });
    const at = new Date(Date.now() + 60_000);
    await t.store.recordDocumentCheck({
      slug: 'signal',
      documentId: 'privacy-policy',
      url: 'https://signal.org/legal/',
      checkedAt: at,
      status: 'changed',
      httpStatus: 200,
      error: null,
      etag: null,
      lastModified: null,
      failures: 0,
      nextCheckAt: new Date(at.getTime() + 86_400_000),
      version: {
        text: 'Signal now keeps your contacts.',
        hash: 'sha-test',
        contentType: 'text/html',
        previousHash: null,
        diff: null,
        rechecks: [{ reason: 'the text changed', facts: ['app.accountRequires'], missingQuotes: [] }],
      },
    });
    const draft = await ed.post('/edit/drafts/new', { app: 'wire', _csrf: await ed.csrfFrom('/edit') });
    assert.equal(draft.status, 303);

    const res = await ed.get('/edit');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const html = await res.text();
    assert.ok(
      itemsOf(html, 'threema').some((i) => /^correction: #\d+ on encryption\.protocol/.test(i)),
      itemsOf(html, 'threema').join('\n'),
    );
    assert.ok(
      itemsOf(html, 'signal').some((i) => /^recheck: The privacy policy changed on \d{4}-\d\d-\d\d: the text changed \(facts: app\.accountRequires\)/.test(i)),
      itemsOf(html, 'signal').join('\n'),
    );
    assert.ok(itemsOf(html, 'wire').some((i) => /^draft: #\d+ by ed@example\.org: editing/.test(i)));
    // zoom's sharing sources are older than the rubric's threshold (a warning `check` prints for the bundled data).
    assert.ok(
      itemsOf(html, 'zoom').some((i) => /^stale: sharing\.parties: warning \[core-fact-stale\]/.test(i)),
      itemsOf(html, 'zoom').join('\n'),
    );
    assert.ok(countOf(html, 'correction') >= 1 && countOf(html, 'recheck') >= 1 && countOf(html, 'draft') >= 1 && countOf(html, 'stale') >= 1);
  });

  it('on the German and French work lists a check finding is in that language, and is not marked as English', async () => {
    const de = itemsOf(await (await ed.get('/de/edit')).text(), 'zoom').find((i) => i.includes('[core-fact-stale]')) ?? '';
    assert.match(de, /^stale: [\w.]+: Warnung \[core-fact-stale\]: Die neueste Quelle \(/, de);
    const fr = itemsOf(await (await ed.get('/fr/edit')).text(), 'zoom').find((i) => i.includes('[core-fact-stale]')) ?? '';
    assert.match(fr, /^stale: [\w.]+\u00a0: avertissement \[core-fact-stale\]\u00a0: sa source la plus récente \(/, fr);
    const html = await (await ed.get('/de/edit')).text();
    assert.match(html, /<li data-kind="stale"><strong>[^<]*<\/strong>: <span>[\w.]+: Warnung/, 'the German finding is not inside lang="en"');
  });

  it('filters by kind and by category, and the counts follow the category', async () => {
    const html = await (await ed.get('/edit?kind=correction')).text();
    const kinds = [...html.matchAll(/<section class="work-app"[\s\S]*?<\/section>/g)].flatMap((m) =>
      [...m[0].matchAll(/<li data-kind="([a-z]+)"/g)].map((k) => k[1]),
    );
    assert.ok(kinds.length >= 1);
    assert.deepEqual([...new Set(kinds)], ['correction']);
    assert.match(html, /<option value="correction" selected="">/);

    const messaging = await (await ed.get('/edit?category=messaging')).text();
    assert.ok(messaging.includes('data-app="signal"'));
    assert.ok(!messaging.includes('data-app="zoom"'), 'zoom is not a messaging app');
    const all = await (await ed.get('/edit')).text();
    assert.ok(countOf(messaging, 'stale') <= countOf(all, 'stale'));
  });

  it('a filter it does not know is a 400 naming the parameter, not a 500', async () => {
    const kind = await ed.get('/edit?kind=%3Cscript%3E');
    assert.equal(kind.status, 400);
    const body = await kind.text();
    assert.match(body, /The filter kind must be one of all, stale, recheck, correction, draft, check \(not &quot;&lt;script&gt;&quot;\)/);
    assert.ok(!body.includes('<script>'));
    const category = await ed.get('/edit?category=nope');
    assert.equal(category.status, 400);
    assert.match(await category.text(), /The filter category must be all or one of/);
  });

  it('signed-out visitors are sent to the login page', async () => {
    const res = await t.client('192.0.2.99').get('/edit?kind=stale');
    assert.equal(res.status, 303);
    assert.match(res.headers.get('location') ?? '', /^\/edit\/login/);
  });
});
