/** The pages of the site that are not reviews, one of each type (the English path; the German and French ones are under /de and /fr), for the tests that run over all of them. */
export const PAGE_TYPES = [
  { name: 'home', path: '/', status: 200 },
  { name: 'apps', path: '/apps', status: 200 },
  { name: 'apps filtered', path: '/apps?category=messaging&has=e2ee&sort=name', status: 200 },
  { name: 'apps, nothing passes', path: '/apps?category=search-engines&has=e2ee&has=no-phone&has=open-source', status: 200 },
  { name: 'category', path: '/categories/messaging', status: 200 },
  { name: 'category filtered', path: '/categories/password-managers?has=open-source', status: 200 },
  { name: 'compare form', path: '/compare', status: 200 },
  { name: 'compare of two', path: '/compare/imessage-vs-signal', status: 200 },
  { name: 'compare of four', path: '/compare?apps=signal,whatsapp,telegram,imessage', status: 200 },
  { name: 'search', path: '/search?q=signl', status: 200 },
  { name: 'search without results', path: '/search?q=zzzzqqq', status: 200 },
  { name: 'methodology', path: '/methodology', status: 200 },
  { name: 'about', path: '/about', status: 200 },
  { name: 'downloads', path: '/downloads/', status: 200 },
  { name: 'API reference', path: '/api', status: 200 },
  { name: 'not found', path: '/apps/no-such-app', status: 404 },
  { name: 'bad request', path: '/categories/messaging?sort=bogus', status: 400 },
] as const;

/** The editor's pages a reader or a new editor reaches without an account (the English path; German and French under /de and /fr), for the language tests. */
export const EDIT_PAGE_TYPES = [
  { name: 'correction form', path: '/edit/corrections/new?app=signal&section=encryption', status: 200 },
  { name: 'correction sent', path: '/edit/corrections/thanks?app=signal', status: 200 },
  { name: 'correction form for no review', path: '/edit/corrections/new?app=no-such-app', status: 404 },
  { name: 'sign in', path: '/edit/login', status: 200 },
  { name: 'choose a password', path: `/edit/setup?token=${'a'.repeat(43)}`, status: 200 },
  { name: 'setup link not valid', path: '/edit/setup?token=x', status: 400 },
] as const;
