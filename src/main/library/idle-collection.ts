// Garbage a thread holds on to once it has gone quiet. V8 collects when allocation asks for it, so
// a heap full of what the last jobs left behind stays that size while nothing allocates: a parser
// worker after the warm-up or a run of pages, the Library's thread after opening a large library.
import v8 from 'node:v8';
import vm from 'node:vm';

/** One full (major) garbage collection, there and then. */
export function fullCollection(): void {
  // Node exposes gc() only to contexts created after the flag is set.
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * A worker's clock for quiet spells: call `busy()` after each job; once `quietMs` (default 2 s, as
 * the Library's own housekeeping waits) pass without another, one full collection runs — a worker
 * with nothing to do has the time. The parser workers after the warm-up: ~10 MB less resident.
 */
export function collectWhenQuiet(quietMs = 2000, collect = fullCollection): { busy(): void } {
  let timer: NodeJS.Timeout | null = null;
  return {
    busy() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(collect, quietMs);
      timer.unref();
    },
  };
}
