// Opening a large library leaves garbage on the main thread (the text of every store file parsed
// and what start-up built from it: ~0.5 GB at 100k articles). V8 keeps that heap until it happens
// to run a full collection, which an idle app may not do for a long time, so the app would sit at
// twice the memory it needs. One full collection once start-up has settled gives it back.
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Library } from './library/library';

/** Settled: the search index loaded or built and the entity index built; then a moment's quiet. */
export function collectStartupGarbage(
  library: Library,
  quietMs = 2000,
  collect: () => void = fullCollection,
): void {
  void Promise.all([library.search().whenReady(), library.entities.whenIndexed()])
    .then(() => setTimeout(collect, quietMs).unref())
    .catch(() => undefined); // a failed start-up says so elsewhere; this is only housekeeping
}

export function fullCollection(): void {
  // Node exposes gc() only to contexts created after the flag is set.
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
