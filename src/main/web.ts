// Door 2, web mode: a loopback HTTP server that serves the built renderer and the API contract.
// Every API call needs the per-run token from the printed URL; requests for any other Host are
// refused, so a DNS-rebinding page cannot reach the library.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { createDispatch, type Dispatch } from './dispatch';
import type { Library } from './library/library';
import { serveImage, streamEvents } from './web-streams';

const MAX_BODY_BYTES = 40 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

const STATUS_OF_ERROR: Record<string, number> = {
  'invalid-input': 400,
  'unknown-operation': 404,
  'not-found': 404,
  locked: 409,
  'read-only': 409,
  internal: 500,
};

export interface WebServer {
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  /**
   * A library still opening may be passed: the page loads meanwhile (at 100k articles opening takes
   * most of a second) and its API calls wait for it.
   */
  library: Library | Promise<Library>;
  rendererDir: string;
  port?: number;
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('Request body too large.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tokenMatches(given: string | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function requestToken(req: http.IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  return url.searchParams.get('token');
}

async function serveStatic(
  res: http.ServerResponse,
  rendererDir: string,
  pathname: string,
): Promise<void> {
  const relative =
    pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(rendererDir, relative);
  if (!file.startsWith(path.resolve(rendererDir) + path.sep)) {
    res.writeHead(404).end();
    return;
  }
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': relative.startsWith('assets/') ? 'max-age=31536000, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(res);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  const library = Promise.resolve(options.library);
  const dispatcher: Promise<Dispatch> = library.then(createDispatch);
  dispatcher.catch(() => undefined); // the door that opened the library reports its failure
  let allowedHosts: Set<string> = new Set();
  let origin = '';

  const server = http.createServer((req, res) => {
    securityHeaders(res);
    if (!req.headers.host || !allowedHosts.has(req.headers.host.toLowerCase())) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden: unexpected Host.');
      return;
    }
    const url = new URL(req.url ?? '/', origin);
    handle(req, res, url).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      else res.destroy();
    });
  });

  async function handle(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
  ): Promise<void> {
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(requestToken(req, url), token)) {
        sendJson(res, 401, {
          ok: false,
          error: { code: 'unauthorized', message: 'Missing or wrong token.' },
        });
        return;
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, { ok: false, error: { code: 'method', message: 'Use POST.' } });
        return;
      }
      if (req.headers.origin && req.headers.origin !== origin) {
        sendJson(res, 403, {
          ok: false,
          error: { code: 'forbidden', message: 'Cross-origin call refused.' },
        });
        return;
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? JSON.parse(body) : {};
      } catch (error) {
        sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid-input', message: (error as Error).message },
        });
        return;
      }
      const dispatch = await dispatcher;
      const response = await dispatch(url.pathname.slice('/api/'.length), input);
      sendJson(res, response.ok ? 200 : (STATUS_OF_ERROR[response.error.code] ?? 422), response);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    // <img> and EventSource cannot send headers: these two take the token in the query.
    const image = /^\/media\/image\/([0-9a-f]{64})$/.exec(url.pathname);
    if (image || url.pathname === '/events') {
      if (!tokenMatches(requestToken(req, url), token)) {
        res.writeHead(401, { 'Content-Type': 'text/plain' }).end('Missing or wrong token.');
      } else if (image) await serveImage(await library, res, image[1]);
      else streamEvents(await library, req, res);
      return;
    }
    await serveStatic(res, options.rendererDir, url.pathname);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
