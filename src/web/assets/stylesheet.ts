/**
 * Static assets: the stylesheet (with tone colours generated from the rubric)
 * under a content-hashed name, so it can be cached for a year.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { SiteSnapshot } from '../site-data.ts';

export interface Asset {
  body: string;
  type: string;
  etag: string;
  immutable: boolean;
}

export interface Assets {
  version: string;
  stylesheetPath: string;
  files: Map<string, Asset>;
  favicon: Asset;
}

const baseCss = readFileSync(new URL('./site.css', import.meta.url), 'utf8');
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 7v8c0 7.5 5.1 13.6 12 15 6.9-1.4 12-7.5 12-15V7z" fill="#0550ae"/><path d="m11 16 4 4 7-8" stroke="#fff" stroke-width="3" fill="none"/></svg>`;

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 12);
}

/** The colour of each tone, from the rubric: the one place that decides it. */
export function toneCss(snapshot: SiteSnapshot): string {
  return Object.entries(snapshot.catalog.rubric.tones)
    .map(([tone, t]) => `.tone-${tone}{--tone:${t.colour}}`)
    .join('\n');
}

export function assetsFor(snapshot: SiteSnapshot): Assets {
  const css = `${baseCss}\n/* tones from rubric ${snapshot.catalog.rubric.version} */\n${toneCss(snapshot)}\n`;
  const name = `site.${hash(css)}.css`;
  const files = new Map<string, Asset>([[name, { body: css, type: 'text/css; charset=utf-8', etag: `"${hash(css)}"`, immutable: true }]]);
  return {
    version: snapshot.version,
    stylesheetPath: `/assets/${name}`,
    files,
    favicon: { body: favicon, type: 'image/svg+xml', etag: `"${hash(favicon)}"`, immutable: false },
  };
}
