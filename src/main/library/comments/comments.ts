// Local comments: threads under an article, optionally anchored to a quoted passage.
import type { Low } from 'lowdb';
import type { Comment, CommentThread } from '../../../shared/model';
import { BroadsheetError } from '../errors';
import { newId } from '../ids';

export interface CommentsFile {
  version: number;
  comments: Comment[];
}

export function threadComments(comments: Comment[]): CommentThread[] {
  const byId = new Map<string, CommentThread>();
  for (const c of comments) byId.set(c.id, { ...c, replies: [] });
  const roots: CommentThread[] = [];
  for (const c of byId.values()) {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    (parent ? parent.replies : roots).push(c);
  }
  return roots;
}

export class Comments {
  constructor(private readonly db: Low<CommentsFile>) {}

  forArticle(articleId: string): Comment[] {
    return this.db.data.comments
      .filter((c) => c.articleId === articleId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  async add(input: {
    articleId: string;
    body: string;
    parentId?: string | null;
    quote?: string | null;
  }): Promise<Comment> {
    if (input.parentId) {
      const parent = this.db.data.comments.find((c) => c.id === input.parentId);
      if (!parent || parent.articleId !== input.articleId) {
        throw new BroadsheetError(
          'not-found',
          `No comment with id "${input.parentId}" on this article.`,
        );
      }
    }
    const now = new Date().toISOString();
    const comment: Comment = {
      id: newId(),
      articleId: input.articleId,
      parentId: input.parentId ?? null,
      body: input.body,
      quote: input.quote?.trim() || null,
      createdAt: now,
      updatedAt: now,
    };
    this.db.data.comments.push(comment);
    await this.db.write();
    return comment;
  }

  async removeForArticle(articleId: string): Promise<void> {
    const before = this.db.data.comments.length;
    this.db.data.comments = this.db.data.comments.filter((c) => c.articleId !== articleId);
    if (this.db.data.comments.length !== before) await this.db.write();
  }
}
