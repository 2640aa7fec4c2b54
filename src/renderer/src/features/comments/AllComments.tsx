import { useCallback, useEffect, useState } from 'react';
import type { OpOutput } from '../../../../shared/api';
import { call } from '../../api';
import { relativeTime } from '../library/relative-time';
import { renderCommentMarkdown } from './markdown';
import './all-comments.css';

type Recent = OpOutput<'comments.recent'>;
type Item = Recent['items'][number];

const PAGE = 50;

/** Every comment and highlight of the library, newest first; each opens its place. */
export function AllComments(props: { onOpen: (articleId: string, commentId: string) => void }) {
  const [items, setItems] = useState<Item[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    (offset: number) =>
      call('comments.recent', { offset, limit: PAGE }).then(
        (page) => {
          setItems((list) => (offset === 0 ? page.items : [...(list ?? []), ...page.items]));
          setTotal(page.total);
        },
        (e: Error) => setError(e.message),
      ),
    [],
  );
  useEffect(() => void load(0), [load]);

  return (
    <div className="all-comments">
      <header className="all-comments-header">
        <h1>Comments and highlights</h1>
        <p className="entity-page-meta">
          {items ? `${total} across your library, newest first` : 'Loading…'}
        </p>
      </header>
      {error && <p className="inline-error">{error}</p>}
      {items && items.length === 0 && (
        <p className="comments-empty">
          Nothing yet. Select a passage in an article and choose Comment or Highlight, or write
          under it.
        </p>
      )}
      <ul className="annotation-list">
        {items?.map((c) => {
          const kind = c.highlight && !c.body ? 'Highlight' : c.parentId ? 'Reply' : 'Comment';
          const open = () => props.onOpen(c.articleId, c.id);
          return (
            // The whole entry opens its place on a click; the title is the keyboard's way in.
            <li
              key={c.id}
              className="annotation"
              onClick={(e) => !(e.target as Element).closest('a, button') && open()}
            >
              <p className="annotation-meta">
                <span className="annotation-kind">{kind}</span>
                <button type="button" className="annotation-title" onClick={open}>
                  {c.articleTitle || 'Untitled'}
                </button>
                <time dateTime={c.createdAt} title={new Date(c.createdAt).toLocaleString()}>
                  {relativeTime(c.createdAt)}
                </time>
              </p>
              {c.quote && <blockquote className="annotation-quote">{c.quote}</blockquote>}
              {c.body && (
                <div
                  className="annotation-body comment-body"
                  // Light Markdown with raw HTML escaped, as under the article.
                  dangerouslySetInnerHTML={{ __html: renderCommentMarkdown(c.body) }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {items && items.length < total && (
        <button type="button" className="link-button" onClick={() => void load(items.length)}>
          Show more
        </button>
      )}
    </div>
  );
}
