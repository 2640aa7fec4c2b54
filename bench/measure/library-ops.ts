// What a person does to one article, timed in the Library: open it (body from the cache,
// entities, comments) and the small writes (comment, tag, mark read), each until durable.
import type { Library } from '../../src/main/library/library';
import { spread, timeEach, type Spread } from './percentiles';

export interface LibraryOpsResult {
  /** The first open after start also builds the entity index of the library. */
  firstOpenMs: number;
  openArticle: Spread;
  comment: Spread;
  tag: Spread;
  markRead: Spread;
}

/** `count` article ids spread evenly over the library (newest to oldest). */
export function sampleIds(ids: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(ids.length / count));
  return Array.from({ length: Math.min(count, ids.length) }, (_, i) => ids[i * step]);
}

async function openArticle(lib: Library, id: string): Promise<void> {
  await lib.open(id);
  lib.entities.forArticle(id);
  await lib.comments.threads(id);
}

export async function measureLibraryOps(
  lib: Library,
  ids: readonly string[],
  samples = 60,
): Promise<LibraryOpsResult> {
  const picked = sampleIds(ids, samples + 1);
  const [first] = await timeEach(picked.slice(0, 1), (id) => openArticle(lib, id));
  const rest = picked.slice(1);
  const open = await timeEach(rest, (id) => openArticle(lib, id));
  const comment = await timeEach(rest, (id) =>
    lib.comments.add({ articleId: id, body: 'A benchmark comment: noted, and worth a re-read.' }),
  );
  const tag = await timeEach(rest, (id) => lib.tags.apply([id], ['bench-tag'], []));
  const markRead = await timeEach(rest, (id) => lib.update(id, { read: !lib.get(id).read }));
  return {
    firstOpenMs: first,
    openArticle: spread(open),
    comment: spread(comment),
    tag: spread(tag),
    markRead: spread(markRead),
  };
}
