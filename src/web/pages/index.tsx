/**
 * The public site's pages beyond the review page and home: each page is a
 * module in this folder, registered here.
 */
import type { Hono } from 'hono';
import type { RouteDeps } from '../app.tsx';
import { registerMethodology } from './methodology.tsx';
import { registerAbout } from './about.tsx';
import { registerCategory } from './category.tsx';
import { registerSearch } from './search.tsx';
import { registerCompare } from './compare.tsx';
import { registerFeed } from './feed.ts';
import { registerDocumentFeed } from '../documents/changes.ts';
import { registerSitemap } from './sitemap.ts';
import { registerRobots } from './robots.ts';
import { registerBadge } from './badge.ts';
import { registerScripts } from './scripts-route.ts';

export function registerSitePages(app: Hono, deps: RouteDeps): void {
  registerMethodology(app, deps);
  registerAbout(app, deps);
  registerCategory(app, deps);
  registerSearch(app, deps);
  registerCompare(app, deps);
  registerFeed(app, deps);
  registerDocumentFeed(app, deps);
  registerSitemap(app, deps);
  registerRobots(app, deps);
  registerBadge(app, deps);
  registerScripts(app, deps);
}
