import { useEffect, useRef } from 'react';
import { subscribe } from '../api';

/**
 * Calls back once a burst of article changes has settled (a feed refresh saves dozens at once),
 * so views made elsewhere — the schedule, the CLI, another window — show up without a reload.
 */
export function useLibraryChanges(onChange: () => void, settleMs = 400): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = subscribe((event) => {
      const type = (event as { type?: string }).type;
      if (type !== 'article-changed' && type !== 'article-removed') return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), settleMs);
    });
    return () => (stop(), clearTimeout(timer));
  }, [settleMs]);
}
