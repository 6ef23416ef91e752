import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { manifestText, splicedManifestText, type ExportManifest } from './export-site.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const settings: ExportManifest['settings'] = { siteUrl: 'https://example.org', hsts: 63072000, gzipLevel: 6, brotliQuality: 5, corrections: null };

function exportOf(files: Record<string, string>) {
  const urls: Record<string, string> = {};
  for (const file of Object.keys(files)) urls[`/${file.replace(/\/?index\.html$/, '')}`] = file;
  return { files, urls };
}

const before = exportOf({
  'index.html': sha('home'),
  'apps/signal/index.html': sha('signal'),
  'de/index.html': sha('de home'),
  'apps/a"b/index.html': sha('odd'),
  'index.html.x/index.html': sha('x'),
});
const keysBefore = { global: sha('global'), apps: { signal: `${sha('own')} ${sha('peer')} messaging`, threema: `${sha('t')} ${sha('tp')} messaging` } };
const text = manifestText(settings, before, keysBefore);
const parsed = JSON.parse(text) as ExportManifest;

test('an update with the same files is the manifest written whole, spliced from the previous text', () => {
  const now = exportOf({ ...before.files, 'index.html': sha('home 2'), 'apps/a"b/index.html': sha('odd 2') });
  const keys = { global: sha('global'), apps: { ...keysBefore.apps, signal: `${sha('own 2')} ${sha('peer')} messaging` } };
  const spliced = splicedManifestText(text, parsed, settings, now, keys);
  assert.equal(spliced, manifestText(settings, now, keys));
  // Nothing changed: the same text.
  assert.equal(splicedManifestText(text, parsed, settings, before, keysBefore), text);
});

test('another set of files or URLs, other settings, or a text laid out otherwise is not spliced', () => {
  const added = exportOf({ ...before.files, 'apps/new/index.html': sha('new') });
  assert.equal(splicedManifestText(text, parsed, settings, added, keysBefore), undefined);
  const fewer = exportOf({ 'index.html': sha('home') });
  assert.equal(splicedManifestText(text, parsed, settings, fewer, keysBefore), undefined);
  const moved = { files: before.files, urls: { ...before.urls, '/': 'de/index.html' } };
  assert.equal(splicedManifestText(text, parsed, settings, moved, keysBefore), undefined);
  assert.equal(splicedManifestText(text, parsed, { ...settings, gzipLevel: 9 }, before, keysBefore), undefined);
  assert.equal(splicedManifestText(JSON.stringify(parsed, null, 1), parsed, settings, before, keysBefore), undefined);
  // The manifest's hash is not the one in its text: not trusted.
  const wrong = { ...parsed, files: { ...parsed.files, 'index.html': sha('other') } };
  assert.equal(splicedManifestText(text, wrong, settings, exportOf({ ...before.files, 'index.html': sha('home 3') }), keysBefore), undefined);
});
