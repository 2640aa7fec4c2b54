import type { OpOutput } from '../../../../shared/api';
import { call, subscribe } from '../../api';

export type ArticleEntity = OpOutput<'entities.forArticle'>[number];

/** Asked within this of each other, the sidebar and the tag suggestions share one answer. */
const SHARE_MS = 2000;

const recent = new Map<string, { at: number; entities: Promise<ArticleEntity[]> }>();
let watching = false;

/** A changed article's entities are asked for again: extraction finishes after saving. */
function forgetChanged(): void {
  if (watching) return;
  watching = true;
  subscribe((event) => {
    const e = event as { type: string; id?: string };
    if (e.type === 'article-changed' && e.id) recent.delete(e.id);
  });
}

/** The article's people, places and organisations; callers asking together share the request. */
export function entitiesOfArticle(articleId: string): Promise<ArticleEntity[]> {
  forgetChanged();
  const now = performance.now();
  for (const [id, r] of recent) if (now - r.at >= SHARE_MS) recent.delete(id);
  const had = recent.get(articleId);
  if (had) return had.entities;
  const entities = call('entities.forArticle', { articleId });
  entities.catch(() => recent.delete(articleId));
  recent.set(articleId, { at: now, entities });
  return entities;
}
