/** Test support: a local HTTP server whose routes a test sets and changes, counting the requests it gets. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  origin: string;
  routes: Map<string, Handler>;
  /** Paths requested, in order (robots.txt included). */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 at a free port; unknown paths get a 404.
 * @example const server = await startTestServer(); server.routes.set('/p', (_, res) => res.end('hi'));
 */
export async function startTestServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: TestServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path.split('?')[0] ?? path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering `body` with `type`, an ETag, and 304 to a matching If-None-Match. */
export function page(body: string | Buffer, type = 'text/html; charset=utf-8', etag?: string): Handler {
  return (req, res) => {
    if (etag !== undefined && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': type, ...(etag === undefined ? {} : { etag }) }).end(body);
  };
}

/** A privacy policy page with navigation and a footer around the main text. */
export function policyHtml(paragraphs: string[]): string {
  const main = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head><title>Privacy Policy</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a> <a href="/blog">Blog</a></nav>
<main><article><h1>Privacy Policy</h1>
${main}
</article></main>
<footer>© 2026 Example Chat Ltd. All rights reserved.</footer></body></html>`;
}
