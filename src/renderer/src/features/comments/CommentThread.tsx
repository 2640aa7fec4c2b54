import { useEffect, useState, type FormEvent } from 'react';
import type { Article, CommentThread as Thread } from '../../../../shared/model';
import { call } from '../../api';
import { relativeTime } from '../library/relative-time';

function CommentItem({ comment }: { comment: Thread }) {
  return (
    <li className="comment">
      {comment.quote && <blockquote className="comment-quote">{comment.quote}</blockquote>}
      <p className="comment-body">{comment.body}</p>
      <p className="comment-meta">{relativeTime(comment.createdAt)}</p>
      {comment.replies.length > 0 && (
        <ul className="comment-replies">
          {comment.replies.map((r) => (
            <CommentItem key={r.id} comment={r} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CommentThread({ article }: { article: Article }) {
  const [threads, setThreads] = useState<Thread[] | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('comments.list', { articleId: article.id })
      .then(setThreads)
      .catch((e: Error) => setError(e.message));
  }, [article.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await call('comments.add', { articleId: article.id, body: draft });
      setDraft('');
      setError(null);
      setThreads(await call('comments.list', { articleId: article.id }));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {threads && threads.length === 0 && (
        <p className="comments-empty">Be the first to comment on “{article.title}”</p>
      )}
      {threads && threads.length > 0 && (
        <ul className="comment-list">
          {threads.map((c) => (
            <CommentItem key={c.id} comment={c} />
          ))}
        </ul>
      )}
      <form className="comment-form" onSubmit={submit}>
        <label htmlFor="new-comment" className="visually-hidden">
          Write a comment
        </label>
        <textarea
          id="new-comment"
          value={draft}
          placeholder="Write a comment…"
          rows={3}
          onChange={(e) => setDraft(e.target.value)}
        />
        {error && <p className="inline-error">{error}</p>}
        <button type="submit" className="button" disabled={!draft.trim()}>
          Comment
        </button>
      </form>
    </section>
  );
}
