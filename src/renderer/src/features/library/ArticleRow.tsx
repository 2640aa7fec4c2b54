import { memo } from 'react';
import type { Article } from '../../../../shared/model';
import { prefetchArticle } from '../reader/open-article';
import { Highlighted } from '../search/Highlighted';
import { relativeTime } from './relative-time';

function site(a: Article): string {
  if (a.siteName) return a.siteName;
  if (a.url) return new URL(a.url).hostname.replace(/^www\./, '');
  return a.source === 'sample' ? 'Sample article' : 'Saved file';
}

export const ArticleRow = memo(function ArticleRow(props: {
  article: Article;
  open: boolean;
  cursor: boolean;
  /** Part of a multi-selection. */
  selected: boolean;
  index: number;
  setSize: number;
  onOpen: (id: string) => void;
  /** Ctrl/Cmd+click toggles the row into the selection, Shift+click selects a range. */
  onPick: (id: string, how: 'toggle' | 'range') => void;
  /** Right-click, Shift+F10 or the Menu key: the row menu at a point. */
  onMenu: (id: string, x: number, y: number) => void;
  snippet?: string;
  terms?: string[];
}) {
  const terms = props.terms ?? [];
  const a = props.article;
  return (
    <div
      id={`row-${a.id}`}
      role="option"
      aria-selected={props.selected}
      aria-current={props.open ? 'true' : undefined}
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      className={`article-row${a.read ? '' : ' unread'}${props.cursor ? ' cursor' : ''}${props.open ? ' open' : ''}${props.selected ? ' selected' : ''}`}
      tabIndex={props.cursor ? 0 : -1}
      onClick={(e) => {
        if (e.shiftKey) props.onPick(a.id, 'range');
        else if (e.ctrlKey || e.metaKey) props.onPick(a.id, 'toggle');
        else props.onOpen(a.id);
      }}
      onMouseDown={(e) => {
        // Shift+click would otherwise select the text between the two rows.
        if (e.shiftKey) e.preventDefault();
        // A plain press opens the article on release: its request leaves a click's length sooner.
        else if (e.button === 0 && !e.ctrlKey && !e.metaKey && !props.open) prefetchArticle(a.id);
      }}
      onContextMenu={(e) => {
        e.preventDefault();
        props.onMenu(a.id, e.clientX, e.clientY);
      }}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === 'o') && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
          e.stopPropagation();
          props.onOpen(a.id);
        } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
          e.preventDefault();
          const box = e.currentTarget.getBoundingClientRect();
          props.onMenu(a.id, box.left + 24, box.top + Math.min(box.height, 40));
        }
      }}
    >
      <div className="row-meta">
        {!a.read && <span className="unread-dot" aria-label="unread" />}
        <span className="row-site">{site(a)}</span>
        <span className="row-date">{relativeTime(a.publishedAt ?? a.savedAt)}</span>
        {a.starred && (
          <span className="row-star" aria-label="starred">
            ★
          </span>
        )}
      </div>
      <div className="row-title">
        <Highlighted text={a.title} terms={terms} />
      </div>
      <div className="row-excerpt">
        <Highlighted text={props.snippet ?? a.excerpt} terms={terms} />
      </div>
      {(a.tags.length > 0 || a.commentCount > 0) && (
        <div className="row-extra">
          {a.tags.map((t) => (
            <span className="chip" key={t}>
              {t}
            </span>
          ))}
          {a.commentCount > 0 && (
            <span className="row-comments">
              {a.commentCount} comment{a.commentCount === 1 ? '' : 's'}
            </span>
          )}
        </div>
      )}
    </div>
  );
});
