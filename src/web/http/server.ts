/**
 * The HTTP server: Node's http server in front of the Hono app, answering
 * requests for already-rendered pages straight from the page cache and
 * handing everything else to the app.
 */
import { createServer, type Server } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { createApp } from '../app.tsx';

/**
 * Listen on `host:port` (port 0 picks a free one) and resolve once listening.
 * @example const server = await startServer(createApp({ site, siteUrl }), { port: 3000, host: '127.0.0.1' });
 */
export function startServer(app: ReturnType<typeof createApp>, opts: { port: number; host: string }): Promise<Server> {
  const appListener = getRequestListener(app.fetch);
  const server = createServer(function handleRequest(req, res) {
    if (!app.serveFromCache(req, res)) void appListener(req, res);
  });
  // Small cached pages go out in one write; don't let Nagle hold them back.
  server.on('connection', (socket) => socket.setNoDelay(true));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
