import { memo } from 'react';
import type { Article } from '../../../../shared/model';
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
  index: number;
  setSize: number;
  onOpen: (id: string) => void;
  snippet?: string;
  terms?: string[];
}) {
  const terms = props.terms ?? [];
  const a = props.article;
  return (
    <div
      id={`row-${a.id}`}
      role="option"
      aria-selected={props.open}
      aria-posinset={props.index + 1}
      aria-setsize={props.setSize}
      className={`article-row${a.read ? '' : ' unread'}${props.cursor ? ' cursor' : ''}`}
      tabIndex={props.cursor ? 0 : -1}
      onClick={() => props.onOpen(a.id)}
      onKeyDown={(e) =>
        (e.key === 'Enter' || e.key === 'o') && (e.stopPropagation(), props.onOpen(a.id))
      }
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
