// While the app or web mode runs, feeds refresh on the interval the person set.
import type { Library } from './library/library';

export function scheduleFeedRefresh(library: Library): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const plan = (): void => {
    if (stopped) return;
    const minutes = library.settings().feedRefreshMinutes;
    // Check again in a minute when off, so turning it on takes effect without a restart.
    timer = setTimeout(tick, (minutes > 0 ? minutes : 1) * 60_000);
    timer.unref();
  };
  const tick = (): void => {
    const minutes = library.settings().feedRefreshMinutes;
    const run =
      minutes > 0 && library.feeds.list().length > 0
        ? library.feeds.refresh()
        : Promise.resolve([]);
    run.catch(() => undefined).finally(plan);
  };
  plan();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
