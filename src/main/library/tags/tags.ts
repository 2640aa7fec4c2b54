// Tags live on the articles themselves; these are the library-wide operations on them.
import type { LibraryContext } from '../context';
import { changeTags, normaliseTag, normaliseTags } from '../../../shared/tags';
import { BroadsheetError } from '../errors';

export { normaliseTag, normaliseTags };

function requireTag(raw: string): string {
  const tag = normaliseTag(raw);
  if (!tag) throw new BroadsheetError('invalid-input', 'A tag cannot be empty.');
  return tag;
}

export class TagService {
  constructor(private readonly ctx: LibraryContext) {}

  /** Every tag with the number of articles that carry it, most used first. */
  list(): { name: string; count: number }[] {
    return this.ctx.articles.tagCounts();
  }

  /** Add and remove tags on several articles in one durable step. */
  async apply(ids: string[], add: string[], remove: string[]): Promise<number> {
    this.ctx.assertWritable();
    const adding = add.map(requireTag);
    const removing = remove.map(requireTag);
    const changed = ids.map((id) => {
      const article = this.ctx.article(id);
      return { ...article, tags: changeTags(article.tags, adding, removing) };
    });
    await this.ctx.articles.putMany(changed);
    for (const a of changed) this.ctx.events.emitEvent({ type: 'article-changed', id: a.id });
    return changed.length;
  }

  /** Rename a tag everywhere; renaming onto an existing tag merges the two. */
  async rename(from: string, to: string): Promise<number> {
    this.ctx.assertWritable();
    const source = requireTag(from).toLowerCase();
    const target = requireTag(to);
    const changed = this.ctx.articles
      .all()
      .filter((a) => a.tags.some((t) => t.toLowerCase() === source))
      .map((a) => ({
        ...a,
        tags: normaliseTags(a.tags.map((t) => (t.toLowerCase() === source ? target : t))),
      }));
    if (changed.length === 0) throw new BroadsheetError('not-found', `No tag "${from}".`);
    await this.ctx.articles.putMany(changed);
    for (const a of changed) this.ctx.events.emitEvent({ type: 'article-changed', id: a.id });
    return changed.length;
  }

  async remove(name: string): Promise<number> {
    this.ctx.assertWritable();
    const tag = requireTag(name).toLowerCase();
    const changed = this.ctx.articles
      .all()
      .filter((a) => a.tags.some((t) => t.toLowerCase() === tag))
      .map((a) => ({ ...a, tags: a.tags.filter((t) => t.toLowerCase() !== tag) }));
    if (changed.length === 0) throw new BroadsheetError('not-found', `No tag "${name}".`);
    await this.ctx.articles.putMany(changed);
    for (const a of changed) this.ctx.events.emitEvent({ type: 'article-changed', id: a.id });
    return changed.length;
  }
}
