import { useEffect, useRef } from 'react';
import { subscribe } from '../api';

export interface LibraryChanges {
  changed: Set<string>;
  removed: Set<string>;
}

/**
 * Calls back once a burst of article changes has settled (a feed refresh saves dozens at once),
 * so changes made elsewhere — the schedule, the CLI, another window — show without a reload.
 */
export function useLibraryChanges(onChange: (changes: LibraryChanges) => void, settleMs = 400) {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let changes: LibraryChanges = { changed: new Set(), removed: new Set() };
    const stop = subscribe((event) => {
      const { type, id } = event as { type?: string; id?: string };
      if (!id || (type !== 'article-changed' && type !== 'article-removed')) return;
      if (type === 'article-removed') changes.removed.add(id);
      else changes.changed.add(id);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const settled = changes;
        changes = { changed: new Set(), removed: new Set() };
        latest.current(settled);
      }, settleMs);
    });
    return () => (stop(), clearTimeout(timer));
  }, [settleMs]);
}
