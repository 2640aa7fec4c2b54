// New articles from parsed documents: bodies in the cache first, then one index write for all of
// them, then the notices (UI, search) and entity extraction. A feed refresh saves a feed's new
// items together, so the index is written once per feed rather than once per item.
import type { Article, ArticleSource } from '../../../shared/model';
import type { LibraryContext } from '../context';
import { newId } from '../ids';
import type { ParsedDocument } from '../parsed';
import { normaliseTags } from '../tags/tags';
import { toArticle } from './record';

export interface NewArticleMeta {
  source: ArticleSource;
  tags?: string[];
  feedId?: string | null;
}

/** Articles per index write: each touches about as many shards, serialised in one task. */
const SLICE = 4;

/**
 * A feed's items rewrite as many index shards (~300 KB each at 100k articles); serialised all at
 * once they stalled the Library's thread, so a few at a time, the writes still overlapping.
 */
async function putInSlices(ctx: LibraryContext, articles: Article[]): Promise<void> {
  const writes: Promise<void>[] = [];
  for (let i = 0; i < articles.length; i += SLICE) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const write = ctx.articles.putMany(articles.slice(i, i + SLICE));
    write.catch(() => undefined); // reported by Promise.all below, not as unhandled meanwhile
    writes.push(write);
  }
  await Promise.all(writes);
}

export async function addDocuments(
  ctx: LibraryContext,
  scheduleEntities: (id: string, text: string) => void,
  docs: ParsedDocument[],
  meta: NewArticleMeta,
): Promise<Article[]> {
  ctx.assertWritable();
  const savedAt = new Date().toISOString();
  const articles = docs.map((doc) =>
    toArticle(doc, {
      id: newId(),
      savedAt,
      source: meta.source,
      tags: normaliseTags(meta.tags ?? []),
      feedId: meta.feedId,
    }),
  );
  // An article is only listed once its body is durable; a crash in between leaves an unlisted
  // body file, never a listed article without one.
  await Promise.all(
    articles.map((a, i) => ctx.bodies.put(a.id, { html: docs[i].html, text: docs[i].text })),
  );
  await putInSlices(ctx, articles);
  for (const [i, article] of articles.entries()) {
    ctx.events.emitEvent({ type: 'article-changed', id: article.id });
    scheduleEntities(article.id, docs[i].text);
  }
  return articles.map((a) => ({ ...a }));
}
