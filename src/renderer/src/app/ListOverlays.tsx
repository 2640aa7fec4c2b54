import type { Article } from '../../../shared/model';
import { ConfirmDelete } from '../features/library/ConfirmDelete';
import { RowMenu, rowMenuItems } from '../features/library/RowMenu';
import { TagDialog } from '../features/library/TagDialog';
import type { ArticleActions } from '../features/library/useArticleActions';
import { rowsWithIds } from './selection';
import { listFallbackFocus } from './useListSelection';

export type ListOverlay = (
  | { kind: 'menu'; row: string; ids: string[]; x: number; y: number }
  | { kind: 'tag'; ids: string[]; row?: string }
  | { kind: 'delete'; ids: string[]; row?: string }
) & {
  /** Each opening is a new element, even when one of the same kind is still closing. */
  seq?: number;
};

/** The row menu and the dialogs it and the bulk bar open (tag, confirm delete). */
export function ListOverlays(props: {
  overlay: ListOverlay | null;
  articles: Article[];
  actions: ArticleActions;
  onOpen: (id: string) => void;
  onChange: (overlay: ListOverlay | null) => void;
}) {
  const { overlay, actions, onChange } = props;
  if (!overlay) return null;
  const close = () => onChange(null);
  if (overlay.kind === 'menu') {
    const targets = rowsWithIds(props.articles, overlay.ids);
    const label = targets.length === 1 ? targets[0].title : `${targets.length} articles`;
    return (
      <RowMenu
        key={overlay.seq}
        x={overlay.x}
        y={overlay.y}
        label={label}
        onClose={close}
        returnFocus={() => document.getElementById(`row-${overlay.row}`) ?? listFallbackFocus()}
        items={rowMenuItems(targets, {
          open: (a) => props.onOpen(a.id),
          openOriginal: (a) => void actions.openOriginal(a),
          copyLink: (a) => void actions.copyLink(a),
          mark: (patch) => void actions.mark(overlay.ids, patch),
          // The dialog takes the menu's place at once, so no keystroke falls in between.
          tag: () => onChange({ kind: 'tag', ids: overlay.ids, row: overlay.row }),
          remove: () => onChange({ kind: 'delete', ids: overlay.ids, row: overlay.row }),
        })}
      />
    );
  }
  // Focus goes back to the row the dialog was opened from, else into the list.
  const row = overlay.row;
  const fallbackFocus = () => (row && document.getElementById(`row-${row}`)) || listFallbackFocus();
  if (overlay.kind === 'tag') {
    return (
      <TagDialog
        key={overlay.seq}
        count={overlay.ids.length}
        onAdd={(tag) => void actions.tag(overlay.ids, [tag])}
        onRemove={(tag) => void actions.tag(overlay.ids, [], [tag])}
        onClose={close}
        fallbackFocus={fallbackFocus}
      />
    );
  }
  return (
    <ConfirmDelete
      key={overlay.seq}
      count={overlay.ids.length}
      fallbackFocus={fallbackFocus}
      onClose={close}
      onConfirm={() => {
        close();
        void actions.remove(overlay.ids);
      }}
    />
  );
}
