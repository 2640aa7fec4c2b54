// A real HTTP server on 127.0.0.1 for pages, images and feeds in tests. Routes are set per test.
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse) => unknown;

export interface TestServer {
  origin: string;
  url(path: string): string;
  route(path: string, handler: Route): void;
  /** Serve fixed bytes with a content type (and optional extra headers). */
  serve(
    path: string,
    body: string | Uint8Array,
    type: string,
    headers?: Record<string, string>,
  ): void;
  requests: string[];
  close(): Promise<void>;
}

const open: TestServer[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes.get((req.url ?? '').split('?')[0]);
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(route(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const test: TestServer = {
    origin,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => routes.set(path, handler),
    serve: (path, body, type, headers = {}) =>
      routes.set(path, (_req, res) => {
        res.writeHead(200, { 'Content-Type': type, ...headers });
        res.end(body);
      }),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(test);
  return test;
}

/** A tiny valid PNG of one colour, built here (no binary fixtures needed). */
export function pngBytes(seed = 0): Uint8Array {
  // 1×1 RGBA; different seeds give different bytes and so different cache entries.
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer): number => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.from([0, seed & 0xff, (seed >> 8) & 0xff, 128, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
