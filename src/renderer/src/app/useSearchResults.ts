import { useCallback, useEffect, useRef, useState } from 'react';
import type { OpOutput } from '../../../shared/api';
import type { Article } from '../../../shared/model';
import { call } from '../api';
import { LatestOnly } from '../features/search/latest-only';
import { loadRestOfList } from './rest-of-list';

type SearchResults = OpOutput<'search'>;
type SearchItem = SearchResults['items'][number];

/** `shown` then those of `more` not among them: the index may move on between two pages. */
function joined(shown: SearchItem[], more: SearchItem[]): SearchItem[] {
  const have = new Set(shown.map((item) => item.article.id));
  return [...shown, ...more.filter((item) => !have.has(item.article.id))];
}

/**
 * Results a page at a time: each comes with a snippet read from its body, so fewer paint sooner.
 * The first page is a tall window's first screen and the rows drawn around it; the list asks for
 * the next (SEARCH_PAGE) as soon as it shows them, and so on as it scrolls.
 */
const FIRST_SEARCH_PAGE = 20;
export const SEARCH_PAGE = 50;
/** The contract's largest page of search results. */
const LARGEST_SEARCH_PAGE = 500;

/**
 * Search results as the person types `query`, further pages as they scroll (`loadMore`). An older
 * answer, or a page of it, never replaces a newer one.
 */
export function useSearchResults(query: string, setError: (message: string) => void) {
  const [results, setResults] = useState<SearchResults | null>(null);
  const searchSeq = useRef(0);
  // The search the shown results answer: only its own further pages may join them.
  const shownSeq = useRef(0);
  // No debounce: a search costs a few ms, the 30 ms of waiting were a third of the keystroke's.
  const sender = useRef<LatestOnly | null>(null);
  useEffect(() => {
    const seq = ++searchSeq.current;
    sender.current ??= new LatestOnly();
    if (!query.trim()) return sender.current.drop();
    sender.current.run(() =>
      call('search', { query, limit: FIRST_SEARCH_PAGE })
        .then((r) => {
          if (seq !== searchSeq.current) return;
          shownSeq.current = seq;
          setResults(r);
        })
        .catch((e: Error) => seq === searchSeq.current && setError(e.message)),
    );
  }, [query, setError]);

  const loading = useRef(false);
  const loadMore = useCallback(() => {
    const seq = searchSeq.current;
    if (loading.current || !results || shownSeq.current !== seq) return;
    if (results.items.length >= results.total) return;
    loading.current = true;
    call('search', { query, offset: results.items.length, limit: SEARCH_PAGE })
      .then((page) => {
        if (seq !== searchSeq.current) return;
        setResults((shown) => {
          if (!shown) return shown;
          const items = joined(shown.items, page.items);
          // Nothing new: the results ended sooner than their total said; stop asking.
          const total = items.length === shown.items.length ? items.length : shown.total;
          return { ...shown, items, total };
        });
      })
      .catch((e: Error) => seq === searchSeq.current && setError(e.message))
      .finally(() => (loading.current = false));
  }, [query, results, setError]);

  /** Every result, for select-all: the pages not loaded yet join the shown ones; null if stale. */
  const loadAll = useCallback(async (): Promise<Article[] | null> => {
    const seq = searchSeq.current;
    if (!results || shownSeq.current !== seq) return null;
    const rest = await loadRestOfList(results.items.length, results.total, (offset, limit) =>
      call('search', { query, offset, limit: Math.min(LARGEST_SEARCH_PAGE, limit) }).then(
        (page) => page.items,
      ),
    );
    if (seq !== searchSeq.current) return null;
    const items = joined(results.items, rest);
    setResults({ ...results, items });
    return items.map((item) => item.article);
  }, [query, results]);

  return { results, setResults, loadMore, loadAll };
}
