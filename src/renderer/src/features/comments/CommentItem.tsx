import { useState, type FormEvent } from 'react';
import type { CommentThread } from '../../../../shared/model';
import { relativeTime } from '../library/relative-time';
import { renderCommentMarkdown } from './markdown';

export interface CommentActions {
  /** Resolve true once saved; false when it failed (the error is shown, the editor stays). */
  reply(parentId: string, body: string): Promise<boolean>;
  edit(id: string, body: string): Promise<boolean>;
  remove(id: string): Promise<void>;
  reveal(comment: CommentThread): void;
}

function Editor(props: {
  initial: string;
  label: string;
  submit: string;
  onSave: (body: string) => Promise<void>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(props.initial);
  async function save(e: FormEvent) {
    e.preventDefault();
    if (text.trim()) await props.onSave(text);
  }
  return (
    <form className="comment-editor" onSubmit={save}>
      <textarea
        aria-label={props.label}
        value={text}
        rows={3}
        autoFocus
        onChange={(e) => setText(e.target.value)}
      />
      <div className="comment-editor-actions">
        <button type="button" className="link-button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button" disabled={!text.trim()}>
          {props.submit}
        </button>
      </div>
    </form>
  );
}

export function CommentItem({
  comment,
  actions,
}: {
  comment: CommentThread;
  actions: CommentActions;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const edited = comment.updatedAt !== comment.createdAt;
  return (
    <li className="comment" id={`comment-${comment.id}`}>
      {comment.quote && (
        <blockquote className={`comment-quote${comment.detached ? ' detached' : ''}`}>
          <button
            type="button"
            className="quote-link"
            onClick={() => actions.reveal(comment)}
            disabled={comment.detached}
          >
            {comment.quote}
          </button>
          {comment.detached && (
            <span className="detached-label">
              detached: this passage is no longer in the article
            </span>
          )}
        </blockquote>
      )}
      {mode === 'edit' ? (
        <Editor
          initial={comment.body}
          label="Edit comment"
          submit="Save"
          onCancel={() => setMode('view')}
          onSave={async (b) => void ((await actions.edit(comment.id, b)) && setMode('view'))}
        />
      ) : (
        comment.body && (
          <div
            className="comment-body"
            dangerouslySetInnerHTML={{ __html: renderCommentMarkdown(comment.body) }}
          />
        )
      )}
      <p className="comment-meta">
        <time dateTime={comment.createdAt} title={new Date(comment.createdAt).toLocaleString()}>
          {comment.highlight && !comment.body ? 'Highlighted ' : ''}
          {relativeTime(comment.createdAt)}
        </time>
        {edited && <span> · edited</span>}
        {mode === 'view' && (
          <>
            {comment.body && (
              <button type="button" className="link-button" onClick={() => setMode('reply')}>
                Reply
              </button>
            )}
            {comment.body && (
              <button type="button" className="link-button" onClick={() => setMode('edit')}>
                Edit
              </button>
            )}
            <button
              type="button"
              className="link-button"
              onClick={() => actions.remove(comment.id)}
            >
              Delete
            </button>
          </>
        )}
      </p>
      {mode === 'reply' && (
        <Editor
          initial=""
          label="Write a reply"
          submit="Reply"
          onCancel={() => setMode('view')}
          onSave={async (b) => void ((await actions.reply(comment.id, b)) && setMode('view'))}
        />
      )}
      {comment.replies.length > 0 && (
        <ul className="comment-replies">
          {comment.replies.map((r) => (
            <CommentItem key={r.id} comment={r} actions={actions} />
          ))}
        </ul>
      )}
    </li>
  );
}
