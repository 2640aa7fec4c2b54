import { call } from '../api';

/** The article to remember once the write under way is done; undefined: nothing waiting. */
let waiting: string | null | undefined;
let writing = false;

function write(): void {
  const id = waiting as string | null;
  waiting = undefined;
  writing = true;
  call('settings.update', { lastOpenArticleId: id })
    .catch(() => undefined)
    .finally(() => {
      writing = false;
      if (waiting !== undefined) write();
    });
}

/**
 * Remember the open article (null: none), so a reload or a restart comes back to it. One durable
 * write at a time, the latest wins: opening articles in quick succession queued a write each, and
 * each held one of the browser's six connections to web mode for as long as its fsync took.
 */
export function rememberOpenArticle(id: string | null): void {
  waiting = id;
  if (!writing) write();
}
