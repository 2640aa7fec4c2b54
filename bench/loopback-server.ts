// A plain HTTP server on 127.0.0.1 serving fixed bodies by path (pages and feeds for the capture
// and refresh measurements; the Library is allowed to fetch only from loopback).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  url(path: string): string;
  serve(path: string, body: string | Uint8Array, type: string): void;
  close(): Promise<void>;
}

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const routes = new Map<string, { body: string | Uint8Array; type: string }>();
  const server = http.createServer((req, res) => {
    const route = routes.get((req.url ?? '').split('?')[0]);
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => `${origin}${path}`,
    serve: (path, body, type) => routes.set(path, { body, type }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The Library's fetch guard for benchmarks: loopback only, nothing leaves the machine. */
export const loopbackOnly = (url: URL): boolean => url.hostname === '127.0.0.1';
