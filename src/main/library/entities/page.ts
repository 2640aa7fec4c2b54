// An entity's page: every article that mentions it, newest first, and its usual company.
import type { LibraryContext } from '../context';
import { notFound } from '../errors';
import type { EntityService } from './service';

export function entityPage(ctx: LibraryContext, entities: EntityService, id: string) {
  const key = entities.find(id);
  const entity = key ? entities.entity(key) : null;
  if (!key || !entity) throw notFound('entity', id);
  const mentioning = entities.articlesOf(key);
  const articles = ctx.articles
    .all()
    .filter((a) => mentioning.has(a.id))
    .map((a) => ({ ...a }));
  return { entity, articles, related: entities.related(key, 12) };
}
