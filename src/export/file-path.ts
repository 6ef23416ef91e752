/**
 * Where a URL's response goes in the exported folder, so that any static host
 * serves it at the same URL: HTML pages as <path>/index.html ("/apps/signal" →
 * "apps/signal/index.html"), files with an extension as themselves
 * ("/feed.xml" → "feed.xml"), and other responses without an extension as
 * <path>/index.<ext> from their content type ("/api/v1/apps" →
 * "api/v1/apps/index.json").
 */

const extensions: Record<string, string> = {
  'text/html': 'html',
  'application/json': 'json',
  'application/problem+json': 'json',
  'application/xml': 'xml',
  'application/atom+xml': 'xml',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/x-ndjson': 'ndjson',
  'application/zip': 'zip',
  'application/gzip': 'gz',
  'application/yaml': 'yaml',
  'image/svg+xml': 'svg',
  'text/css': 'css',
  'text/javascript': 'js',
};

/**
 * The relative file path for a URL path and the response's content type; throws for a path it can't map safely.
 * @example exportFilePath('/apps/signal', 'text/html; charset=UTF-8') // "apps/signal/index.html"
 */
export function exportFilePath(urlPath: string, contentType: string): string {
  if (!urlPath.startsWith('/') || urlPath.includes('?') || urlPath.includes('#'))
    throw new Error(`cannot export "${urlPath}": only plain paths can become files`);
  const segments = urlPath.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (s === '.' || s === '..' || s.includes('\\') || decodeURIComponent(s) !== s)
      throw new Error(`cannot export "${urlPath}": the segment "${s}" can't be a file name`);
  }
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const last = segments.at(-1) ?? '';
  if (type === 'text/html') return [...segments, 'index.html'].join('/');
  if (/\.[a-z0-9]+$/i.test(last)) return segments.join('/');
  const ext = extensions[type];
  if (!ext) throw new Error(`cannot export "${urlPath}": no file extension for its content type "${type}"`);
  return [...segments, `index.${ext}`].join('/');
}
