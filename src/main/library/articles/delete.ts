// Deleting articles with everything that belongs to them: comments, entity refs, bodies, and the
// images no other article shows. One write per touched shard, however many articles.
import { imagesIn, type ImageRefs } from '../cache/image-refs';
import type { CommentService } from '../comments/service';
import type { LibraryContext } from '../context';
import type { EntityService } from '../entities/service';

export interface DeleteDeps {
  ctx: LibraryContext;
  comments: CommentService;
  entities: EntityService;
  imageRefs: ImageRefs;
}

/** Returns how many were deleted; ids already gone are skipped, so a repeat is harmless. */
export async function deleteArticles(deps: DeleteDeps, ids: string[]): Promise<number> {
  const { ctx, comments, entities, imageRefs } = deps;
  ctx.assertWritable();
  const gone = [...new Set(ids)].filter((id) => ctx.articles.get(id));
  if (gone.length === 0) return 0;
  // Each article holds one reference to each image it shows.
  const images = (await Promise.all(gone.map((id) => ctx.bodies.html(id)))).flatMap(imagesIn);
  await ctx.articles.remove(gone);
  await comments.removeForArticles(gone);
  await entities.removeArticles(gone);
  await Promise.all(gone.map((id) => ctx.bodies.remove(id)));
  await imageRefs.release(images);
  for (const id of gone) ctx.events.emitEvent({ type: 'article-removed', id });
  return gone.length;
}
