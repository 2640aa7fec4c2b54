// Web mode's token-guarded GET routes: cached images for <img> tags and the event stream
// (Server-Sent Events) that carries the Library's progress and change notices to the page.
import type http from 'node:http';
import type { Library } from './library/library';
import type { LibraryEvent } from './library/context';

export async function serveImage(
  library: Library,
  res: http.ServerResponse,
  hash: string,
): Promise<void> {
  const image = await library.images.read(hash);
  if (!image) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('No such image.');
    return;
  }
  res.writeHead(200, {
    'Content-Type': image.contentType,
    'Content-Length': image.bytes.length,
    // Content-addressed: the bytes behind a hash never change.
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  res.end(image.bytes);
}

export function streamEvents(
  library: Library,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const send = (event: LibraryEvent): void => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  library.events.on('event', send);
  const keepAlive = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    library.events.off('event', send);
  });
}
