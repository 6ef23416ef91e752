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

/** The dark scheme's darkest and lightest backgrounds (site.css: --bg and --panel): text must hold its contrast on both. */
export const DARK_BACKGROUNDS = ['#0d1117', '#161b22'] as const;
/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full =
    h.length === 3
      ? h
          .split('')
          .map((c) => c + c)
          .join('')
      : h;
  const n = Number.parseInt(full, 16);
  if (full.length !== 6 || Number.isNaN(n)) throw new Error(`tone colour "${hex}" is not a #rrggbb colour`);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG contrast ratio of two #rrggbb colours.
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The rubric's tone colour lightened (mixed with white, in steps of 5%) until
 * it reaches AA contrast on every dark-scheme background: the same hue the
 * rubric chose, readable on dark.
 * @example darkSchemeColour('#9a6700') // '#c9a666' (or similar), ≥ 4.5:1 on #161b22
 */
export function darkSchemeColour(colour: string): string {
  const [r, g, b] = channels(colour);
  for (let mix = 0; mix <= 100; mix += 5) {
    const c = [r, g, b].map((v) => Math.round(v + ((255 - v) * mix) / 100));
    const hex = `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    if (DARK_BACKGROUNDS.every((bg) => contrastRatio(hex, bg) >= MIN_CONTRAST)) return hex;
  }
  return '#ffffff';
}

/** The colour of each tone, from the rubric: the one place that decides it (lightened for the dark scheme). */
export function toneCss(snapshot: SiteSnapshot): string {
  const tones = Object.entries(snapshot.catalog.rubric.tones);
  const light = tones.map(([tone, t]) => `.tone-${tone}{--tone:${t.colour}}`);
  const dark = tones.map(([tone, t]) => `.tone-${tone}{--tone:${darkSchemeColour(t.colour)}}`);
  return [...light, `@media (prefers-color-scheme: dark){${dark.join('')}}`, `@media print{${light.join('')}}`].join('\n');
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
