/** Test support: the real app over the bundled data, and browsers-without-a-browser that keep their own cookies and address. */
import { importDataset } from '../../dataset/import.ts';
import { openStore, type Store } from '../../store/index.ts';
import { createApp } from '../app.tsx';
import { SiteData } from '../site-data.ts';
import { addAccount } from './accounts.ts';
import type { EditorOptions } from './routes.tsx';

export const SITE_URL = 'http://privacydefend.test';
export const PASSWORD = 'a long test passphrase';

export interface Client {
  /** Cookies this client holds, by name. */
  cookies: Map<string, string>;
  get(path: string): Promise<Response>;
  /** Posts a form; `headers` can add an Origin, for instance. */
  post(path: string, fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  /** Signs in through the login form; returns the login response. */
  login(email: string, password?: string): Promise<Response>;
  /** The value of the hidden `_csrf` field on the page at `path`. */
  csrfFrom(path: string): Promise<string>;
}

export interface TestEditor {
  store: Store;
  app: ReturnType<typeof createApp>;
  client(ip?: string): Client;
  /** Adds an account with PASSWORD. */
  user(email: string, role: 'contributor' | 'editor' | 'admin'): Promise<void>;
  /** Moves the app's clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export function hiddenCsrf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no _csrf field on the page');
  return m[1];
}

/** A reader's correction form as sent, for signal's encryption section; `extra` overrides fields. */
export function readerFields(csrf: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    _csrf: csrf,
    app: 'signal',
    section: 'encryption',
    fact: 'encryption.e2ee.backups',
    problem: 'Backups are now end-to-end encrypted by default.',
    source: 'https://signal.org/blog/',
    email: '',
    website: '',
    ...extra,
  };
}

export async function testEditor(siteUrl = SITE_URL, editor: Omit<EditorOptions, 'now'> = {}): Promise<TestEditor> {
  const store = await openStore({ sqlitePath: ':memory:' });
  await store.migrate();
  await importDataset(store, 'data', { author: 'test', note: 'first import' });
  let offset = 0;
  const now = () => new Date(Date.now() + offset);
  const app = createApp({ site: new SiteData(store, 0), siteUrl, editor: { mailer: null, ...editor, now } });

  function client(ip = '192.0.2.10'): Client {
    const cookies = new Map<string, string>();
    const env = { incoming: { socket: { remoteAddress: ip } } };
    async function send(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (cookies.size > 0) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
      const res = await app.request(path, { ...init, headers }, env);
      for (const line of res.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq);
        const value = pair.slice(eq + 1);
        if (value === '' || /max-age=0/i.test(line)) cookies.delete(name);
        else cookies.set(name, value);
      }
      return res;
    }
    const c: Client = {
      cookies,
      get: (path) => send(path),
      post: (path, fields, headers = {}) =>
        send(path, {
          method: 'POST',
          body: new URLSearchParams(fields).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        }),
      async csrfFrom(path) {
        return hiddenCsrf(await (await send(path)).text());
      },
      async login(email, password = PASSWORD) {
        const csrf = await c.csrfFrom('/edit/login');
        return c.post('/edit/login', { email, password, _csrf: csrf });
      },
    };
    return c;
  }

  return {
    store,
    app,
    client,
    async user(email, role) {
      await addAccount(store, { email, role, password: PASSWORD, siteUrl, actor: 'test', ip: 'test' });
    },
    advance(ms) {
      offset += ms;
    },
    close: () => store.close(),
  };
}
