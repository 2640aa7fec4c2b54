// Code that runs inside the page (Chromium), passed to Playwright as functions: the keystroke →
// results-painted instrumentation, opening an article from the list, and a scroll run. "Painted"
// is the second animation frame after the change, i.e. once the frame showing it was produced.

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

/** Click the row at `index` of the list and wait until the reader shows its title and body. */
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

export async function firstListPainted(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}
