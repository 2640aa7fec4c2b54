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
  await ctx.articles.putMany(articles); // one journal line for all of them
  for (const [i, article] of articles.entries()) {
    ctx.events.emitEvent({ type: 'article-changed', id: article.id });
    scheduleEntities(article.id, docs[i].text);
  }
  return articles.map((a) => ({ ...a }));
}
