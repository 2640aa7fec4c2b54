import { useEffect, useRef } from 'react';
import type { Article } from '../../../../shared/model';
import { call } from '../../api';

/** Saved at most this often while scrolling, and once more when the article closes. */
const SAVE_EVERY_MS = 1500;

/** Whether an article opened with this progress is restored to a place below its top. */
export function opensMidway(progress: number): boolean {
  return progress > 0.005 && progress < 0.98;
}

function progressOf(pane: HTMLElement): number {
  const room = pane.scrollHeight - pane.clientHeight;
  return room > 0 ? Math.min(1, Math.max(0, pane.scrollTop / room)) : 0;
}

/**
 * Reading progress (0..1 of the reader's scroll) is remembered and restored: the reader opens
 * where it was left. A finished article (98 % or more) opens at the top again.
 */
export function useReadingProgress(
  article: Article | null,
  html: string,
  bodyRef: React.RefObject<HTMLElement | null>,
): void {
  // The progress the article was opened with; later updates of the article must not scroll.
  const opened = useRef<number | null>(null);
  const id = article?.id;
  const progress = article?.progress ?? null;
  useEffect(() => {
    if (opened.current === null) opened.current = progress;
  }, [progress]);
  const ready = id !== undefined && html !== '';

  useEffect(() => {
    const pane = bodyRef.current?.closest<HTMLElement>('.reader-pane');
    if (!ready || !pane || !id) return;
    const initial = opened.current ?? 0;
    let saved = initial;
    let latest = initial;
    // After layout, so the article's full height is known.
    const frame = requestAnimationFrame(() => {
      const room = pane.scrollHeight - pane.clientHeight;
      pane.scrollTop = opensMidway(initial) ? initial * room : 0;
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      if (Math.abs(latest - saved) < 0.005) return;
      saved = latest;
      void call('articles.update', { id, progress: latest }).catch(() => undefined);
    };
    const onScroll = () => {
      latest = Math.round(progressOf(pane) * 1000) / 1000;
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      pane.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
      save();
    };
  }, [id, ready, bodyRef]);
}
