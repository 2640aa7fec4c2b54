import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../shared/model';
import { isTyping } from '../features/shortcuts/shortcuts';
import {
  EMPTY_SELECTION,
  extend,
  range,
  retain,
  selectAll,
  toggle,
  type Selection,
} from './selection';

/** Focus a row: at once when it is rendered, else once the virtual list has scrolled to it. */
export function focusRow(id: string | null): void {
  if (!id) return;
  const row = document.getElementById(`row-${id}`);
  if (row) row.focus();
  else requestAnimationFrame(() => document.getElementById(`row-${id}`)?.focus());
}

/** Where focus goes when what had it disappears: the cursor row, else any row, else the list. */
export function listFallbackFocus(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('.article-row.cursor') ??
    document.querySelector<HTMLElement>('.article-row') ??
    document.querySelector<HTMLElement>('.article-list')
  );
}

/**
 * If focus falls to the page because its element left (a row archived, the bulk bar gone), put
 * it back in the list. The list re-renders a moment after the change, so look a few times.
 */
export function keepFocusInList(): void {
  const check = () => {
    if (!document.activeElement || document.activeElement === document.body)
      listFallbackFocus()?.focus();
  };
  requestAnimationFrame(check);
  for (const ms of [120, 400, 900]) setTimeout(check, ms);
}

/**
 * The list's multi-selection: Ctrl/Cmd+click, Shift+click, Shift+j/k, select all, Escape clears.
 * Rows that leave the list leave the selection.
 */
export function useListSelection(
  list: Article[],
  cursor: string | null,
  setCursor: (id: string) => void,
  /** Which list this is (view, search); another list starts with nothing selected. */
  scope: string,
) {
  const [stored, setStored] = useState<Selection>(EMPTY_SELECTION);
  const [storedScope, setStoredScope] = useState(scope);
  if (storedScope !== scope) {
    setStoredScope(scope);
    setStored(EMPTY_SELECTION);
  }
  const order = useMemo(() => list.map((a) => a.id), [list]);
  const selection = useMemo(() => retain(stored, order), [stored, order]);
  const ids = useMemo(() => new Set(selection.ids), [selection]);

  const pick = useCallback(
    (id: string, how: 'toggle' | 'range') => {
      setStored((s) => (how === 'toggle' ? toggle : range)(retain(s, order), order, id, cursor));
      setCursor(id);
      focusRow(id);
    },
    [order, cursor, setCursor],
  );

  const extendBy = useCallback(
    (step: 1 | -1) => {
      const next = extend(selection, order, cursor, step);
      setStored(next.selection);
      if (next.cursor) setCursor(next.cursor);
      focusRow(next.cursor);
    },
    [selection, order, cursor, setCursor],
  );

  const all = useCallback((every: string[]) => setStored(selectAll(every)), []);
  const clear = useCallback(() => {
    setStored(EMPTY_SELECTION);
    keepFocusInList();
  }, []);

  // Escape drops the selection (a menu or dialog handles its own Escape first).
  const active = selection.ids.length > 0;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || isTyping(e.target) || document.querySelector('dialog[open]'))
        return;
      clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, clear]);

  const selected = useMemo(() => list.filter((a) => ids.has(a.id)), [list, ids]);
  return useMemo(
    () => ({
      ids,
      selected,
      selectedIds: () => selected.map((a) => a.id),
      pick,
      extendBy,
      all,
      clear,
    }),
    [ids, selected, pick, extendBy, all, clear],
  );
}

export type ListSelectionState = ReturnType<typeof useListSelection>;
