import type { Article } from '../../../../shared/model';
import { relativeTime } from './relative-time';

function site(a: Article): string {
  if (a.siteName) return a.siteName;
  if (a.url) return new URL(a.url).hostname.replace(/^www\./, '');
  return a.source === 'sample' ? 'Sample article' : 'Saved file';
}

export function ArticleList(props: {
  title: string;
  header?: React.ReactNode;
  articles: Article[] | null;
  total: number;
  openId: string | null;
  /** The keyboard cursor (j/k); Enter opens it. */
  cursorId: string | null;
  onOpen: (id: string) => void;
}) {
  const { articles } = props;
  return (
    <section className="list-pane" aria-label="Articles">
      {props.header}
      <header className="list-header">
        <h2>{props.title}</h2>
        <span className="count">{props.total}</span>
      </header>
      {articles && articles.length === 0 && <p className="list-empty">No articles here yet.</p>}
      <ul className="article-list" role="listbox" aria-label="Article list">
        {articles?.map((a) => (
          <li
            key={a.id}
            id={`row-${a.id}`}
            role="option"
            aria-selected={a.id === props.openId}
            className={`article-row${a.read ? '' : ' unread'}${a.id === props.cursorId ? ' cursor' : ''}`}
            tabIndex={a.id === props.cursorId ? 0 : -1}
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
            <div className="row-title">{a.title}</div>
            <div className="row-excerpt">{a.excerpt}</div>
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
          </li>
        ))}
      </ul>
    </section>
  );
}
