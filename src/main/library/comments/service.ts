// Comments and highlights as the doors see them: validated against the article, anchored in its
// text, counted on the article.
import type { Comment, CommentThread, TextAnchor } from '../../../shared/model';
import type { LibraryContext } from '../context';
import { BroadsheetError } from '../errors';
import { anchorForQuote, locateAnchor } from './anchors';
import { threadComments, type Comments } from './comments';

export class CommentService {
  constructor(
    private readonly ctx: LibraryContext,
    private readonly store: Comments,
  ) {}

  async threads(articleId: string): Promise<CommentThread[]> {
    this.ctx.article(articleId);
    const comments = this.store.forArticle(articleId);
    const text = comments.some((c) => c.anchor) ? await this.ctx.bodies.text(articleId) : '';
    return threadComments(comments, (c) =>
      c.anchor ? locateAnchor(text, c.anchor) === null : false,
    );
  }

  async add(input: {
    articleId: string;
    body: string;
    parentId?: string | null;
    quote?: string | null;
    anchor?: TextAnchor | null;
  }): Promise<Comment> {
    this.ctx.assertWritable();
    this.ctx.article(input.articleId);
    let anchor = input.anchor ?? null;
    if (!anchor && input.quote?.trim()) {
      anchor = anchorForQuote(await this.ctx.bodies.text(input.articleId), input.quote.trim());
      if (!anchor) throw new BroadsheetError('not-found', 'That passage is not in the article.');
    }
    const comment = await this.store.add({ ...input, anchor });
    await this.recount(input.articleId);
    return comment;
  }

  async highlight(articleId: string, anchor: TextAnchor): Promise<Comment> {
    this.ctx.assertWritable();
    this.ctx.article(articleId);
    const comment = await this.store.add({ articleId, body: '', anchor, highlight: true });
    this.ctx.events.emitEvent({ type: 'article-changed', id: articleId });
    return comment;
  }

  async edit(id: string, body: string): Promise<Comment> {
    this.ctx.assertWritable();
    const comment = await this.store.edit(id, body);
    this.ctx.events.emitEvent({ type: 'article-changed', id: comment.articleId });
    return comment;
  }

  async remove(id: string): Promise<Comment> {
    this.ctx.assertWritable();
    const { comment } = await this.store.remove(id);
    await this.recount(comment.articleId);
    return comment;
  }

  async restore(id: string): Promise<Comment> {
    this.ctx.assertWritable();
    const comment = await this.store.restore(id);
    await this.recount(comment.articleId);
    return comment;
  }

  recent(
    offset: number,
    limit: number,
  ): { total: number; items: (Comment & { articleTitle: string })[] } {
    const page = this.store.recent(offset, limit);
    return {
      total: page.total,
      items: page.items.map((c) => ({
        ...c,
        articleTitle: this.ctx.articles.get(c.articleId)?.title ?? '',
      })),
    };
  }

  forArticle(articleId: string): Comment[] {
    return this.store.forArticle(articleId);
  }

  bodiesByArticle(): Map<string, string[]> {
    return this.store.bodiesByArticle();
  }

  /** Comments from a backup whose article is in the library; returns how many were added. */
  async restoreFromBackup(comments: Comment[]): Promise<number> {
    this.ctx.assertWritable();
    const placeable = comments.filter((c) => this.ctx.articles.get(c.articleId));
    const added = await this.store.insertMany(placeable);
    for (const articleId of new Set(placeable.map((c) => c.articleId)))
      await this.recount(articleId);
    return added;
  }

  removeForArticles(articleIds: string[]): Promise<void> {
    return this.store.removeForArticles(articleIds);
  }

  /** Comment counts count comments, not bare highlights. */
  private async recount(articleId: string): Promise<void> {
    const article = this.ctx.article(articleId);
    const count = this.store.forArticle(articleId).filter((c) => !c.highlight || c.body).length;
    if (article.commentCount !== count)
      await this.ctx.articles.put({ ...article, commentCount: count });
    this.ctx.events.emitEvent({ type: 'article-changed', id: articleId });
  }
}
