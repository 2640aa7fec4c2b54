// The printed report: one row per measurement, one column per size, with the target and the
// verdict at each size; then the naive comparisons as ratios; then the notes (reasons for nulls).
import type { SizeResult } from '../results-shape';
import { TARGETS, verdict, type Metric } from './targets';

const ROWS: [Metric, string][] = [
  ['coldOpenMs', 'cold open → first list page (Library), ms'],
  ['coldOpenEmptyMs', 'same, library of 0 articles (startup), ms'],
  ['coldOpenPaintedMs', 'cold open → list painted (web mode), ms'],
  ['openArticleP50Ms', 'open article p50 (Library), ms'],
  ['openArticleP95Ms', 'open article p95 (Library), ms'],
  ['firstOpenArticleMs', 'first open after start, ms'],
  ['openArticlePaintedP95Ms', 'open article painted p95, ms'],
  ['searchP50Ms', 'search engine p50 (as you type), ms'],
  ['searchP95Ms', 'search engine p95 (as you type), ms'],
  ['searchOperationP95Ms', 'search operation p95 (200 results), ms'],
  ['searchOperation50P95Ms', 'search operation p95 (50 results), ms'],
  ['searchPaintedP95Ms', 'keystroke → results painted p95, ms'],
  ['commentP50Ms', 'add comment → durable p50, ms'],
  ['commentP95Ms', 'add comment → durable p95, ms'],
  ['tagP50Ms', 'add tag → durable p50, ms'],
  ['tagP95Ms', 'add tag → durable p95, ms'],
  ['markReadP50Ms', 'mark read → durable p50, ms'],
  ['markReadP95Ms', 'mark read → durable p95, ms'],
  ['capturePagesPerSec', 'capture, pages/s (25 real pages)'],
  ['feedRefresh200Ms', 'refresh 200 feeds, ms'],
  ['feedMaxStallMs', 'longest event-loop stall in refresh, ms'],
  ['feedItemsAdded', 'feed items added by the refresh'],
  ['scrollFps', 'list scrolling, fps'],
  ['scrollDroppedFrames', 'dropped frames in 5 s of scrolling'],
  ['libraryRssMb', 'Library process RSS (web mode), MB'],
  ['rendererRssMb', 'renderer RSS, MB'],
  ['seedMs', 'seeding the library, ms'],
  ['indexBuildMs', 'building the search index, ms'],
  ['naiveLowdbMb', 'naive: one lowdb file, MB (metadata)'],
  ['naiveLowdbWriteMs', 'naive: one change written, ms'],
  ['naiveLowdbWithBodiesWriteMs', 'naive: same with bodies inside, ms'],
  ['linearScanP50Ms', 'naive: linear scan search p50, ms'],
  ['linearScanP95Ms', 'naive: linear scan search p95, ms'],
];

function fmt(v: number | null): string {
  if (v === null || Number.isNaN(v)) return '—';
  return v >= 100 ? Math.round(v).toLocaleString('en') : v.toFixed(v >= 10 ? 1 : 2);
}

function targetText(metric: Metric): string {
  const t = TARGETS[metric];
  if (!t) return '';
  const sign = t.atLeast ? '≥' : '≤';
  return t.at10k === t.at100k
    ? `${sign} ${fmt(t.at100k)}`
    : `${sign} ${fmt(t.at100k)} (10k ${sign} ${fmt(t.at10k)})`;
}

function ratio(a: number | null, b: number | null): string {
  return a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`;
}

/** The report as Markdown (printed, and the same table goes into the README). */
export function reportMarkdown(results: SizeResult[]): string {
  const head = `| measurement | ${results.map((r) => `${r.size.toLocaleString('en')}`).join(' | ')} | target (100k; 10k) |`;
  const rule = `|---|${results.map(() => '---:').join('|')}|---|`;
  const rows = ROWS.map(([metric, label]) => {
    const cells = results.map((r) => {
      const v = verdict(metric, r.size, r[metric]);
      return `${fmt(r[metric])}${v && v !== 'met' ? ` (${v})` : ''}`;
    });
    return `| ${label} | ${cells.join(' | ')} | ${targetText(metric)} |`;
  });
  const ratios = [
    `| naive vs ours | ${results.map((r) => `${r.size.toLocaleString('en')}`).join(' | ')} |`,
    `|---|${results.map(() => '---:').join('|')}|`,
    `| one lowdb file ÷ sharded store (one change, p50) | ${results.map((r) => ratio(r.naiveLowdbWriteMs, r.markReadP50Ms)).join(' | ')} |`,
    `| one lowdb file with bodies ÷ sharded store | ${results.map((r) => ratio(r.naiveLowdbWithBodiesWriteMs, r.markReadP50Ms)).join(' | ')} |`,
    `| linear scan ÷ search index (p50) | ${results.map((r) => ratio(r.linearScanP50Ms, r.searchP50Ms)).join(' | ')} |`,
    `| linear scan ÷ search index (p95) | ${results.map((r) => ratio(r.linearScanP95Ms, r.searchP95Ms)).join(' | ')} |`,
  ];
  const notes = results.flatMap((r) =>
    Object.entries(r.notes).map(([k, v]) => `- ${r.size.toLocaleString('en')}: ${k}: ${v}`),
  );
  return [
    head,
    rule,
    ...rows,
    '',
    ...ratios,
    '',
    ...(notes.length ? ['Notes:', ...notes] : []),
  ].join('\n');
}
