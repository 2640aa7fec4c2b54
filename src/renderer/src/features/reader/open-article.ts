import type { OpOutput } from '../../../../shared/api';
import { call } from '../../api';

type Opened = OpOutput<'articles.open'>;

/** A request older than this is not taken: the article may have changed since. */
const FRESH_MS = 1000;

/** The one request sent ahead of the reader: on the press (mouse down) or the click that opens it. */
let ahead: { id: string; at: number; opened: Promise<Opened> } | null = null;

/** Send the article's request now, before the reader that shows it has even rendered. */
export function prefetchArticle(id: string): void {
  if (ahead?.id === id && performance.now() - ahead.at < FRESH_MS) return;
  const opened = call('articles.open', { id });
  // Not taken (another article opened first) is no error; the reader reports its own.
  opened.catch(() => undefined);
  ahead = { id, at: performance.now(), opened };
}

/** The article's body and metadata: the request sent ahead for it if fresh, else a new one. */
export function openArticle(id: string): Promise<Opened> {
  const sent = ahead;
  ahead = null;
  if (sent?.id === id && performance.now() - sent.at < FRESH_MS) return sent.opened;
  return call('articles.open', { id });
}
