// Work the long-running doors (the app, web mode) leave until start-up has settled — the search
// index loaded or built, the entity index built — and then until nobody has called for a moment,
// so that it never competes with what a person is doing.
//
// Warm-up: the first page saved after start waited ~0.5 s for the documents worker to start and
// load its parsers (linkedom, Readability, sanitize-html) and for the entity worker's compromise;
// a tiny document loads them, so the first save is as quick as the next. Both workers exit again
// after a minute without work (library/job-worker.ts): this covers a save made soon after start,
// such as opening the app to keep a link; one made after a long idle spell pays the start.
//
// Garbage: opening a large library leaves garbage on the main thread (the text of every store file
// parsed and what start-up built from it: ~0.5 GB at 100k articles). V8 keeps that heap until it
// happens to run a full collection, which an idle app may not do for a long time, so the app would
// sit at twice the memory it needs. One full collection gives it back.
import { msSinceLastCall } from './dispatch';
import { fullCollection } from './library/idle-collection';
import type { Library } from './library/library';

const WARM_UP_PAGE =
  '<html><head><title>Warm-up</title></head><body><article><p>A short paragraph from Paris.</p></article></body></html>';

/** Resolves once the housekeeping is done (the benchmark waits for it; the doors do not). */
export function afterStartup(
  library: Library,
  options: { quietMs?: number; collect?: () => void } = {},
): Promise<void> {
  const { quietMs = 2000, collect = fullCollection } = options;
  return Promise.all([library.search().whenReady(), library.entities.whenIndexed()])
    .then(() => quiet(quietMs))
    .then(() => warmUpParsers(library))
    .then(() => quiet(quietMs))
    .then(collect)
    .catch(() => undefined); // a failed start-up says so elsewhere; this is only housekeeping
}

/** Resolves once no call has been answered for `ms`. */
async function quiet(ms: number): Promise<void> {
  for (let since = msSinceLastCall(); since < ms; since = msSinceLastCall()) {
    await new Promise((resolve) => setTimeout(resolve, ms - since).unref());
  }
}

/** Loads the page and entity parsers in their workers; what they answer does not matter. */
export async function warmUpParsers(library: Library): Promise<void> {
  await Promise.all([
    library.web.toDocument(WARM_UP_PAGE, 'https://warm-up.invalid/').catch(() => undefined),
    library.entities.extractOnly('A short paragraph from Paris.').catch(() => undefined),
  ]);
}
