import { useState, type FormEvent } from 'react';
import type { Article, CommentThread as Thread, TextAnchor } from '../../../../shared/model';
import { call } from '../../api';
import { CommentItem, type CommentActions } from './CommentItem';
import { useThreadWork } from './useThreadWork';

export function CommentThread(props: {
  article: Article;
  threads: Thread[] | null;
  reload: () => Promise<void>;
  pendingAnchor: TextAnchor | null;
  clearAnchor: () => void;
  reveal: (c: Thread) => void;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const { article, threads, reload, pendingAnchor, clearAnchor, reveal, textareaRef } = props;
  const [draft, setDraft] = useState('');
  const { error, run } = useThreadWork(reload);
  const [undo, setUndo] = useState<{ id: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await call('comments.add', { articleId: article.id, body: draft, anchor: pendingAnchor });
      setDraft('');
      clearAnchor();
    });
  }

  const actions: CommentActions = {
    reply: (parentId, body) =>
      run(() => call('comments.add', { articleId: article.id, body, parentId })),
    edit: (id, body) => run(() => call('comments.edit', { id, body })),
    remove: async (id) =>
      void (await run(async () => {
        await call('comments.delete', { id });
        setUndo({ id });
      })),
    reveal,
  };

  const visible = threads?.filter((c) => c.body || c.replies.length) ?? [];
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Comments</h2>
      {threads && visible.length === 0 && (
        <p className="comments-empty">Be the first to comment on “{article.title}”</p>
      )}
      {visible.length > 0 && (
        <ul className="comment-list">
          {visible.map((c) => (
            <CommentItem key={c.id} comment={c} actions={actions} />
          ))}
        </ul>
      )}
      {undo && (
        <p className="undo-bar" role="status">
          Comment deleted.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              run(async () => (await call('comments.restore', { id: undo.id }), setUndo(null)))
            }
          >
            Undo
          </button>
        </p>
      )}
      <form className="comment-form" onSubmit={submit}>
        {pendingAnchor && (
          <blockquote className="comment-quote pending">
            {pendingAnchor.exact}
            <button type="button" className="link-button" onClick={clearAnchor}>
              Remove quote
            </button>
          </blockquote>
        )}
        <label htmlFor="new-comment" className="visually-hidden">
          Write a comment
        </label>
        <textarea
          id="new-comment"
          ref={textareaRef}
          value={draft}
          placeholder={
            pendingAnchor
              ? 'Comment on this passage…'
              : 'Write a comment… (Markdown: *emphasis*, [links](https://…), > quotes, - lists)'
          }
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
