// Code that runs inside the page (Chromium), passed to Playwright as functions: the keystroke →
// results-painted instrumentation, opening an article from the list, and a scroll run. The first
// row and the reader's heading and first paragraph are "painted" when Chromium presents the frame
// showing them (Element Timing's renderTime); search results, and where Element Timing is
// missing, at the second animation frame after the change, once the frame showing it was produced.

interface BenchProbe {
  keyAt: number;
  sentAt: Record<string, number>;
  paintedAt: Record<string, number>;
}
type ProbedWindow = Window & { __bench: BenchProbe };

/** Installed before the app loads: notes each keystroke, and when each search's results paint. */
export function installSearchProbe(): void {
  const w = window as unknown as ProbedWindow;
  w.__bench = { keyAt: 0, sentAt: {}, paintedAt: {} };
  document.addEventListener('keydown', () => (w.__bench.keyAt = performance.now()), true);
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const isSearch = String(input).endsWith('/api/search');
    const query = isSearch ? (JSON.parse(String(init?.body)) as { query: string }).query : '';
    if (isSearch) w.__bench.sentAt[query] = w.__bench.keyAt;
    const response = await original(input, init);
    if (isSearch) {
      void response
        .clone()
        .json()
        .then(() =>
          setTimeout(() =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => (w.__bench.paintedAt[query] = performance.now())),
            ),
          ),
        );
    }
    return response;
  };
}

/** Keystroke to painted results for `query`, or null (falsy, so Playwright keeps waiting). */
export function searchPaintedMs(query: string): number | null {
  const probe = (window as unknown as ProbedWindow).__bench;
  const painted = probe.paintedAt[query];
  return painted === undefined ? null : painted - probe.sentAt[query];
}

export function forgetSearches(): void {
  const probe = (window as unknown as ProbedWindow).__bench;
  probe.sentAt = {};
  probe.paintedAt = {};
}

interface PaintProbe {
  /** Elements named for Element Timing, with the time their first frame was presented. */
  presented: { element: Element | null; at: number }[];
  /** The fallback: two animation frames after the first row appeared. */
  firstRowFramed: number | null;
  /** When the frame showing `element` was presented (page clock), or null if not reported. */
  presentedAt(element: Element | null, waitMs: number): Promise<number | null>;
}
type PaintWindow = Window & { __paint: PaintProbe };

/**
 * Installed before the app loads: names the elements a person waits for — the list's first row,
 * the reader's heading and its first paragraph — so Chromium reports when each is on screen.
 */
export function installPaintProbe(): void {
  const w = window as unknown as PaintWindow;
  const timed = PerformanceObserver.supportedEntryTypes.includes('element');
  w.__paint = {
    presented: [],
    firstRowFramed: null,
    // Defined here: functions handed to Playwright run alone, without this module's helpers.
    async presentedAt(element, waitMs) {
      if (!element || !timed) return null;
      const until = performance.now() + waitMs;
      for (;;) {
        const entry = this.presented.find((p) => p.element === element);
        if (entry) return entry.at;
        if (performance.now() > until) return null;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
  if (timed) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        element: Element | null;
        renderTime: number;
      })[])
        w.__paint.presented.push({ element: e.element, at: e.renderTime || e.startTime });
    }).observe({ type: 'element', buffered: true });
  }
  const name = (el: Element | null | undefined, id: string) => {
    if (el && !el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', id);
  };
  // Mutation callbacks run before the frame that shows the change: the name is there in time.
  new MutationObserver(() => {
    const row = document.querySelector('[role="listbox"] [role="option"] .row-title');
    if (row && w.__paint.firstRowFramed === null) {
      w.__paint.firstRowFramed = 0;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => (w.__paint.firstRowFramed = performance.now())),
      );
    }
    name(row, 'first-row');
    name(document.querySelector('.reader-header h1'), 'reader-title');
    const body = document.querySelector('.reader-body');
    name(
      [...(body?.children ?? [])].find((c) => c.textContent?.trim()),
      'reader-text',
    );
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Click the row at `index` of the list and wait until the reader shows its title and body; the
 * time until the frame showing both was presented.
 */
export async function openRowPaintedMs(index: number): Promise<number> {
  const rows = document.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]');
  const row = rows[index];
  const title = row.querySelector('.row-title')?.textContent ?? '';
  const started = performance.now();
  row.click();
  await new Promise<void>((resolve) => {
    const check = () => {
      const shown = document.querySelector('.reader-header h1')?.textContent;
      const body = document.querySelector('.reader-body')?.textContent ?? '';
      if (shown === title && body.length > 0) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
  const heading = document.querySelector('.reader-header h1');
  const text = document.querySelector('.reader-body [elementtiming="reader-text"]');
  const probe = (window as unknown as PaintWindow).__paint;
  const shown = await Promise.all([
    probe.presentedAt(heading, 1000),
    probe.presentedAt(text, 1000),
  ]);
  if (shown[0] !== null && shown[1] !== null) return Math.max(shown[0], shown[1]) - started;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return performance.now() - started;
}

/** Scroll the article list by `pxPerFrame` every frame for `ms`; returns the frame times. */
export async function scrollFrames(args: { pxPerFrame: number; ms: number }): Promise<number[]> {
  const list = document.querySelector<HTMLElement>('.article-list');
  if (!list) throw new Error('no article list');
  const stamps: number[] = [];
  await new Promise<void>((resolve) => {
    const step = (t: number) => {
      stamps.push(t);
      list.scrollTop += args.pxPerFrame;
      if (t - stamps[0] < args.ms) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  });
  return stamps;
}

/** When the first row of the list was on screen, in ms since the epoch (comparable across processes). */
export async function firstListPaintedAt(): Promise<number> {
  const probe = (window as unknown as PaintWindow).__paint;
  const row = document.querySelector('[role="listbox"] [role="option"] .row-title');
  const shown = await probe.presentedAt(row?.getAttribute('elementtiming') ? row : null, 1000);
  if (shown !== null) return performance.timeOrigin + shown;
  while (!probe.firstRowFramed) await new Promise((resolve) => setTimeout(resolve, 10));
  return performance.timeOrigin + probe.firstRowFramed;
}
