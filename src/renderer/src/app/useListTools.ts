import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { ListQuery, OpOutput } from '../../../shared/api';
import { call } from '../api';
import type { Article } from '../../../shared/model';
import { useArticleActions, type ApplyLocally } from '../features/library/useArticleActions';
import type { ShortcutAction } from '../features/shortcuts/shortcuts';
import type { ListOverlay } from './ListOverlays';
import { loadRestOfList } from './rest-of-list';
import { useListSelection } from './useListSelection';

type SearchResults = OpOutput<'search'> | null;

let overlaySeq = 0;

/**
 * Everything the list does beyond showing rows: the multi-selection, bulk actions on it, the row
 * menu and its dialogs. The shown rows change in place after an action.
 */
export function useListTools(p: {
  list: Article[];
  /** Which list is shown: the selection does not carry over to another. */
  scope: string;
  /** The view's query, to page in the rest on select-all; null for search results. */
  query: ListQuery | null;
  /** Search results' rest on select-all (they page in by themselves); null if stale. */
  loadSearchRest: () => Promise<Article[] | null>;
  total: number;
  cursor: string | null;
  setCursor: (id: string) => void;
  openId: string | null;
  setArticles: Dispatch<SetStateAction<Article[] | null>>;
  setTotal: Dispatch<SetStateAction<number>>;
  setResults: Dispatch<SetStateAction<SearchResults>>;
  /** The open article was deleted (null) or changed under the reader (its id). */
  onOpenChanged: (gone: boolean) => void;
  setError: (message: string) => void;
}) {
  const { list, cursor, setCursor, openId, setArticles, setTotal, setResults, onOpenChanged } = p;
  const selection = useListSelection(list, cursor, setCursor, p.scope);
  const [overlay, setOverlayState] = useState<ListOverlay | null>(null);
  const setOverlay = useCallback(
    (next: ListOverlay | null) => setOverlayState(next && { ...next, seq: ++overlaySeq }),
    [],
  );

  const apply: ApplyLocally = useCallback(
    (ids, change, deleted) => {
      const touched = new Set(ids);
      const edit = (a: Article) => (touched.has(a.id) ? change(a) : a);
      let removed = 0;
      setArticles((rows) => {
        const next = rows?.map(edit).filter((a): a is Article => a !== null) ?? rows;
        removed = (rows?.length ?? 0) - (next?.length ?? 0);
        return next;
      });
      setTotal((n) => Math.max(0, n - removed));
      setResults((r) => {
        if (!r) return r;
        const items = r.items.flatMap((item) => {
          const article = edit(item.article);
          return article ? [{ ...item, article }] : [];
        });
        return { ...r, items, total: r.total - (r.items.length - items.length) };
      });
      // The cursor moves on past rows that left.
      if (cursor && touched.has(cursor)) {
        const at = list.findIndex((a) => a.id === cursor);
        const next = list.slice(at).find((a) => !touched.has(a.id) || change(a) !== null);
        if (next) setCursor(next.id);
      }
      if (openId && touched.has(openId)) onOpenChanged(Boolean(deleted));
    },
    [cursor, list, openId, setArticles, setTotal, setResults, setCursor, onOpenChanged],
  );
  const actions = useArticleActions(apply, p.setError);

  const targets = useCallback(
    () => (selection.ids.size ? [...selection.ids] : cursor ? [cursor] : []),
    [selection.ids, cursor],
  );

  // Ctrl/Cmd+A selects the whole list, loading the rows not yet paged in. Another list shown by
  // the time they arrive (a view or a search chosen meanwhile) must not get them.
  const { query, total, setError, scope, loadSearchRest } = p;
  const shownScope = useRef(scope);
  useEffect(() => {
    shownScope.current = scope;
  }, [scope]);
  const selectAll = useCallback(() => {
    const every = (rows: Article[]) => selection.all(rows.map((a) => a.id));
    if (list.length >= total) return every(list);
    const rows = query
      ? loadRestOfList(list.length, total, (offset, limit) =>
          call('articles.list', { ...query, offset, limit }).then((page) => page.items),
        ).then((rest) => {
          if (shownScope.current !== scope) return null;
          setArticles([...list, ...rest]);
          return [...list, ...rest];
        })
      : loadSearchRest();
    rows
      .then((all) => all && shownScope.current === scope && every(all))
      .catch((e: Error) => shownScope.current === scope && setError(e.message));
  }, [selection, query, list, total, scope, setArticles, setError, loadSearchRest]);

  /** Keys that act on the selection while there is one; returns true when it took the key. */
  const onKey = useCallback(
    (action: ShortcutAction): boolean => {
      if (action === 'extend-next' || action === 'extend-previous') {
        selection.extendBy(action === 'extend-next' ? 1 : -1);
        return true;
      }
      if (action === 'select-all') {
        selectAll();
        return true;
      }
      if (action === 'delete') {
        const ids = targets();
        if (ids.length) setOverlay({ kind: 'delete', ids });
        return true;
      }
      const picked = selection.selected;
      if (!picked.length) return false;
      if (action === 'star')
        void actions.mark(selection.selectedIds(), { starred: picked.some((a) => !a.starred) });
      else if (action === 'toggle-read')
        void actions.mark(selection.selectedIds(), { read: picked.some((a) => !a.read) });
      else if (action === 'archive')
        void actions.mark(selection.selectedIds(), { archived: !picked.every((a) => a.archived) });
      else if (action === 'tag') setOverlay({ kind: 'tag', ids: selection.selectedIds() });
      else return false;
      return true;
    },
    [selection, actions, targets, setOverlay, selectAll],
  );

  const onMenu = useCallback(
    (row: string, x: number, y: number) => {
      setCursor(row);
      const ids = selection.ids.has(row) ? [...selection.ids] : [row];
      setOverlay({ kind: 'menu', row, ids, x, y });
    },
    [selection.ids, setCursor, setOverlay],
  );

  const confirmDelete = useCallback(
    (ids: string[]) => setOverlay({ kind: 'delete', ids }),
    [setOverlay],
  );

  return useMemo(
    () => ({ selection, actions, overlay, setOverlay, onKey, onMenu, confirmDelete }),
    [selection, actions, overlay, setOverlay, onKey, onMenu, confirmDelete],
  );
}
