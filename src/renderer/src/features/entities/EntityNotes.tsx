import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { EntityNote } from '../../../../shared/model';
import { call } from '../../api';
import { renderCommentMarkdown } from '../comments/markdown';
import { relativeTime } from '../library/relative-time';
import { useThreadWork } from '../comments/useThreadWork';

function Note(props: {
  note: EntityNote;
  /** Resolves true once saved; false when it failed (the error is shown, the text kept). */
  onEdit: (body: string) => Promise<boolean>;
  onDelete: () => void;
}) {
  const { note } = props;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.body);
  return (
    <li className="comment" id={`note-${note.id}`}>
      {editing ? (
        <form
          className="comment-editor"
          onSubmit={(e) => {
            e.preventDefault();
            void props.onEdit(text).then((saved) => saved && setEditing(false));
          }}
        >
          <textarea
            aria-label="Edit note"
            value={text}
            rows={3}
            autoFocus
            onChange={(e) => setText(e.target.value)}
          />
          <div className="comment-editor-actions">
            <button type="button" className="link-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="button" disabled={!text.trim()}>
              Save
            </button>
          </div>
        </form>
      ) : (
        <div
          className="comment-body"
          // Light Markdown, raw HTML escaped: a note is the person's text, never markup.
          dangerouslySetInnerHTML={{ __html: renderCommentMarkdown(note.body) }}
        />
      )}
      <p className="comment-meta">
        <time dateTime={note.createdAt} title={new Date(note.createdAt).toLocaleString()}>
          {relativeTime(note.createdAt)}
        </time>
        {note.updatedAt !== note.createdAt && <span> · edited</span>}
        {!editing && (
          <>
            <button
              type="button"
              className="link-button"
              onClick={() => (setText(note.body), setEditing(true))}
            >
              Edit
            </button>
            <button type="button" className="link-button" onClick={props.onDelete}>
              Delete
            </button>
          </>
        )}
      </p>
    </li>
  );
}

/** The person's own thread on an entity. */
export function EntityNotes(props: { entityId: string; entityName: string }) {
  const { entityId } = props;
  const [notes, setNotes] = useState<EntityNote[] | null>(null);
  const [draft, setDraft] = useState('');
  const [undo, setUndo] = useState<string | null>(null);

  const reload = useCallback(
    () => call('entityNotes.list', { entityId }).then(setNotes),
    [entityId],
  );
  const { error, setError, run } = useThreadWork(reload);
  useEffect(() => {
    reload().catch((e: Error) => setError(e.message));
  }, [reload, setError]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await call('entityNotes.add', { entityId, body: draft });
      setDraft('');
    });
  }

  return (
    <section className="comments entity-notes" aria-labelledby="entity-notes-heading">
      <h2 id="entity-notes-heading">Your notes</h2>
      {notes && notes.length === 0 && (
        <p className="comments-empty">Nothing written about {props.entityName} yet.</p>
      )}
      {notes && notes.length > 0 && (
        <ul className="comment-list">
          {notes.map((n) => (
            <Note
              key={n.id}
              note={n}
              onEdit={(body) => run(() => call('entityNotes.edit', { id: n.id, body }))}
              onDelete={() =>
                void run(async () => {
                  await call('entityNotes.delete', { id: n.id });
                  setUndo(n.id);
                })
              }
            />
          ))}
        </ul>
      )}
      {undo && (
        <p className="undo-bar" role="status">
          Note deleted.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void run(async () => (await call('entityNotes.restore', { id: undo }), setUndo(null)))
            }
          >
            Undo
          </button>
        </p>
      )}
      <form className="comment-form" onSubmit={submit}>
        <label htmlFor="new-entity-note" className="visually-hidden">
          Write a note on {props.entityName}
        </label>
        <textarea
          id="new-entity-note"
          value={draft}
          rows={3}
          placeholder={`A note on ${props.entityName}… (Markdown; link an entity with [name](entity:Name))`}
          onChange={(e) => setDraft(e.target.value)}
        />
        {error && <p className="inline-error">{error}</p>}
        <button type="submit" className="button" disabled={!draft.trim()}>
          Add note
        </button>
      </form>
    </section>
  );
}
