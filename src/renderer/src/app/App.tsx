import { useCallback, useEffect, useState } from 'react';
import type { Article } from '../../../shared/model';
import { call } from '../api';
import { ArticleList } from '../features/library/ArticleList';
import { NavPane, type ListFilter } from '../features/library/NavPane';
import { Reader } from '../features/reader/Reader';
import { Notices } from './Notices';

const FILTER_QUERY: Record<ListFilter, { unread?: boolean; starred?: boolean }> = {
  all: {},
  unread: { unread: true },
  starred: { starred: true },
};

export function App() {
  const [filter, setFilter] = useState<ListFilter>('all');
  const [articles, setArticles] = useState<Article[] | null>(null);
  const [total, setTotal] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([call('library.status', {}), call('settings.get', {})])
      .then(([status, settings]) => {
        setNotices(status.notices);
        setOpenId(settings.lastOpenArticleId);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    call('articles.list', { ...FILTER_QUERY[filter], limit: 500 })
      .then((page) => {
        setArticles(page.items);
        setTotal(page.total);
      })
      .catch((e: Error) => setError(e.message));
  }, [filter]);

  // Until the person picks one, the newest article is open.
  const shownId = openId ?? articles?.[0]?.id ?? null;

  const open = useCallback((id: string) => {
    setOpenId(id);
    call('settings.update', { lastOpenArticleId: id }).catch(() => undefined);
  }, []);

  const onArticleChanged = useCallback((changed: Article) => {
    setArticles((list) => list?.map((a) => (a.id === changed.id ? changed : a)) ?? list);
  }, []);

  return (
    <div className="app">
      <NavPane filter={filter} onFilter={setFilter} />
      <ArticleList articles={articles} total={total} openId={shownId} onOpen={open} />
      <main className="reader-pane" aria-label="Reader">
        <Notices
          notices={notices}
          error={error}
          onDismiss={() => (setNotices([]), setError(null))}
        />
        {shownId ? (
          <Reader key={shownId} id={shownId} onChanged={onArticleChanged} />
        ) : (
          articles && (
            <div className="empty-state">
              <h2>Nothing to read yet</h2>
              <p>Save a page or drop a file here, and it will be kept for reading offline.</p>
            </div>
          )
        )}
      </main>
    </div>
  );
}
