// What the first screen waits for is asked before anything else. A browser keeps six connections
// to a host (the event stream holds one), so the list's request, sent ninth after the
// navigation's counts, tags, feeds and entities, waited for four of their answers first.
import type { ListQuery, OpOutput } from '../../shared/api';
import { call } from './api';

type FirstScreen = {
  query: ListQuery;
  list: Promise<OpOutput<'articles.list'>> | null;
  status: Promise<OpOutput<'library.status'>>;
  settings: Promise<OpOutput<'settings.get'>>;
  settled: Promise<void>;
};

let first: FirstScreen | null = null;

/** Called once as the page starts, before the app renders: the default view's first page. */
export function startFirstScreen(query: ListQuery): void {
  // The settings first: they name the article open last, which the reader shows with the list.
  const settings = call('settings.get', {});
  const list = call('articles.list', query);
  const settled = list.then(
    () => undefined,
    () => undefined,
  );
  first = { query, list, status: call('library.status', {}), settings, settled };
}

/** The first page, when `query` is the one asked at start; given once, later asks are fresh. */
export function takeFirstPage(query: ListQuery): Promise<OpOutput<'articles.list'>> | null {
  if (!first?.list || JSON.stringify(query) !== JSON.stringify(first.query)) return null;
  const { list } = first;
  first.list = null;
  return list;
}

/** The notices and settings asked at start (asked now when the page did not start them). */
export function firstStatusAndSettings() {
  return Promise.all([
    first?.status ?? call('library.status', {}),
    first?.settings ?? call('settings.get', {}),
  ]);
}

/**
 * Resolves once the first list is in and the page has a moment: for requests the first screen
 * does not wait for (the navigation's counts, tags, feeds and entities).
 */
export function afterFirstScreen(): Promise<void> {
  const settled = first?.settled ?? Promise.resolve();
  return settled.then(
    () =>
      new Promise<void>((resolve) => {
        if (typeof requestIdleCallback === 'function')
          requestIdleCallback(() => resolve(), { timeout: 200 });
        else setTimeout(resolve, 0);
      }),
  );
}
