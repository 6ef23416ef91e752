/** Accounts, sessions, CSRF, rate limits and roles, over HTTP through the real app. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hiddenCsrf, PASSWORD, testEditor, type TestEditor } from './test-editor.ts';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from './session.ts';

let t: TestEditor;
before(async () => {
  t = await testEditor();
  await t.user('admin@example.org', 'admin');
  await t.user('ed@example.org', 'editor');
  await t.user('con@example.org', 'contributor');
});
after(() => t.close());

function sessionCookieLine(res: Response): string | undefined {
  return res.headers.getSetCookie().find((l) => l.startsWith('pd_session='));
}

describe('signing in', () => {
  it('the login form carries a _csrf field and posts email and password to /edit/login', async () => {
    const res = await t.client().get('/edit/login');
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<form method="post" action="\/edit\/login">/);
    assert.match(html, /name="_csrf" value="[^"]+"/);
    assert.match(html, /name="email"/);
    assert.match(html, /name="password"/);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  });

  it('a correct password opens a session in an HttpOnly, SameSite=Strict cookie scoped to /edit', async () => {
    const c = t.client();
    const res = await c.login('ed@example.org');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/edit');
    const line = sessionCookieLine(res) ?? '';
    assert.match(line, /HttpOnly/);
    assert.match(line, /SameSite=Strict/);
    assert.match(line, /Path=\/edit/);
    assert.doesNotMatch(line, /Secure/, 'the test site is http');
    const home = await c.get('/edit');
    assert.equal(home.status, 200);
    assert.match(await home.text(), /Signed in as ed@example.org \(editor\)/);
  });

  it('the cookie is Secure when SITE_URL is https', async () => {
    const secure = await testEditor('https://privacydefend.example');
    try {
      await secure.user('s@example.org', 'editor');
      const res = await secure.client().login('s@example.org');
      assert.match(sessionCookieLine(res) ?? '', /Secure/);
    } finally {
      await secure.close();
    }
  });

  it('a login without the right _csrf is refused and opens no session', async () => {
    const c = t.client();
    await c.get('/edit/login');
    const missing = await c.post('/edit/login', { email: 'ed@example.org', password: PASSWORD });
    assert.equal(missing.status, 403);
    const forged = await c.post('/edit/login', { email: 'ed@example.org', password: PASSWORD, _csrf: 'forged' });
    assert.equal(forged.status, 403);
    // A token taken from another browser's form is worth nothing without that browser's cookie.
    const other = await t.client().csrfFrom('/edit/login');
    const stolen = await c.post('/edit/login', { email: 'ed@example.org', password: PASSWORD, _csrf: other });
    assert.equal(stolen.status, 403);
    assert.equal(sessionCookieLine(stolen), undefined);
    assert.equal((await c.get('/edit')).status, 303);
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const c = t.client('192.0.2.50');
    const wrong = await c.login('ed@example.org', 'not the password at all');
    const unknown = await c.login('nobody@example.org', 'not the password at all');
    assert.equal(wrong.status, 401);
    assert.equal(unknown.status, 401);
    const message = (html: string) => /role="alert">([^<]*)</.exec(html)?.[1];
    assert.equal(message(await wrong.text()), message(await unknown.text()));
  });

  it('a session id planted before login is replaced: the id rotates on login', async () => {
    const attacker = t.client('192.0.2.60');
    await attacker.login('con@example.org');
    const planted = attacker.cookies.get('pd_session') ?? '';
    const victim = t.client('192.0.2.61');
    const csrf = await victim.csrfFrom('/edit/login');
    victim.cookies.set('pd_session', planted);
    assert.equal((await victim.post('/edit/login', { email: 'ed@example.org', password: PASSWORD, _csrf: csrf })).status, 303);
    const after = victim.cookies.get('pd_session');
    assert.ok(after !== undefined && after !== planted);
    // The planted id no longer opens anything: logging in ended it.
    const reuse = await attacker.get('/edit');
    assert.equal(reuse.status, 303);
  });

  it('five failed logins to one account lock it for everyone with 429, even with the right password', async () => {
    await t.user('target@example.org', 'editor');
    for (let i = 0; i < 5; i++) assert.equal((await t.client(`198.51.100.${i}`).login('target@example.org', 'guess number one')).status, 401);
    const res = await t.client('198.51.100.99').login('target@example.org');
    assert.equal(res.status, 429);
    assert.ok(res.headers.get('retry-after'));
    // The same limit answers for an email without an account: 429 says nothing about who exists.
    for (let i = 0; i < 5; i++) await t.client(`198.51.101.${i}`).login('ghost@example.org', 'guess number one');
    assert.equal((await t.client('198.51.101.99').login('ghost@example.org', 'guess')).status, 429);
  });

  it('twenty login attempts from one address are answered 429, whichever accounts they try', async () => {
    const c = t.client('203.0.113.7');
    for (let i = 0; i < 20; i++) assert.equal((await c.login(`user${i}@example.org`, 'whatever it is')).status, 401);
    assert.equal((await c.login('admin@example.org')).status, 429);
  });

  it('a session ends after 30 idle minutes, and after 12 hours however active', async () => {
    const c = t.client('192.0.2.70');
    await c.login('ed@example.org');
    t.advance(IDLE_TIMEOUT_MS - 60_000);
    assert.equal((await c.get('/edit')).status, 200);
    t.advance(IDLE_TIMEOUT_MS + 1000);
    assert.equal((await c.get('/edit')).status, 303, 'idle too long');

    const busy = t.client('192.0.2.71');
    await busy.login('ed@example.org');
    for (let elapsed = 0; elapsed < ABSOLUTE_TIMEOUT_MS; elapsed += 20 * 60_000) {
      t.advance(20 * 60_000);
      await busy.get('/edit');
    }
    assert.equal((await busy.get('/edit')).status, 303, 'too old');
  });

  it('"sign out everywhere" ends every session of the user', async () => {
    const laptop = t.client('192.0.2.80');
    const phone = t.client('192.0.2.81');
    await laptop.login('admin@example.org');
    await phone.login('admin@example.org');
    const csrf = await laptop.csrfFrom('/edit');
    const res = await laptop.post('/edit/logout-everywhere', { _csrf: csrf });
    assert.equal(res.status, 303);
    assert.equal((await phone.get('/edit')).status, 303);
    assert.equal((await laptop.get('/edit')).status, 303);
    const log = await t.store.editing.auditLog(5);
    assert.ok(log.some((e) => e.action === 'logout.everywhere' && e.actor === 'admin@example.org' && e.ip === '192.0.2.80'));
  });

  it('a signed-in form without the session CSRF token, or from another origin, is refused', async () => {
    const c = t.client('192.0.2.90');
    await c.login('admin@example.org');
    const noToken = await c.post('/edit/users', { email: 'x1@example.org', role: 'editor' });
    assert.equal(noToken.status, 403);
    const csrf = await c.csrfFrom('/edit/users');
    const crossSite = await c.post('/edit/users', { email: 'x2@example.org', role: 'editor', _csrf: csrf }, { origin: 'https://evil.example' });
    assert.equal(crossSite.status, 403);
    assert.equal(await t.store.editing.findUserByEmail('x1@example.org'), undefined);
    assert.equal(await t.store.editing.findUserByEmail('x2@example.org'), undefined);
    const ok = await c.post('/edit/users', { email: 'x3@example.org', role: 'editor', _csrf: csrf });
    assert.equal(ok.status, 200);
    assert.match(await ok.text(), /\/edit\/setup\?token=/);
  });

  it('a disabled account can no longer sign in and its sessions end', async () => {
    await t.user('leaver@example.org', 'editor');
    const leaver = t.client('192.0.2.100');
    await leaver.login('leaver@example.org');
    const admin = t.client('192.0.2.101');
    await admin.login('admin@example.org');
    const res = await admin.post('/edit/users/disable', { email: 'leaver@example.org', _csrf: await admin.csrfFrom('/edit/users') });
    assert.equal(res.status, 200);
    assert.equal((await leaver.get('/edit')).status, 303);
    assert.equal((await t.client('192.0.2.102').login('leaver@example.org')).status, 401);
  });

  it('a setup link sets the password once; then the account signs in', async () => {
    const admin = t.client('192.0.2.110');
    await admin.login('admin@example.org');
    const added = await admin.post('/edit/users', { email: 'newbie@example.org', role: 'contributor', _csrf: await admin.csrfFrom('/edit/users') });
    const link = /\/edit\/setup\?token=([A-Za-z0-9_-]+)/.exec(await added.text());
    assert.ok(link?.[1]);
    const newbie = t.client('192.0.2.111');
    const form = await newbie.get(`/edit/setup?token=${link[1]}`);
    const csrf = hiddenCsrf(await form.text());
    assert.equal((await newbie.post('/edit/setup', { token: link[1], password: 'short', _csrf: csrf })).status, 400);
    assert.equal((await newbie.post('/edit/setup', { token: link[1], password: 'my own long passphrase', _csrf: csrf })).status, 303);
    assert.equal((await newbie.post('/edit/setup', { token: link[1], password: 'another long passphrase', _csrf: csrf })).status, 400, 'spent');
    assert.equal((await newbie.login('newbie@example.org', 'my own long passphrase')).status, 303);
  });
});

describe('roles', () => {
  it('a contributor cannot reach the admin pages or the moderation queue', async () => {
    const c = t.client('192.0.2.120');
    await c.login('con@example.org');
    for (const path of ['/edit/users', '/edit/audit', '/edit/corrections']) assert.equal((await c.get(path)).status, 403, path);
    const csrf = await c.csrfFrom('/edit');
    assert.equal((await c.post('/edit/users', { email: 'sneaky@example.org', role: 'admin', _csrf: csrf })).status, 403);
    assert.equal(await t.store.editing.findUserByEmail('sneaky@example.org'), undefined);
  });

  it('an editor moderates but cannot manage accounts', async () => {
    const c = t.client('192.0.2.121');
    await c.login('ed@example.org');
    assert.equal((await c.get('/edit/corrections')).status, 200);
    assert.equal((await c.get('/edit/users')).status, 403);
  });

  it('a signed-out visitor is sent to the login page', async () => {
    const res = await t.client().get('/edit/users');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/edit/login?next=%2Fedit%2Fusers');
  });
});

describe('the public site', () => {
  it('sets no cookie and stays publicly cacheable, even for a signed-in editor', async () => {
    const c = t.client('192.0.2.130');
    await c.login('ed@example.org');
    for (const path of ['/', '/apps/signal', '/about', '/methodology', '/api/v1/apps', '/feed.xml']) {
      const res = await c.get(path);
      assert.equal(res.status, 200, path);
      assert.deepEqual(res.headers.getSetCookie(), [], path);
      assert.match(res.headers.get('cache-control') ?? '', /public/, path);
    }
  });
});

describe('signing in, in German and French', () => {
  it('the German login page is in German and posts to /de/edit/login; the session it opens serves every language', async () => {
    const c = t.client('192.0.2.140');
    const page = await c.get('/de/edit/login');
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<title>Anmelden · PrivacyDefend-Redaktion<\/title>/);
    assert.ok(html.includes('<form method="post" action="/de/edit/login">'));
    assert.ok(html.includes('<label for="email">E-Mail-Adresse</label>'));
    assert.ok(html.includes('<label for="password">Passwort</label>'));
    assert.ok(html.includes('<button type="submit">Anmelden</button>'));
    assert.ok(html.includes('<a href="/fr/edit/login" hreflang="fr" lang="fr">Français</a>'), 'the switcher');
    // the pre-session cookie is set for the editor in every language, and for nothing else
    const paths = page.headers
      .getSetCookie()
      .filter((l) => l.startsWith('pd_login='))
      .map((l) => /Path=([^;]+)/.exec(l)?.[1]);
    assert.deepEqual(paths.sort(), ['/de/edit', '/edit', '/fr/edit']);

    const wrong = await c.post('/de/edit/login', { email: 'ed@example.org', password: 'not the password', _csrf: hiddenCsrf(html) });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /E-Mail-Adresse oder Passwort ist falsch, oder das Konto ist deaktiviert\./);

    const ok = await c.post('/de/edit/login', { email: 'ed@example.org', password: PASSWORD, _csrf: hiddenCsrf(html) });
    assert.equal(ok.status, 303);
    assert.equal(ok.headers.get('location'), '/de/edit');
    const sessionPaths = ok.headers
      .getSetCookie()
      .filter((l) => l.startsWith('pd_session='))
      .map((l) => /Path=([^;]+)/.exec(l)?.[1]);
    assert.deepEqual(sessionPaths.sort(), ['/de/edit', '/edit', '/fr/edit']);
    const home = await (await c.get('/de/edit')).text();
    assert.match(home, /<html lang="de">/);
    assert.match(home, /Angemeldet als ed@example\.org \(Redaktion\)\./);
    assert.ok(home.includes('<form method="post" action="/de/edit/logout">'));
    assert.ok(home.includes('<a href="/de/edit/corrections">Korrekturen</a>'));
    const french = await (await c.get('/fr/edit')).text();
    assert.match(french, /Session ouverte\s: ed@example\.org \(rédaction\)\./);
    assert.match(await (await c.get('/edit')).text(), /Signed in as ed@example\.org \(editor\)/);
  });

  it('a signed-out visitor of a French editor page is sent to the French login, and back there after signing in', async () => {
    const c = t.client('192.0.2.141');
    const res = await c.get('/fr/edit/corrections');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/fr/edit/login?next=%2Ffr%2Fedit%2Fcorrections');
    const form = await (await c.get('/fr/edit/login?next=%2Ffr%2Fedit%2Fcorrections')).text();
    assert.match(form, /<html lang="fr">/);
    assert.ok(form.includes('<button type="submit">Se connecter</button>'));
    const ok = await c.post('/fr/edit/login', { email: 'ed@example.org', password: PASSWORD, _csrf: hiddenCsrf(form), next: '/fr/edit/corrections' });
    assert.equal(ok.headers.get('location'), '/fr/edit/corrections');
    // outside the editor, next is refused (a new visitor: signing in ended the first one's pre-session cookie)
    const other = t.client('192.0.2.143');
    const otherForm = await (await other.get('/fr/edit/login')).text();
    const away = await other.post('/fr/edit/login', { email: 'ed@example.org', password: PASSWORD, _csrf: hiddenCsrf(otherForm), next: '/fr/apps/signal' });
    assert.equal(away.status, 303);
    assert.equal(away.headers.get('location'), '/fr/edit');
  });

  it('choosing a password through a setup link works in French, with the password rule in French', async () => {
    const res = await t.client().get('/fr/edit/setup?token=short');
    assert.equal(res.status, 400);
    assert.match(await res.text(), /Ce lien d’activation n’est pas valide\s: demandez-en un nouveau à l’administration\./);
    const c = t.client('192.0.2.142');
    const token = 'a'.repeat(43);
    const page = await (await c.get(`/fr/edit/setup?token=${token}`)).text();
    assert.ok(page.includes('<label for="password">Mot de passe (au moins 12 caractères)</label>'));
    const short = await c.post('/fr/edit/setup', { token, password: 'court', _csrf: hiddenCsrf(page) });
    assert.equal(short.status, 400);
    assert.match(await short.text(), /Mot de passe\s: il doit compter au moins 12 caractères\./);
  });
});
