// What the index holds for one article, taken from the Library's stores, and its fingerprint: the
// service compares fingerprints to find what changed while nobody was listening.
import { createHash } from 'node:crypto';
import type { Article } from '../../../shared/model';
import type { SearchDoc } from './doc';

export function searchDocOf(
  article: Article,
  comments: readonly string[],
  entities: readonly string[],
): SearchDoc {
  const doc = {
    id: article.id,
    title: article.title,
    tags: [...article.tags],
    // Sorted: the entity list's order follows salience, which may shift without any change.
    entities: [...new Set(entities)].sort(),
    meta: [article.byline, article.siteName].filter(Boolean).join('\n'),
    comments: comments.filter((c) => c.trim()),
  };
  const fingerprint = createHash('sha1')
    .update(JSON.stringify([doc.title, doc.tags, doc.entities, doc.meta, doc.comments]))
    .digest('base64url')
    .slice(0, 16);
  return { ...doc, fingerprint };
}
