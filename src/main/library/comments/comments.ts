// Local comments and highlights: threads under an article, optionally anchored to a passage.
// Deleting is soft so that it can be undone; deleted comments are hidden everywhere else.
import type { Low } from 'lowdb';
import type { Comment, CommentThread, TextAnchor } from '../../../shared/model';
import { BroadsheetError } from '../errors';
import { newId } from '../ids';

export type StoredComment = Comment & { deletedAt?: string | null };

export interface CommentsFile {
  version: number;
  comments: StoredComment[];
}

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
  constructor(private readonly db: Low<CommentsFile>) {}

  private find(id: string): StoredComment {
    const comment = this.db.data.comments.find((c) => c.id === id && visible(c));
    if (!comment) throw new BroadsheetError('not-found', `No comment with id "${id}".`);
    return comment;
  }

  forArticle(articleId: string): Comment[] {
    return this.db.data.comments
      .filter((c) => c.articleId === articleId && visible(c))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map(publicComment);
  }

  /** Every comment and highlight of the library, newest first. */
  recent(offset: number, limit: number): { total: number; items: Comment[] } {
    const all = this.db.data.comments.filter(visible);
    all.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    return { total: all.length, items: all.slice(offset, offset + limit).map(publicComment) };
  }

  countFor(articleId: string): number {
    let n = 0;
    for (const c of this.db.data.comments) if (c.articleId === articleId && visible(c)) n++;
    return n;
  }

  async add(input: NewComment): Promise<Comment> {
    if (input.parentId) {
      const parent = this.db.data.comments.find((c) => c.id === input.parentId && visible(c));
      if (!parent || parent.articleId !== input.articleId) {
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
    this.db.data.comments.push(comment);
    await this.db.write();
    return publicComment(comment);
  }

  async edit(id: string, body: string): Promise<Comment> {
    const comment = this.find(id);
    comment.body = body;
    comment.updatedAt = new Date().toISOString();
    await this.db.write();
    return publicComment(comment);
  }

  /** Soft-delete a comment and its replies; returns the ids so the same set can be restored. */
  async remove(id: string): Promise<{ comment: Comment; ids: string[] }> {
    const root = this.find(id);
    const now = new Date().toISOString();
    const ids = new Set([root.id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const c of this.db.data.comments) {
        if (visible(c) && c.parentId && ids.has(c.parentId) && !ids.has(c.id)) {
          ids.add(c.id);
          grew = true;
        }
      }
    }
    for (const c of this.db.data.comments) if (ids.has(c.id)) c.deletedAt = now;
    await this.db.write();
    return { comment: publicComment(root), ids: [...ids] };
  }

  /** Undo a delete: the comment and the replies deleted with it come back. */
  async restore(id: string): Promise<Comment> {
    const root = this.db.data.comments.find((c) => c.id === id);
    if (!root?.deletedAt)
      throw new BroadsheetError('not-found', `No deleted comment with id "${id}".`);
    const stamp = root.deletedAt;
    for (const c of this.db.data.comments)
      if (c.articleId === root.articleId && c.deletedAt === stamp) c.deletedAt = null;
    await this.db.write();
    return publicComment(root);
  }

  /** Put back comments from a backup, except those whose id exists; returns how many. */
  async insertMany(comments: Comment[]): Promise<number> {
    const known = new Set(this.db.data.comments.map((c) => c.id));
    const fresh = comments.filter((c) => !known.has(c.id));
    if (fresh.length === 0) return 0;
    this.db.data.comments.push(...fresh.map((c) => ({ ...c })));
    await this.db.write();
    return fresh.length;
  }

  articleOf(id: string): string {
    const c = this.db.data.comments.find((x) => x.id === id);
    if (!c) throw new BroadsheetError('not-found', `No comment with id "${id}".`);
    return c.articleId;
  }

  async removeForArticle(articleId: string): Promise<void> {
    const before = this.db.data.comments.length;
    this.db.data.comments = this.db.data.comments.filter((c) => c.articleId !== articleId);
    if (this.db.data.comments.length !== before) await this.db.write();
  }

  /** Every comment body, for the search index. */
  bodiesByArticle(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const c of this.db.data.comments) {
      if (!visible(c)) continue;
      const list = out.get(c.articleId) ?? [];
      list.push(c.body);
      out.set(c.articleId, list);
    }
    return out;
  }
}
