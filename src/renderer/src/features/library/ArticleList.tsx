import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Article } from '../../../../shared/model';
import { ArticleRow } from './ArticleRow';

/**
 * The article list, virtualised: only the rows in view (and a few around them) are in the DOM,
 * and further pages load as the person scrolls, so tens of thousands of articles stay smooth.
 */
export function ArticleList(props: {
  title: string;
  header?: React.ReactNode;
  articles: Article[] | null;
  total: number;
  openId: string | null;
  /** The keyboard cursor (j/k); Enter opens it. */
  cursorId: string | null;
  onOpen: (id: string) => void;
  /** The multi-selection; empty means the open article is the selected one. */
  selectedIds: ReadonlySet<string>;
  onPick: (id: string, how: 'toggle' | 'range') => void;
  onMenu: (id: string, x: number, y: number) => void;
  /** Shown above the rows: the bulk bar while several are selected. */
  banner?: React.ReactNode;
  onNeedMore: () => void;
  /** Changes when another list is shown (a view chosen, a new query): it starts at its top. */
  view: unknown;
  /** Search results: a snippet per article and the words to mark. */
  snippets?: Map<string, string>;
  terms?: string[];
  emptyText?: string;
}) {
  const { articles, onNeedMore } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const count = articles?.length ?? 0;
  // The virtualiser's functions are not memoisable; the compiler lint knows and skips this hook.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => 104,
    overscan: 8,
    getItemKey: (i) => articles?.[i]?.id ?? i,
  });
  const items = virtual.getVirtualItems();
  const last = items.length ? items[items.length - 1].index : -1;

  useEffect(() => {
    if (last >= count - 20 && count < props.total) onNeedMore();
  }, [last, count, props.total, onNeedMore]);

  // Follow the keyboard cursor, once per move (the virtualiser object changes on every render).
  const cursorIndex = articles?.findIndex((a) => a.id === props.cursorId) ?? -1;
  const followed = useRef(-1);

  // Another list starts at its top, not where the last one was scrolled to (search results shown
  // near the end of a long list looked like the list had lost its first rows); the cursor, if it
  // is in the new list, is followed anew by the effect below.
  const shownView = useRef(props.view);
  useEffect(() => {
    if (shownView.current === props.view) return;
    shownView.current = props.view;
    followed.current = -1;
    // Through the virtualiser: it also drops a scroll to the cursor still settling in the old list.
    virtual.scrollToOffset(0);
  }, [props.view, virtual]);

  useEffect(() => {
    if (cursorIndex < 0 || cursorIndex === followed.current) return;
    followed.current = cursorIndex;
    virtual.scrollToIndex(cursorIndex, { align: 'auto' });
  }, [cursorIndex, virtual]);

  // The list is reachable by Tab even when the cursor's row is scrolled out (not rendered).
  const cursorRendered = items.some((i) => articles?.[i.index]?.id === props.cursorId);

  return (
    <section className="list-pane" aria-label="Articles">
      {props.header}
      <header className="list-header">
        <h2>{props.title}</h2>
        <span className="count">{props.total}</span>
      </header>
      {props.banner}
      {articles && articles.length === 0 && (
        <p className="list-empty">{props.emptyText ?? 'No articles here yet.'}</p>
      )}
      <div
        className="article-list"
        ref={scroller}
        role="listbox"
        aria-label="Article list"
        aria-multiselectable="true"
        tabIndex={cursorRendered ? -1 : 0}
      >
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const a = articles![item.index];
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={virtual.measureElement}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <ArticleRow
                  article={a}
                  index={item.index}
                  setSize={props.total}
                  open={a.id === props.openId}
                  cursor={a.id === props.cursorId}
                  selected={
                    props.selectedIds.size ? props.selectedIds.has(a.id) : a.id === props.openId
                  }
                  onOpen={props.onOpen}
                  onPick={props.onPick}
                  onMenu={props.onMenu}
                  snippet={props.snippets?.get(a.id)}
                  terms={props.terms}
                />
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
