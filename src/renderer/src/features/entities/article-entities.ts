import type { OpOutput } from '../../../../shared/api';
import { call } from '../../api';

export type ArticleEntity = OpOutput<'entities.forArticle'>[number];

/** Requests under way, by article. Only while under way: hiding or merging changes the answer. */
const pending = new Map<string, Promise<ArticleEntity[]>>();

/**
 * The article's people, places and organisations; callers asking together share the request.
 * `fresh`: the article changed (its entities arrived), so a request sent before that is stale.
 */
export function entitiesOfArticle(articleId: string, fresh = false): Promise<ArticleEntity[]> {
  const sent = pending.get(articleId);
  if (sent && !fresh) return sent;
  const entities = call('entities.forArticle', { articleId }).finally(() => {
    if (pending.get(articleId) === entities) pending.delete(articleId);
  });
  pending.set(articleId, entities);
  return entities;
}
