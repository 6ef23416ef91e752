import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { bundledSite, TEST_SITE_URL } from '../../test/support/site.ts';
import { htmlEscaped } from '../../test/support/html.ts';
import type { Store } from '../store/index.ts';
import type { createApp } from './app.tsx';
import type { SiteData } from './site-data.ts';
import { percent } from './methodology/view.tsx';

let store: Store;
let site: SiteData;
let app: ReturnType<typeof createApp>;
before(async () => ({ store, site, app } = await bundledSite()));
after(() => store.close());

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await app.request(url, { headers });
  return { res, text: await res.text() };
};

/** Checks that XML is well formed: one root, tags balanced and nested, only known entities. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)|<(?![/A-Za-z_])/gi;
  for (const m of body.matchAll(token)) {
    if (m[2] === undefined) assert.fail(`stray "${m[0]}" at ${m.index}`);
    if (stack.length === 0 && m[1] !== '/') roots++;
    if (m[1] === '/') assert.equal(stack.pop(), m[2], `closing </${m[2]}> at ${m.index}`);
    else if (m[4] !== '/') stack.push(m[2]);
  }
  assert.deepEqual(stack, [], 'every element is closed');
  assert.equal(roots, 1, 'one root element');
}

describe('home', () => {
  test('has a search form, categories with counts, best-rated apps and recent updates', async () => {
    const { res, text } = await get('/');
    assert.equal(res.status, 200);
    assert.match(text, /<form method="get" action="\/search" role="search"/);
    assert.match(text, /<label for="q">/);
    assert.match(text, /<a href="\/categories\/messaging">Messaging<\/a> <span class="muted">\(\d+ apps\)<\/span>/);
    assert.match(text, /id="best-heading">Best-rated apps/);
    assert.match(text, /id="recent-heading">Recently updated reviews/);
    assert.match(text, /<script src="\/assets\/js\/search\.[0-9a-f]{12}\.js" defer/);
    assert.doesNotMatch(text, /<script src="\/assets\/js\/minisearch/, 'MiniSearch is fetched on first use, not with the page');
    assert.match(text, /<meta property="og:title"/);
    assert.match(text, /<meta name="twitter:card" content="summary"/);
    assert.match(text, /"@type":"BreadcrumbList"/);
  });

  test('its scripts and the search index are served with ETags and 304s', async () => {
    const { text } = await get('/');
    const scripts = text.match(/\/assets\/js\/[^"]+\.js/g) ?? [];
    const searchJs = (await get(scripts.find((s) => s.includes('/search.')) ?? assert.fail('no search script'))).text;
    const engine = searchJs.match(/\/assets\/js\/minisearch\.[0-9a-f]{12}\.js/)?.[0] ?? assert.fail('search.js names no MiniSearch URL');
    for (const src of [...scripts, engine]) {
      const { res } = await get(src);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /javascript/);
      assert.match(res.headers.get('cache-control') ?? '', /immutable/);
      assert.equal((await get(src, { 'if-none-match': res.headers.get('etag') ?? '' })).res.status, 304);
    }
    const { res, text: json } = await get('/search-index.json');
    assert.equal(res.status, 200);
    const parsed: { index: unknown; options: { idField: string } } = JSON.parse(json);
    assert.equal(parsed.options.idField, 'slug');
    assert.ok(parsed.index);
    assert.equal((await get('/search-index.json', { 'if-none-match': res.headers.get('etag') ?? '' })).res.status, 304);
  });
});

describe('category pages', () => {
  test('rank every app of the category with its score and four ratings as text and icon', async () => {
    const { res, text } = await get('/categories/messaging');
    assert.equal(res.status, 200);
    const snapshot = await site.snapshot();
    const apps = snapshot.apps.filter((a) => a.review.category === 'messaging');
    const rows = text.match(/<tr data-slug="[^"]+">[\s\S]*?<\/tr>/g) ?? [];
    assert.equal(rows.length, apps.length);
    for (const row of rows) assert.equal((row.match(/class="icon"/g) ?? []).length, 5, 'score and four ratings each carry an icon');
    const first = rows[0] ?? '';
    const best = [...apps].sort((a, b) => (b.score.score ?? -1) - (a.score.score ?? -1))[0];
    assert.ok(best && first.includes(`data-slug="${best.review.slug}"`), 'the best-scored app ranks first');
  });

  test('filter and sort by the URL query, with a GET form that needs no script', async () => {
    const { text } = await get('/categories/messaging?has=open-source&has=e2ee&sort=name');
    assert.match(text, /<input type="checkbox" id="has-e2ee" name="has" value="e2ee" checked/);
    assert.match(text, /<option value="name" selected/);
    const names = [...text.matchAll(/<th scope="row"><a href="\/apps\/([^"]+)">([^<]+)<\/a>/g)].map((m) => m[2] ?? '');
    assert.ok(names.length > 0);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b)),
    );
    const snapshot = await site.snapshot();
    const closed = snapshot.apps.filter(
      (a) => a.review.category === 'messaging' && !('value' in a.review.app.clientOpenSource && a.review.app.clientOpenSource.value === 'yes'),
    );
    for (const a of closed) assert.ok(!text.includes(`data-slug="${a.review.slug}"`), `${a.review.slug} is not open source`);
    assert.match(text, /matches?\.|match\./);
  });

  test('a bad sort or filter is a 400 naming the parameter; an unknown category is a 404', async () => {
    const bad = await get('/categories/messaging?sort=colour');
    assert.equal(bad.res.status, 400);
    assert.match(bad.text, /<code>sort<\/code>/);
    const badFilter = await get('/categories/messaging?has=cheap');
    assert.equal(badFilter.res.status, 400);
    assert.match(badFilter.text, /<code>has<\/code>/);
    assert.equal((await get('/categories/no-such-category')).res.status, 404);
  });

  test('answer 304 to a matching If-None-Match', async () => {
    const { res } = await get('/categories/messaging?sort=encryption');
    const etag = res.headers.get('etag');
    assert.ok(etag);
    assert.equal((await get('/categories/messaging?sort=encryption', { 'if-none-match': etag })).res.status, 304);
  });
});

describe('search', () => {
  test('finds apps despite a typo, without JavaScript', async () => {
    const { res, text } = await get('/search?q=signl');
    assert.equal(res.status, 200);
    assert.match(text, /<a href="\/apps\/signal">Signal<\/a>/);
    assert.match(text, /value="signl"/);
  });

  test('an empty query shows the form; a query that matches nothing says so', async () => {
    const empty = await get('/search');
    assert.equal(empty.res.status, 200);
    assert.match(empty.text, /<input type="search" id="q" name="q"/);
    assert.doesNotMatch(empty.text, /results-heading/);
    assert.match((await get('/search?q=zzqxv')).text, /No app matches/);
  });

  test('an over-long or repeated query is a 400 naming q', async () => {
    const long = await get(`/search?q=${'a'.repeat(201)}`);
    assert.equal(long.res.status, 400);
    assert.match(long.text, /<code>q<\/code>/);
    assert.equal((await get('/search?q=a&q=b')).res.status, 400);
  });
});

describe('compare', () => {
  test('puts two apps side by side, marks the better value in words and says why', async () => {
    const { res, text } = await get('/compare/imessage-vs-signal');
    assert.equal(res.status, 200);
    assert.match(text, /<h1>iMessage vs Signal: which is more private\?<\/h1>/);
    assert.match(text, /<strong class="better"> <span aria-hidden="true">✓<\/span> Better<\/strong>/);
    assert.match(text, /End-to-end encryption of content/);
    assert.match(text, /class="why"/);
  });

  test('a rating one app has no sub-score for is not "level" and makes neither app better (WhatsApp and Olvid, 2026-12-01)', async () => {
    const { res, text } = await get('/compare/olvid-vs-whatsapp');
    assert.equal(res.status, 200);
    const controls = text.slice(text.indexOf('id="cmp-controls"'), text.indexOf('</section>', text.indexOf('id="cmp-controls"')));
    assert.match(controls, /Not known for Olvid, so no app can be said to do better\./);
    assert.match(controls, /Can&#39;t be compared: one app has no sub-score|Can't be compared: one app has no sub-score/);
    assert.doesNotMatch(controls, /<tr class="dimension-row">[\s\S]*?is-better[\s\S]*?<\/tr>/);
    assert.doesNotMatch(controls, /<span class="why">Level<\/span>/);
  });

  test('parses slugs that contain hyphens', async () => {
    const { res, text } = await get('/compare/facebook-messenger-vs-signal');
    assert.equal(res.status, 200);
    assert.match(text, /Facebook Messenger/);
  });

  test('?apps= compares up to four; two redirect to the pair URL; bad lists are a 400 naming apps', async () => {
    const three = await get('/compare?apps=signal,whatsapp,telegram');
    assert.equal(three.res.status, 200);
    assert.match(three.text, /Signal vs WhatsApp vs Telegram/);
    const two = await get('/compare?apps=signal,whatsapp');
    assert.equal(two.res.status, 301);
    assert.equal(two.res.headers.get('location'), '/compare/signal-vs-whatsapp');
    for (const q of ['signal,nope', 'signal', 'signal,signal', 'signal,whatsapp,telegram,imessage,threema']) {
      const bad = await get(`/compare?apps=${q}`);
      assert.equal(bad.res.status, 400, q);
      assert.match(bad.text, /<code>apps<\/code>/);
    }
    assert.equal((await get('/compare/signal-vs-nope')).res.status, 404);
    assert.match((await get('/compare')).text, /<select id="app-1" name="apps"/);
  });

  test('review pages link to comparisons with their safer alternatives', async () => {
    const { text } = await get('/apps/telegram');
    assert.match(text, /<a href="\/compare\/telegram-vs-[a-z0-9-]+" class="compare-link">/);
  });
});

describe('methodology', () => {
  test('shows every number of the rubric the code uses', async () => {
    const { res, text } = await get('/methodology');
    assert.equal(res.status, 200);
    const rubric = (await site.snapshot()).catalog.rubric;
    assert.match(text, new RegExp(`id="rubric-version">${rubric.version.replace(/\./g, '\\.')}<`));
    for (const d of rubric.dimensions) {
      assert.ok(text.includes(`<td data-weight="${d.id}" data-label="Share of the score">${percent(d.weight)}</td>`), `${d.id} weight`);
      const total = d.criteria.reduce((s, c) => s + c.weight, 0);
      for (const l of d.levels) assert.ok(text.includes(`<td>${l.min}</td>`) && text.includes(l.level), `${d.id} level ${l.level}`);
      for (const c of d.criteria) {
        assert.ok(text.includes(`${c.weight} of ${total}`), `${c.id} weight`);
        if ('points' in c) for (const share of Object.values(c.points)) assert.ok(text.includes(`earns ${percent(share)}`), `${c.id} points`);
        if ('params' in c) for (const [k, v] of Object.entries(c.params)) assert.ok(text.includes(`${k} = ${v}`), `${c.id} ${k}`);
      }
    }
    for (const l of rubric.labels) assert.ok(text.includes(`<td>${l.min}</td>`) && text.includes(l.label));
    assert.match(text, new RegExp(`id="coverage-minimum">${percent(rubric.coverage.minimum)}<`));
    assert.match(text, new RegExp(`id="max-penalty">${rubric.controversies.maxPenalty}<`));
    for (const [severity, points] of Object.entries(rubric.controversies.severity))
      assert.ok(text.includes(`<th scope="row">${severity}</th><td>${points}</td>`));
    for (const r of rubric.controversies.recency) assert.ok(text.includes(`<td>${r.withinYears} years</td><td>${r.factor}</td>`));
    for (const entry of rubric.changelog) for (const change of entry.changes) assert.ok(text.includes(htmlEscaped(change)), change);
  });
});

describe('about', () => {
  test('discloses who reviews, funding, independence of scores and the data licence', async () => {
    const { res, text } = await get('/about');
    assert.equal(res.status, 200);
    for (const heading of ['Who reviews the apps', 'How the site is funded', 'Products never affect scores', 'The data is open'])
      assert.ok(text.includes(heading), heading);
    assert.match(text, /CC BY 4\.0/);
  });
});

describe('review history', () => {
  test('shows the score history as an accessible SVG and what changed per revision', async () => {
    const snapshot = await site.snapshot();
    const signal = snapshot.bySlug.get('signal');
    assert.ok(signal);
    const facts = structuredClone(signal.row.facts);
    assert.ok(typeof facts === 'object' && facts !== null && 'encryption' in facts);
    const changed = { ...signal.row, facts: { ...facts, app: { ...signal.review.app, minimumAge: { unknown: 'the terms no longer say' } } } };
    await store.saveRevision(
      { ...changed, score: (signal.row.score ?? 5) - 0.4 },
      { author: 'editor', note: 'Minimum age no longer stated', at: new Date('2026-12-01T13:00:00Z') },
    );
    const { text } = await get('/apps/signal');
    assert.match(text, /<svg[^>]*role="img"[^>]*aria-label="Signal&#39;s Safety Score by revision: /);
    assert.match(text, /<title>Signal&#39;s Safety Score by revision/);
    assert.match(text, /score \d+\.\d\/10 → \d+\.\d\/10/);
    assert.match(text, /<summary>What changed \(1\)<\/summary>/);
    assert.match(text, /Minimum age: \d+ → unknown/);
    assert.match(text, /<meta property="og:type" content="article"/);
    const feed = await get('/feed.xml');
    assert.match(feed.text, /<title>Signal: score \d+\.\d\/10 → \d+\.\d\/10<\/title>/);
  });
});

describe('feed, sitemap, robots and badges', () => {
  test('the Atom feed is well-formed and lists review updates', async () => {
    const { res, text } = await get('/feed.xml');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /application\/atom\+xml/);
    assertWellFormedXml(text);
    assert.match(text, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    assert.ok((text.match(/<entry>/g) ?? []).length > 0);
    assert.equal((await get('/feed.xml', { 'if-none-match': res.headers.get('etag') ?? '' })).res.status, 304);
  });

  test('the sitemap is well-formed and lists every app, category and page', async () => {
    const { res, text } = await get('/sitemap.xml');
    assert.equal(res.status, 200);
    assertWellFormedXml(text);
    const snapshot = await site.snapshot();
    for (const a of snapshot.apps) assert.ok(text.includes(`<loc>${TEST_SITE_URL}/apps/${a.review.slug}</loc>`), a.review.slug);
    for (const path of ['/', '/methodology', '/about', '/categories/messaging']) assert.ok(text.includes(`<loc>${TEST_SITE_URL}${path}</loc>`), path);
    assert.match(text, /\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+<\/loc>/);
    assert.equal((await get('/sitemap.xml', { 'if-none-match': res.headers.get('etag') ?? '' })).res.status, 304);
  });

  test('robots.txt points at the sitemap', async () => {
    const { text } = await get('/robots.txt');
    assert.match(text, new RegExp(`Sitemap: ${TEST_SITE_URL}/sitemap\\.xml`));
  });

  test('a badge is an accessible, cacheable SVG with score and label', async () => {
    const { res, text } = await get('/badge/signal.svg');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /image\/svg\+xml/);
    assert.match(res.headers.get('cache-control') ?? '', /max-age=\d+/);
    assertWellFormedXml(text);
    assert.match(text, /<title>Signal: PrivacyDefend Safety Score (\d+\.\d out of 10, [A-Za-z ]+|not rated[^<]*)<\/title>/);
    assert.equal((await get('/badge/signal.svg', { 'if-none-match': res.headers.get('etag') ?? '' })).res.status, 304);
    assert.equal((await get('/badge/no-such-app.svg')).res.status, 404);
    assert.equal((await get('/badge/signal.png')).res.status, 404);
  });
});

describe('every page', () => {
  test('carries BreadcrumbList JSON-LD, OpenGraph meta and ETag/304', async () => {
    for (const path of ['/', '/methodology', '/about', '/categories/messaging', '/search', '/compare', '/compare/imessage-vs-signal', '/apps/signal']) {
      const { res, text } = await get(path);
      assert.equal(res.status, 200, path);
      assert.match(text, /"@type":"BreadcrumbList"/, path);
      assert.match(text, /<meta property="og:url" content="https:\/\/privacydefend\.test\//, path);
      const etag = res.headers.get('etag');
      assert.ok(etag, path);
      assert.equal((await get(path, { 'if-none-match': etag })).res.status, 304, path);
    }
  });
});
