// A real Library in a temp home with a SearchService on it, as the lead will wire them.
import path from 'node:path';
import { Library } from '../../../../../src/main/library/library';
import type { ParsedDocument } from '../../../../../src/main/library/parsed';
import {
  SearchService,
  type SearchServiceOptions,
} from '../../../../../src/main/library/search/service';
import { projectRoot, resourcesDir, tempDir } from '../../../support/temp-home';

export const workerScript = path.join(projectRoot, 'src/main/library/search/worker.ts');

export function searchDir(home: string): string {
  return path.join(home, 'cache', 'search');
}

export async function openSearch(
  home = tempDir(),
  options: Partial<SearchServiceOptions> = {},
): Promise<{ lib: Library; search: SearchService; home: string }> {
  const lib = await Library.open({ home, resourcesDir });
  const search = new SearchService(lib, {
    dir: searchDir(home),
    entityNames: (id) => lib.entities.forArticle(id).map((e) => e.name),
    batchDelayMs: 5,
    saveDelayMs: 20,
    ...options,
  });
  await search.start();
  await search.whenReady();
  return { lib, search, home };
}

/** Wait for entity extraction and for the index to take every change. */
export async function settle(lib: Library, search: SearchService): Promise<void> {
  await lib.idle();
  await search.idle();
}

export async function closeAll(lib: Library, search: SearchService): Promise<void> {
  await search.close();
  await lib.idle();
  lib.close();
}

export function parsed(title: string, text: string, extra: Partial<ParsedDocument> = {}) {
  const doc: ParsedDocument = {
    title,
    text,
    html: `<p>${text}</p>`,
    url: null,
    byline: null,
    siteName: null,
    publishedAt: null,
    excerpt: null,
    lang: 'en',
    dir: 'ltr',
    ...extra,
  };
  return doc;
}
