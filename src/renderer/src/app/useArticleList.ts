import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/model';
import { call } from '../api';
import type { ListSelection } from '../features/library/NavPane';
import { takeFirstPage } from '../first-screen';
import { keepShownRows } from './keep-shown-rows';
import { PAGE, queryOf } from './list-query';
import { LARGEST_PAGE } from './rest-of-list';
import { useLibraryChanges } from './useLibraryChanges';

/**
 * The rows of the selected view, a page at a time as the person scrolls (`loadMore`), following
 * changes made elsewhere; `reload` asks again keeping as many rows as were loaded.
 */
export function useArticleList(selection: ListSelection, setError: (message: string) => void) {
  const [articles, setArticles] = useState<Article[] | null>(null);
  const [total, setTotal] = useState(0);
  const [reloads, setReloads] = useState(0);

  // A reload after a change keeps as many rows as were loaded, so the scroll position holds.
  const loaded = useRef({ count: PAGE, ids: new Set<string>() });
  useEffect(() => {
    loaded.current = {
      count: Math.max(PAGE, articles?.length ?? 0),
      ids: new Set(articles?.map((a) => a.id)),
    };
  }, [articles]);
  // Only the latest list asked for may show: an earlier view's late answer (or a page of it)
  // never lands in the view chosen since.
  const listSeq = useRef(0);
  // Rows shown before a reload that changes elsewhere caused: they stay until the person moves on.
  const keep = useRef<{ selection: ListSelection; rows: Article[]; removed: Set<string> } | null>(
    null,
  );
  useEffect(() => {
    const seq = ++listSeq.current;
    // At most the contract's largest page, even after select-all paged in more than that.
    const limit = reloads ? Math.min(LARGEST_PAGE, loaded.current.count) : PAGE;
    const kept = keep.current?.selection === selection ? keep.current : null;
    keep.current = null;
    const query = { ...queryOf(selection), limit };
    // The first view's page was asked as the page started (first-screen.ts).
    (takeFirstPage(query) ?? call('articles.list', query))
      .then((page) => {
        if (seq !== listSeq.current) return;
        setArticles(kept ? keepShownRows(page.items, kept.rows, kept.removed) : page.items);
        setTotal(page.total);
      })
      .catch((e: Error) => seq === listSeq.current && setError(e.message));
  }, [selection, reloads, setError]);
  // New articles (a feed, the CLI) reload the list. A row already shown is updated where it is,
  // even when it no longer matches the view (an unread article just read stays until you move on).
  useLibraryChanges(({ changed, removed }) => {
    const { ids } = loaded.current;
    const shown = [...changed].filter((id) => ids.has(id));
    if (shown.length < changed.size || shown.length > 50) {
      keep.current = { selection, rows: articles ?? [], removed };
      return setReloads((n) => n + 1);
    }
    if (removed.size) {
      setArticles((list) => list?.filter((a) => !removed.has(a.id)) ?? list);
      setTotal((t) => t - [...removed].filter((id) => ids.has(id)).length);
    }
    for (const id of shown) {
      call('articles.get', { id })
        .then((a) => setArticles((list) => list?.map((x) => (x.id === id ? a : x)) ?? list))
        .catch(() => undefined);
    }
  });

  // The list asks for the next page as the person scrolls near its end.
  const loading = useRef(false);
  const loadMore = useCallback(() => {
    if (loading.current || !articles) return;
    loading.current = true;
    const seq = listSeq.current;
    call('articles.list', { ...queryOf(selection), offset: articles.length })
      .then(
        (page) =>
          seq === listSeq.current && setArticles((list) => [...(list ?? []), ...page.items]),
      )
      .catch((e: Error) => setError(e.message))
      .finally(() => (loading.current = false));
  }, [articles, selection, setError]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { articles, setArticles, total, setTotal, loadMore, reload };
}
