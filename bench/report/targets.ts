// Issue 8's targets: the figure at 100k articles, and the tighter one at 10k (also applied below).
import type { SizeResult } from '../results-shape';

export type Metric = Exclude<keyof SizeResult, 'size' | 'notes'>;

export interface Target {
  /** Higher is better (throughput, fps) rather than lower (time, memory). */
  atLeast?: boolean;
  at100k: number;
  at10k: number;
}

export const TARGETS: Partial<Record<Metric, Target>> = {
  coldOpenMs: { at100k: 1200, at10k: 800 },
  coldOpenPaintedMs: { at100k: 1200, at10k: 800 },
  openArticleP95Ms: { at100k: 50, at10k: 50 },
  openArticlePaintedP95Ms: { at100k: 50, at10k: 50 },
  searchP95Ms: { at100k: 25, at10k: 10 },
  searchPaintedP95Ms: { at100k: 100, at10k: 100 },
  commentP95Ms: { at100k: 25, at10k: 25 },
  tagP95Ms: { at100k: 25, at10k: 25 },
  capturePagesPerSec: { atLeast: true, at100k: 20, at10k: 20 },
  feedRefresh200Ms: { at100k: 10_000, at10k: 10_000 },
  feedMaxStallMs: { at100k: 50, at10k: 50 },
  scrollFps: { atLeast: true, at100k: 55, at10k: 55 },
  libraryRssMb: { at100k: 800, at10k: 300 },
};

export function targetFor(
  metric: Metric,
  size: number,
): { value: number; atLeast: boolean } | null {
  const t = TARGETS[metric];
  if (!t) return null;
  return { value: size > 10_000 ? t.at100k : t.at10k, atLeast: t.atLeast ?? false };
}

/** "met", or how far off: "+35%" over a ceiling, "-20%" under a floor; null without a target. */
export function verdict(metric: Metric, size: number, value: number | null): string | null {
  const t = targetFor(metric, size);
  if (!t || value === null) return null;
  const ok = t.atLeast ? value >= t.value : value <= t.value;
  if (ok) return 'met';
  const off = ((value - t.value) / t.value) * 100;
  return `missed ${off > 0 ? '+' : ''}${off.toFixed(0)}%`;
}
