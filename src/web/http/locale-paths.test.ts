import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternatePaths, englishPath, localeOfPath, localiseLinks, localPath, suggestedLocale } from './locale-paths.ts';

test('a path names its language by its prefix, and each page has one path per language', () => {
  assert.equal(localeOfPath('/de/apps/signal'), 'de');
  assert.equal(localeOfPath('/fr'), 'fr');
  assert.equal(localeOfPath('/apps/signal'), 'en');
  assert.equal(localeOfPath('/design'), 'en');
  assert.equal(englishPath('/de/apps/signal'), '/apps/signal');
  assert.equal(englishPath('/fr'), '/');
  assert.equal(localPath('de', '/'), '/de');
  assert.equal(localPath('fr', '/apps/signal#sources-heading'), '/fr/apps/signal#sources-heading');
  assert.equal(localPath('de', '/api/v1/apps'), '/api/v1/apps', 'the API exists once');
  assert.equal(localPath('de', '/api'), '/de/api', 'its reference page is in every language');
  assert.equal(localPath('fr', '/api#get-apps'), '/fr/api#get-apps');
  assert.equal(localPath('de', '/api/v1/openapi.json'), '/api/v1/openapi.json');
  assert.equal(localPath('de', '/apis'), '/apis');
  assert.equal(localPath('de', '/downloads/'), '/de/downloads/');
  assert.equal(localPath('de', '/downloads/privacydefend.json'), '/downloads/privacydefend.json');
  assert.deepEqual(alternatePaths('/fr/compare'), [
    { locale: 'en', path: '/compare' },
    { locale: 'de', path: '/de/compare' },
    { locale: 'fr', path: '/fr/compare' },
  ]);
});

test('a German page moves its links to pages under /de, and leaves the switcher, assets, the API and absolute URLs alone', () => {
  const html =
    '<a href="/apps/signal">x</a><a href="/">home</a><form action="/search"></form><a href="/api/v1/apps">api</a>' +
    '<link rel="stylesheet" href="/assets/site.css"/><a href="/apps/signal" hreflang="en">English</a><a href="https://example.org/apps">ext</a><a href="#faq">faq</a>';
  assert.equal(
    localiseLinks(html, 'de'),
    '<a href="/de/apps/signal">x</a><a href="/de">home</a><form action="/de/search"></form><a href="/api/v1/apps">api</a>' +
      '<link rel="stylesheet" href="/assets/site.css"/><a href="/apps/signal" hreflang="en">English</a><a href="https://example.org/apps">ext</a><a href="#faq">faq</a>',
  );
  assert.equal(localiseLinks(html, 'en'), html);
});

test('Accept-Language suggests the preferred language the site has, if it is not the page’s own', () => {
  assert.equal(suggestedLocale('de-DE,de;q=0.9,en;q=0.8', 'en'), 'de');
  assert.equal(suggestedLocale('es-ES,es;q=0.9,fr;q=0.5,en;q=0.4', 'en'), 'fr');
  assert.equal(suggestedLocale('en-GB,en;q=0.9,de;q=0.8', 'en'), undefined);
  assert.equal(suggestedLocale('en-US', 'de'), 'en');
  assert.equal(suggestedLocale('fr;q=0, de;q=0.1', 'en'), 'de');
  assert.equal(suggestedLocale('*', 'en'), undefined);
  assert.equal(suggestedLocale(undefined, 'en'), undefined);
  assert.equal(suggestedLocale(';;;,q=,de;q=abc', 'en'), undefined);
});
