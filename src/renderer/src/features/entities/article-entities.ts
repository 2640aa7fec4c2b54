import { useEffect, useState } from 'react';
import type { OpOutput } from '../../../../shared/api';
import { call, subscribe } from '../../api';

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

/**
 * The article's entities for a view (the sidebar, the tag suggestions): null until the first
 * answer, [] if it fails, and asked afresh when the article changes (extraction runs after a save).
 */
export function useArticleEntities(articleId: string): ArticleEntity[] | null {
  const [entities, setEntities] = useState<ArticleEntity[] | null>(null);
  useEffect(() => {
    let live = true;
    let latest = 0;
    const load = (fresh = false) => {
      const asked = ++latest; // an older, slower answer never replaces a newer one
      const current = () => live && asked === latest;
      entitiesOfArticle(articleId, fresh).then(
        (list) => current() && setEntities(list),
        () => current() && setEntities([]),
      );
    };
    load();
    const stop = subscribe((event) => {
      const e = event as { type: string; id?: string };
      if (e.type === 'article-changed' && e.id === articleId) load(true);
    });
    return () => {
      live = false;
      stop();
    };
  }, [articleId]);
  return entities;
}
