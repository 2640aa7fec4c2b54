// What one benchmark size produces: the fields issue 8 asks for (null where not measured, the
// reason in `notes`) and the extra figures behind them.

export interface SizeResult {
  size: number;
  coldOpenMs: number | null;
  /** The same command on a library with no articles: process start and module loading. */
  coldOpenEmptyMs: number | null;
  coldOpenPaintedMs: number | null;
  openArticleP50Ms: number | null;
  openArticleP95Ms: number | null;
  firstOpenArticleMs: number | null;
  openArticlePaintedP95Ms: number | null;
  searchP50Ms: number | null;
  searchP95Ms: number | null;
  searchOperationP95Ms: number | null;
  searchOperation50P95Ms: number | null;
  searchPaintedP95Ms: number | null;
  commentP50Ms: number | null;
  commentP95Ms: number | null;
  tagP50Ms: number | null;
  tagP95Ms: number | null;
  markReadP50Ms: number | null;
  markReadP95Ms: number | null;
  capturePagesPerSec: number | null;
  feedRefresh200Ms: number | null;
  feedMaxStallMs: number | null;
  feedItemsAdded: number | null;
  scrollFps: number | null;
  scrollDroppedFrames: number | null;
  libraryRssMb: number | null;
  rendererRssMb: number | null;
  seedMs: number | null;
  indexBuildMs: number | null;
  naiveLowdbWriteMs: number | null;
  naiveLowdbMb: number | null;
  naiveLowdbWithBodiesWriteMs: number | null;
  linearScanP50Ms: number | null;
  linearScanP95Ms: number | null;
  /** Why a field is null, or what to know about it. */
  notes: Record<string, string>;
}

export function emptyResult(size: number): SizeResult {
  return {
    size,
    coldOpenMs: null,
    coldOpenEmptyMs: null,
    coldOpenPaintedMs: null,
    openArticleP50Ms: null,
    openArticleP95Ms: null,
    firstOpenArticleMs: null,
    openArticlePaintedP95Ms: null,
    searchP50Ms: null,
    searchP95Ms: null,
    searchOperationP95Ms: null,
    searchOperation50P95Ms: null,
    searchPaintedP95Ms: null,
    commentP50Ms: null,
    commentP95Ms: null,
    tagP50Ms: null,
    tagP95Ms: null,
    markReadP50Ms: null,
    markReadP95Ms: null,
    capturePagesPerSec: null,
    feedRefresh200Ms: null,
    feedMaxStallMs: null,
    feedItemsAdded: null,
    scrollFps: null,
    scrollDroppedFrames: null,
    libraryRssMb: null,
    rendererRssMb: null,
    seedMs: null,
    indexBuildMs: null,
    naiveLowdbWriteMs: null,
    naiveLowdbMb: null,
    naiveLowdbWithBodiesWriteMs: null,
    linearScanP50Ms: null,
    linearScanP95Ms: null,
    notes: {},
  };
}
