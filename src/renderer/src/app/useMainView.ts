import { useCallback, useEffect, useState } from 'react';
import type { CommentFocus } from '../features/comments/useFocusComment';
import type { ListSelection } from '../features/library/NavPane';

/** What the main pane shows: the open article, an entity's page, or every comment. */
export type MainView = { kind: 'reader' } | { kind: 'entity'; id: string } | { kind: 'comments' };

type EntityRef = { id: string; name: string };

/**
 * The main pane's view and the ways to it. Showing an entity also filters the list to the
 * articles that mention it; `entity:` links in comments and notes lead to its page.
 */
export function useMainView(setSelection: (s: ListSelection) => void) {
  const [view, setView] = useState<MainView>({ kind: 'reader' });
  const [focus, setFocus] = useState<CommentFocus | null>(null);

  const showEntity = useCallback(
    (entity: EntityRef) => {
      setSelection({ filter: 'all', entity: { id: entity.id, name: entity.name } });
      setView({ kind: 'entity', id: entity.id });
    },
    [setSelection],
  );
  const showReader = useCallback(() => {
    setView({ kind: 'reader' });
    setFocus(null);
  }, []);
  const showComments = useCallback(() => setView({ kind: 'comments' }), []);

  /** A selection in the navigation: an entity opens its page, anything else the reader. */
  const select = useCallback(
    (s: ListSelection) => {
      if (s.entity) return showEntity(s.entity);
      setSelection(s);
      setView({ kind: 'reader' });
    },
    [setSelection, showEntity],
  );

  const focusComment = useCallback(
    (commentId: string) => setFocus((f) => ({ commentId, seq: (f?.seq ?? 0) + 1 })),
    [],
  );

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[data-entity]');
      if (!link) return;
      event.preventDefault();
      const name = link.getAttribute('data-entity') ?? '';
      if (name) showEntity({ id: name, name });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [showEntity]);

  return { view, focus, select, showEntity, showReader, showComments, focusComment };
}
