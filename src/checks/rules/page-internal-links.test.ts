import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageInternalLinks } from './page-internal-links.ts';
import { htmlContext, pageContext } from '../test-fixtures.ts';

test('every link on the rendered page resolves', () => {
  assert.deepEqual(pageInternalLinks.check(pageContext()), []);
});

test('links to a missing app, category or footnote are reported; known routes pass', () => {
  const body =
    '<a href="/apps/signal">ok</a><a href="/categories/messaging">ok</a><a href="/about">ok</a><a href="/compare/signal-vs-whatsapp">ok</a>' +
    '<a href="/apps/nope">x</a><a href="/categories/nope">x</a><a href="/pricing">x</a><a href="#source-9">x</a><p id="source-1"></p><a href="#source-1">ok</a>';
  assert.deepEqual(
    pageInternalLinks.check(htmlContext(body)).map((i) => i.path),
    ['link /apps/nope', 'link /categories/nope', 'link /pricing', 'link #source-9'],
  );
});

test('the API reference exists in every language, the API under /api/v1 once', () => {
  const body = '<a href="/api">ok</a><a href="/de/api">ok</a><a href="/fr/api#get-apps">ok</a><a href="/api/v1/apps">ok</a><a href="/de/api/v1/apps">x</a>';
  assert.deepEqual(
    pageInternalLinks.check(htmlContext(body)).map((i) => i.path),
    ['link /de/api/v1/apps'],
  );
});
