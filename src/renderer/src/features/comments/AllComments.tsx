import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api';
import { loadRestOfList } from '../../app/rest-of-list';
import { relativeTime } from '../library/relative-time';
import { renderCommentMarkdown } from './markdown';
import { mergeNewestFirst, type Comment, type Note } from './merge-entries';
import './all-comments.css';

const PAGE = 50;
/** The most notes the contract gives at once (entityNotes.recent). */
const NOTES_PAGE = 1000;

function Body(props: { text: string }) {
  return (
    <div
      className="annotation-body comment-body"
      // Light Markdown with raw HTML escaped, as under the article.
      dangerouslySetInnerHTML={{ __html: renderCommentMarkdown(props.text) }}
    />
  );
}

function When(props: { at: string }) {
  return (
    <time dateTime={props.at} title={new Date(props.at).toLocaleString()}>
      {relativeTime(props.at)}
    </time>
  );
}

/** Every comment, highlight and entity note of the library, newest first; each opens its place. */
export function AllComments(props: {
  onOpen: (articleId: string, commentId: string) => void;
  onOpenEntity: (entity: { id: string; name: string }) => void;
}) {
  const [comments, setComments] = useState<Comment[] | null>(null);
  const [total, setTotal] = useState(0);
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (offset: number) =>
      call('comments.recent', { offset, limit: PAGE }).then(
        (page) => {
          setComments((list) => {
            if (offset === 0 || !list) return page.items;
            // "Show more" pressed twice, or comments added meanwhile: a page may repeat rows.
            const have = new Set(list.map((c) => c.id));
            return [...list, ...page.items.filter((c) => !have.has(c.id))];
          });
          setTotal(page.total);
        },
        (e: Error) => setError(e.message),
      ),
    [],
  );
  useEffect(() => {
    void load(0);
    // Notes come all at once (merged by time with the comments), in pages the contract allows.
    const notesPage = (offset: number, limit: number) =>
      call('entityNotes.recent', { offset, limit: Math.min(limit, NOTES_PAGE) });
    void notesPage(0, NOTES_PAGE)
      .then(async (first) => [
        ...first.items,
        ...(await loadRestOfList(first.items.length, first.total, (offset, limit) =>
          notesPage(offset, limit).then((page) => page.items),
        )),
      ])
      .then(setNotes, (e: Error) => (setNotes([]), setError(e.message)));
  }, [load]);

  const more = comments !== null && comments.length < total;
  // Shown once both are in: notes arriving after the comments moved every entry under the pointer.
  const entries = comments && notes ? mergeNewestFirst(comments, notes, !more) : null;
  // Clicking anywhere in an entry opens its place; the title button is the keyboard's way in.
  const whole = (open: () => void) => (e: React.MouseEvent) =>
    !(e.target as Element).closest('a, button') && open();

  return (
    <div className="all-comments">
      <header className="all-comments-header">
        <h1>Comments and highlights</h1>
        <p className="entity-page-meta">
          {entries
            ? `${total + (notes?.length ?? 0)} across your library, newest first`
            : 'Loading…'}
        </p>
      </header>
      {error && <p className="inline-error">{error}</p>}
      {entries && entries.length === 0 && (
        <p className="comments-empty">
          Nothing yet. Select a passage in an article and choose Comment or Highlight, or write
          under it.
        </p>
      )}
      <ul className="annotation-list">
        {entries?.map((entry) => {
          if (entry.kind === 'note') {
            const n = entry.note;
            const open = () => props.onOpenEntity({ id: n.entityId, name: n.entityName });
            return (
              <li key={`note-${n.id}`} className="annotation" onClick={whole(open)}>
                <p className="annotation-meta">
                  <span className="annotation-kind">Note</span>
                  <button type="button" className="annotation-title" onClick={open}>
                    {n.entityName}
                  </button>
                  <When at={n.createdAt} />
                </p>
                <Body text={n.body} />
              </li>
            );
          }
          const c = entry.comment;
          const kind = c.highlight && !c.body ? 'Highlight' : c.parentId ? 'Reply' : 'Comment';
          const open = () => props.onOpen(c.articleId, c.id);
          return (
            <li key={c.id} className="annotation" onClick={whole(open)}>
              <p className="annotation-meta">
                <span className="annotation-kind">{kind}</span>
                <button type="button" className="annotation-title" onClick={open}>
                  {c.articleTitle || 'Untitled'}
                </button>
                <When at={c.createdAt} />
              </p>
              {c.quote && <blockquote className="annotation-quote">{c.quote}</blockquote>}
              {c.body && <Body text={c.body} />}
            </li>
          );
        })}
      </ul>
      {more && (
        <button
          type="button"
          className="link-button"
          onClick={() => void load(comments?.length ?? 0)}
        >
          Show more
        </button>
      )}
    </div>
  );
}
