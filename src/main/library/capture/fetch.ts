// Fetching a page or an image over http(s): our own redirect limit (each hop re-checked), a total
// timeout, a stall guard, a size cap enforced while streaming, and errors a person can act on.
import { CaptureError } from './errors';

export const FETCH_DEFAULTS = {
  timeoutMs: 20_000,
  /** No byte for this long: give up even if the total timeout has not run out. */
  stallMs: 10_000,
  maxBytes: 15 * 1024 * 1024,
  maxRedirects: 5,
};
export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
export const USER_AGENT = 'Mozilla/5.0 (compatible; Broadsheet/0.1; offline reader)';

export interface FetchOptions {
  timeoutMs?: number;
  stallMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  accept?: string;
  headers?: Record<string, string>;
  /** Which addresses may be fetched at all (every hop is checked); all http(s) by default. */
  allow?: (url: URL) => boolean;
}

export interface FetchedResource {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  headers: Headers;
  bytes: Uint8Array;
}

export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new CaptureError('bad-url', `"${input}" is not a valid web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CaptureError(
      'bad-url',
      `Only http and https addresses can be saved, not ${url.protocol.replace(':', '')}.`,
    );
  }
  url.hash = '';
  return url;
}

function networkError(error: unknown, url: URL): CaptureError {
  const cause = (error as { cause?: { code?: string } }).cause;
  const code = cause?.code ?? (error as { code?: string }).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new CaptureError('dns', `Could not find ${url.hostname} (DNS lookup failed).`);
  }
  if (code === 'ECONNREFUSED')
    return new CaptureError('refused', `${url.host} refused the connection.`);
  if (code === 'ECONNRESET')
    return new CaptureError('network', `${url.host} closed the connection.`);
  return new CaptureError(
    'network',
    `Could not reach ${url.host} (${code ?? (error as Error).message}).`,
  );
}

const STATUS_TEXT: Record<number, string> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

async function readCapped(
  response: Response,
  maxBytes: number,
  stall: () => void,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    stall();
    size += value.length;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function tooLarge(maxBytes: number): CaptureError {
  return new CaptureError(
    'too-large',
    `The response is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`,
  );
}

export async function fetchResource(
  input: string,
  options: FetchOptions = {},
): Promise<FetchedResource> {
  const o = { ...FETCH_DEFAULTS, ...options };
  const start = parseHttpUrl(input);
  const controller = new AbortController();
  let reason: 'timeout' | 'stall' | null = null;
  const total = setTimeout(() => ((reason = 'timeout'), controller.abort()), o.timeoutMs);
  let stallTimer: NodeJS.Timeout | undefined;
  const stall = (): void => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => ((reason = 'stall'), controller.abort()), o.stallMs);
  };
  let url = start;
  try {
    for (let hop = 0; ; hop++) {
      if (o.allow && !o.allow(url)) {
        throw new CaptureError('network', `Fetching from ${url.host} is not allowed here.`);
      }
      let response: Response;
      stall();
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'User-Agent': USER_AGENT,
            Accept: o.accept ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
            'Accept-Language': 'en;q=0.9, *;q=0.5',
            ...o.headers,
          },
        });
      } catch (error) {
        if (reason) throw new CaptureError('timeout', `${url.host} did not answer in time.`);
        throw networkError(error, url);
      }
      if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
        await response.body?.cancel();
        if (hop >= o.maxRedirects) {
          throw new CaptureError(
            'too-many-redirects',
            `${start.host} redirected more than ${o.maxRedirects} times.`,
          );
        }
        url = parseHttpUrl(new URL(response.headers.get('location')!, url).href);
        continue;
      }
      if (response.status >= 400 || response.status < 200) {
        await response.body?.cancel();
        const text = STATUS_TEXT[response.status] ?? response.statusText;
        throw new CaptureError(
          'http-status',
          `The server answered ${response.status}${text ? ` ${text}` : ''} for ${url.href}.`,
        );
      }
      let bytes: Uint8Array;
      try {
        bytes = await readCapped(response, o.maxBytes, stall);
      } catch (error) {
        if (reason) throw new CaptureError('timeout', `${url.host} stopped sending the page.`);
        throw error;
      }
      return {
        url: start.href,
        finalUrl: url.href,
        status: response.status,
        contentType: response.headers.get('content-type') ?? '',
        headers: response.headers,
        bytes,
      };
    }
  } finally {
    clearTimeout(total);
    clearTimeout(stallTimer);
  }
}
