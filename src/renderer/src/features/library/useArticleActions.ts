import { useMemo } from 'react';
import type { Article } from '../../../../shared/model';
import { changeTags } from '../../../../shared/tags';
import { call } from '../../api';
import { keepFocusInList } from '../../app/useListSelection';
import { downloadMarkdown } from '../export/download-markdown';

/** How the list follows a change: the new row, or null when the row leaves this list. */
export type ApplyLocally = (
  ids: string[],
  change: (a: Article) => Article | null,
  deleted?: boolean,
) => void;

export type Mark = { read?: boolean; starred?: boolean; archived?: boolean };

/**
 * What the list's bulk bar, the row menu and the palette do to articles: one call to the Library
 * for any number of articles, then the loaded rows change in place (no reload, no lost scroll).
 */
export function useArticleActions(apply: ApplyLocally, onError: (message: string) => void) {
  return useMemo(() => {
    // Rows may leave the list (archived, deleted) with the focus in them: it goes back to the list.
    const guard = (work: Promise<unknown>) =>
      work.catch((e: Error) => onError(e.message)).then(keepFocusInList);
    return {
      mark: (ids: string[], patch: Mark) =>
        guard(
          call('articles.updateMany', { ids, ...patch }).then(() =>
            // Archiving moves an article between the archive and the other lists.
            apply(ids, (a) =>
              patch.archived !== undefined && patch.archived !== a.archived
                ? null
                : { ...a, ...patch },
            ),
          ),
        ),
      tag: (ids: string[], add: string[], remove: string[] = []) =>
        guard(
          call('tags.apply', { ids, add, remove }).then(() =>
            // As the Library does it: "world" adds nothing to "World", and removes it.
            apply(ids, (a) => ({ ...a, tags: changeTags(a.tags, add, remove) })),
          ),
        ),
      remove: (ids: string[]) =>
        guard(call('articles.deleteMany', { ids }).then(() => apply(ids, () => null, true))),
      copyLink: (a: Article) => a.url && guard(navigator.clipboard.writeText(a.url)),
      openOriginal: (a: Article) => a.url && window.open(a.url, '_blank', 'noopener,noreferrer'),
      exportMarkdown: (a: Article) =>
        guard(call('articles.markdown', { id: a.id }).then((md) => downloadMarkdown(a, md))),
    };
  }, [apply, onError]);
}

export type ArticleActions = ReturnType<typeof useArticleActions>;
