import type { OpOutput } from '../../../../shared/api';
import { call } from '../../api';

export type ArticleEntity = OpOutput<'entities.forArticle'>[number];

/** Requests under way, by article. Only while under way: hiding or merging changes the answer. */
const pending = new Map<string, Promise<ArticleEntity[]>>();

/** The article's people, places and organisations; callers asking together share the request. */
export function entitiesOfArticle(articleId: string): Promise<ArticleEntity[]> {
  const sent = pending.get(articleId);
  if (sent) return sent;
  const entities = call('entities.forArticle', { articleId }).finally(() =>
    pending.delete(articleId),
  );
  pending.set(articleId, entities);
  return entities;
}
