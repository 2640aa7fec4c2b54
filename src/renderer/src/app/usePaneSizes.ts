import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../shared/api';
import { call } from '../api';

/** Navigation and list widths in CSS pixels; the reader takes the rest. */
export interface PaneLimits {
  min: number;
  max: number;
  initial: number;
}

export const PANE_LIMITS: [PaneLimits, PaneLimits] = [
  { min: 160, max: 360, initial: 200 },
  { min: 260, max: 640, initial: 360 },
];

/** The reader never gets narrower than this because of a pane handle. */
const READER_MIN = 420;

/** The default widths: on a wide screen the list gets a little more (up to 440 px at 2000). */
export function initialWidth(index: 0 | 1, viewport: number): number {
  if (index === 0) return PANE_LIMITS[0].initial;
  return Math.round(Math.min(440, Math.max(PANE_LIMITS[1].initial, viewport * 0.22)));
}

function clampAll(sizes: number[], viewport: number): [number, number] {
  const nav = Math.round(
    Math.min(
      PANE_LIMITS[0].max,
      Math.max(PANE_LIMITS[0].min, sizes[0] || initialWidth(0, viewport)),
    ),
  );
  const listMax = Math.max(
    PANE_LIMITS[1].min,
    Math.min(PANE_LIMITS[1].max, viewport - nav - READER_MIN),
  );
  const list = Math.round(
    Math.min(listMax, Math.max(PANE_LIMITS[1].min, sizes[1] || initialWidth(1, viewport))),
  );
  return [nav, list];
}

/** The largest width pane `index` may take now, given the window and the other pane. */
export function maxWidth(index: 0 | 1, sizes: [number, number]): number {
  if (index === 0) return PANE_LIMITS[0].max;
  return clampAll([sizes[0], Infinity], window.innerWidth)[1];
}

/**
 * Pane widths from the `paneSizes` setting, clamped to the window; changes are saved a moment
 * after the last one so a drag writes once.
 */
export function usePaneSizes(settings: Settings | null) {
  const [stored, setStored] = useState<number[] | null>(null);
  const [viewport, setViewport] = useState(() => window.innerWidth);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saved = settings?.paneSizes;
  const sizes = clampAll(stored ?? saved ?? [], viewport);

  useEffect(() => {
    const onResize = () => setViewport(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const resize = useCallback(
    (index: 0 | 1, width: number | null) => {
      setStored((prev) => {
        // 0 stands for "the default for this window", so a reset follows the screen again.
        const next = [prev?.[0] ?? saved?.[0] ?? 0, prev?.[1] ?? saved?.[1] ?? 0];
        next[index] = width ?? 0;
        clearTimeout(saveTimer.current);
        saveTimer.current = setTimeout(
          () => void call('settings.update', { paneSizes: next }).catch(() => undefined),
          300,
        );
        return next;
      });
    },
    [saved],
  );

  const reset = useCallback(() => {
    resize(0, null);
    resize(1, null);
  }, [resize]);

  /** The props of the handle after pane `index`. */
  const handle = (index: 0 | 1) => ({
    label: index === 0 ? 'Resize the navigation pane' : 'Resize the article list',
    value: sizes[index],
    min: PANE_LIMITS[index].min,
    max: maxWidth(index, sizes),
    onResize: (width: number | null) => resize(index, width),
  });
  /** The grid reads the widths from these custom properties (styles/panes.css). */
  const style = {
    '--nav-width': `${sizes[0]}px`,
    '--list-width': `${sizes[1]}px`,
  } as React.CSSProperties;

  return { sizes, resize, reset, handle, style };
}
