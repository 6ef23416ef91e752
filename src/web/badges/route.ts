/** /badge/<slug>.svg: an embeddable badge with the app's Safety Score and label, its text in a <title> for screen readers. */
import { scoreWithLabel } from '../../scoring/score-words.ts';
import type { Hono } from 'hono';
import type { RouteDeps } from '../http/route-deps.tsx';
import type { SiteApp, SiteSnapshot } from '../site-data.ts';
import { ResourceCache, sendResource } from '../http/resource.ts';
import { xmlText } from '../http/xml.ts';

/** Rough width of text in 11px Verdana-like type: wide enough for any app, no font metrics needed. */
const textWidth = (s: string) => Math.ceil([...s].length * 6.8) + 12;

/**
 * The badge SVG for one app.
 * @example badgeSvg(snapshot, snapshot.bySlug.get('signal'))
 */
export function badgeSvg(snapshot: SiteSnapshot, app: SiteApp): string {
  const tone = snapshot.catalog.rubric.tones[app.score.tone];
  const left = 'PrivacyDefend';
  const right = `${tone?.icon ?? ''} ${scoreWithLabel(app.score)}`.trim();
  const title = `${app.review.name}: PrivacyDefend Safety Score ${app.score.score === null ? `not rated (${app.score.label})` : `${app.score.score.toFixed(1)} out of 10, ${app.score.label}`}`;
  const lw = textWidth(left);
  const rw = textWidth(right);
  const w = lw + rw;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" viewBox="0 0 ${w} 20" role="img" aria-label="${xmlText(title)}">`,
    `<title>${xmlText(title)}</title>`,
    `<rect width="${lw}" height="20" fill="#24292f"/>`,
    `<rect x="${lw}" width="${rw}" height="20" fill="${xmlText(tone?.colour ?? '#57606a')}"/>`,
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">`,
    `<text x="${lw / 2}" y="14">${xmlText(left)}</text>`,
    `<text x="${lw + rw / 2}" y="14">${xmlText(right)}</text>`,
    '</g>',
    '</svg>',
    '',
  ].join('');
}

export function registerBadge(app: Hono, deps: RouteDeps): void {
  const cache = new ResourceCache(2000);
  app.get('/badge/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.svg')) return deps.notFound(c);
    const { snapshot } = await deps.routeContext();
    const found = snapshot.bySlug.get(file.slice(0, -'.svg'.length));
    if (!found) return deps.notFound(c);
    const resource = cache.get(snapshot.version, file, () => ({ body: badgeSvg(snapshot, found), type: 'image/svg+xml; charset=utf-8' }));
    return sendResource(c, resource, 'public, max-age=3600');
  });
}
