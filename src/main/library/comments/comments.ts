// Local comments and highlights: threads under an article, optionally anchored to a passage.
// Deleting is soft so that it can be undone; deleted comments are hidden everywhere else.
// Stored per article in shards: adding a comment rewrites one small shard, not every comment.
import type { Comment, CommentThread, TextAnchor } from '../../../shared/model';
import { BroadsheetError } from '../errors';
import { newId } from '../ids';
import type { ShardedMap } from '../store/sharded-map';

export type StoredComment = Comment & { deletedAt?: string | null };

/** The comments of one article, oldest first. */
export type ArticleComments = StoredComment[];

export interface NewComment {
  articleId: string;
  body: string;
  parentId?: string | null;
  anchor?: TextAnchor | null;
  highlight?: boolean;
}

function visible(c: StoredComment): boolean {
  return !c.deletedAt;
}

function publicComment(c: StoredComment): Comment {
  const { deletedAt: _deleted, ...comment } = c;
  return { ...comment, anchor: comment.anchor ?? null, highlight: comment.highlight ?? false };
}

export function threadComments(
  comments: Comment[],
  isDetached: (c: Comment) => boolean = () => false,
): CommentThread[] {
  const byId = new Map<string, CommentThread>();
  for (const c of comments) {
    byId.set(c.id, { ...c, replies: [], ...(c.anchor ? { detached: isDetached(c) } : {}) });
  }
  const roots: CommentThread[] = [];
  for (const c of byId.values()) {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    (parent ? parent.replies : roots).push(c);
  }
  return roots;
}

export class Comments {
  /** Which article each comment is under, so a comment id finds its shard without a scan. */
  private readonly articleOfComment = new Map<string, string>();

  constructor(private readonly db: ShardedMap<ArticleComments>) {
    for (const [articleId, list] of db.entries()) {
      for (const c of list) this.articleOfComment.set(c.id, articleId);
    }
  }

  private listOf(articleId: string): ArticleComments {
    return this.db.get(articleId) ?? [];
  }

  private stored(id: string): StoredComment | undefined {
    const articleId = this.articleOfComment.get(id);
    return articleId === undefined ? undefined : this.listOf(articleId).find((c) => c.id === id);
  }

  private find(id: string): StoredComment {
    const comment = this.stored(id);
    if (!comment || !visible(comment)) {
      throw new BroadsheetError('not-found', `No comment with id "${id}".`);
    }
    return comment;
  }

  /** Make one article's comments durable (one shard write). */
  private save(articleId: string, list: ArticleComments): Promise<void> {
    return this.db.change([[articleId, list]]);
  }

  forArticle(articleId: string): Comment[] {
    return this.listOf(articleId)
      .filter(visible)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map(publicComment);
  }

  /** Every comment and highlight of the library, newest first. */
  recent(offset: number, limit: number): { total: number; items: Comment[] } {
    const all: StoredComment[] = [];
    for (const [, list] of this.db.entries()) for (const c of list) if (visible(c)) all.push(c);
    all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    return { total: all.length, items: all.slice(offset, offset + limit).map(publicComment) };
  }

  countFor(articleId: string): number {
    let n = 0;
    for (const c of this.listOf(articleId)) if (visible(c)) n++;
    return n;
  }

  async add(input: NewComment): Promise<Comment> {
    if (input.parentId) {
      const parent = this.stored(input.parentId);
      if (!parent || !visible(parent) || parent.articleId !== input.articleId) {
        throw new BroadsheetError(
          'not-found',
          `No comment with id "${input.parentId}" on this article.`,
        );
      }
    }
    const now = new Date().toISOString();
    const comment: StoredComment = {
      id: newId(),
      articleId: input.articleId,
      parentId: input.parentId ?? null,
      body: input.body,
      quote: input.anchor?.exact ?? null,
      anchor: input.anchor ?? null,
      highlight: input.highlight ?? false,
      createdAt: now,
      updatedAt: now,
    };
    const list = [...this.listOf(input.articleId), comment];
    this.articleOfComment.set(comment.id, input.articleId);
    await this.save(input.articleId, list);
    return publicComment(comment);
  }

  async edit(id: string, body: string): Promise<Comment> {
    const comment = this.find(id);
    comment.body = body;
    comment.updatedAt = new Date().toISOString();
    await this.save(comment.articleId, this.listOf(comment.articleId));
    return publicComment(comment);
  }

  /** Soft-delete a comment and its replies; returns the ids so the same set can be restored. */
  async remove(id: string): Promise<{ comment: Comment; ids: string[] }> {
    const root = this.find(id);
    const list = this.listOf(root.articleId);
    const now = new Date().toISOString();
    const ids = new Set([root.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const c of list) {
        if (visible(c) && c.parentId && ids.has(c.parentId) && !ids.has(c.id)) {
          ids.add(c.id);
          grew = true;
        }
      }
    }
    for (const c of list) if (ids.has(c.id)) c.deletedAt = now;
    await this.save(root.articleId, list);
    return { comment: publicComment(root), ids: [...ids] };
  }

  /** Undo a delete: the comment and the replies deleted with it come back. */
  async restore(id: string): Promise<Comment> {
    const root = this.stored(id);
    if (!root?.deletedAt)
      throw new BroadsheetError('not-found', `No deleted comment with id "${id}".`);
    const stamp = root.deletedAt;
    const list = this.listOf(root.articleId);
    for (const c of list) if (c.deletedAt === stamp) c.deletedAt = null;
    await this.save(root.articleId, list);
    return publicComment(root);
  }

  /** Put back comments from a backup, except those whose id exists; returns how many. */
  async insertMany(comments: Comment[]): Promise<number> {
    const changed = new Map<string, ArticleComments>();
    let added = 0;
    for (const c of comments) {
      if (this.articleOfComment.has(c.id)) continue;
      const list = changed.get(c.articleId) ?? [...this.listOf(c.articleId)];
      list.push({ ...c });
      changed.set(c.articleId, list);
      this.articleOfComment.set(c.id, c.articleId);
      added++;
    }
    if (added > 0) await this.db.change([...changed]);
    return added;
  }

  articleOf(id: string): string {
    const articleId = this.articleOfComment.get(id);
    if (articleId === undefined)
      throw new BroadsheetError('not-found', `No comment with id "${id}".`);
    return articleId;
  }

  /** Removes every comment of these articles (one write per touched shard). */
  async removeForArticles(articleIds: string[]): Promise<void> {
    const had = articleIds.filter((id) => this.db.get(id) !== undefined);
    if (had.length === 0) return;
    for (const id of had) for (const c of this.db.get(id)!) this.articleOfComment.delete(c.id);
    await this.db.change([], had);
  }

  /** Every comment body, for the search index. */
  bodiesByArticle(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [articleId, list] of this.db.entries()) {
      const bodies = list.filter(visible).map((c) => c.body);
      if (bodies.length) out.set(articleId, bodies);
    }
    return out;
  }
}
