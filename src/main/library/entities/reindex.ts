// Extract an article's entities again after a correction that only extraction can apply (a split
// alias is read as its own entity from then on), so the change shows at once, not only later.
import type { BodyCache } from '../cache/bodies';
import type { EntityService } from './service';

export async function reindexEntities(
  deps: { entities: EntityService; bodies: BodyCache },
  articleIds: Iterable<string>,
): Promise<void> {
  for (const id of articleIds) deps.entities.schedule(id, await deps.bodies.text(id));
  await deps.entities.idle();
}
