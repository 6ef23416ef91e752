import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledStore, TEST_SITE_URL } from '../../../test/support/site.ts';
import { SiteData } from '../site-data.ts';
import { createApp, type WebApp } from '../app.tsx';
import type { Store } from '../../store/index.ts';

// The bundled data, with one app (HERE WeGo) given a made-up retirement for this test only.
let dir: string;
let store: Store;
let app: WebApp;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pd-status-'));
  cpSync('data', dir, { recursive: true });
  const file = join(dir, 'apps', 'here-wego.yaml');
  const yaml = readFileSync(file, 'utf8');
  const source = (yaml.match(/^sources:\n {2}([a-z0-9-]+):/m) ?? [])[1] ?? assert.fail('no source in here-wego.yaml');
  writeFileSync(
    file,
    yaml.replace(/^controversies:/m, `history:\n  - { date: 2026-06, kind: retired, summary: "A test retirement.", sources: [${source}] }\n\ncontroversies:`),
  );
  store = await bundledStore({ sqlitePath: ':memory:' }, dir);
  app = createApp({ site: new SiteData(store, 0), siteUrl: TEST_SITE_URL });
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a retired app's page opens with the retirement, and its category list marks it retired", async () => {
  const page = await (await app.request('/apps/here-wego')).text();
  const notice = page.indexOf('data-section="retired"');
  assert.ok(notice > 0 && notice < page.indexOf('data-section="short-answer"'), 'the notice comes before the short answer');
  assert.match(page, /HERE WeGo was retired in June 2026: this review describes it as it was, not as an app to use today\./);
  assert.match(page, /data-section="ownership"/);
  const list = await (await app.request('/categories/maps')).text();
  assert.match(list, /href="\/apps\/here-wego">HERE WeGo<\/a><span class="app-retired"> \(retired\)<\/span>/);
  const current = await (await app.request('/apps/google-maps')).text();
  assert.ok(!current.includes('data-section="retired"'));
});

test('the API gives the retirement and the changes of ownership; lists say which apps are retired', async () => {
  const here = (await (await app.request('/api/v1/apps/here-wego')).json()) as { status: { retired: { date: string; text: string } | null } };
  assert.equal(here.status.retired?.date, '2026-06');
  const express = (await (await app.request('/api/v1/apps/expressvpn')).json()) as {
    status: { retired: unknown; changes: { kind: string; text: string; sources: string[] }[] };
  };
  assert.equal(express.status.retired, null);
  assert.deepEqual(
    express.status.changes.map((c) => [c.kind, c.text, c.sources]),
    [['acquired', 'Kape Technologies plc acquired ExpressVPN.', ['kape-results-2021']]],
  );
  const list = (await (await app.request('/api/v1/apps?category=maps')).json()) as { data: { slug: string; retired: string | null }[] };
  const bySlug = new Map(list.data.map((a) => [a.slug, a.retired]));
  assert.equal(bySlug.get('here-wego'), '2026-06');
  assert.equal(bySlug.get('google-maps'), null);
});
