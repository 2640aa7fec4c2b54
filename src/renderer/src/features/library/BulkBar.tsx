import type { Article } from '../../../../shared/model';
import type { Mark } from './useArticleActions';

/** Arrow keys move between a toolbar's buttons, as the ARIA toolbar pattern expects. */
function moveFocus(e: React.KeyboardEvent<HTMLElement>) {
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
  if (!step && e.key !== 'Home' && e.key !== 'End') return;
  e.preventDefault();
  e.stopPropagation();
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? buttons.length - 1
        : (at + (step ?? 0) + buttons.length) % buttons.length;
  buttons[next]?.focus();
}

/**
 * Shown while several articles are selected: what can be done to all of them at once. The same
 * keys as for one article work on the selection (s, m, e, t, Delete).
 */
export function BulkBar(props: {
  selected: Article[];
  onMark: (patch: Mark) => void;
  onTag: () => void;
  onDelete: () => void;
  onClear: () => void;
}) {
  const { selected } = props;
  const anyUnread = selected.some((a) => !a.read);
  const anyUnstarred = selected.some((a) => !a.starred);
  const archived = selected.length > 0 && selected.every((a) => a.archived);
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected articles" onKeyDown={moveFocus}>
      <div className="bulk-head">
        <span className="bulk-count" aria-live="polite">
          {selected.length} selected
        </span>
        <button type="button" className="link-button" onClick={props.onClear}>
          Clear <kbd>Esc</kbd>
        </button>
      </div>
      <div className="bulk-actions">
        <button
          type="button"
          aria-label={anyUnread ? 'Mark read' : 'Mark unread'}
          title={anyUnread ? 'Mark read (m)' : 'Mark unread (m)'}
          onClick={() => props.onMark({ read: anyUnread })}
        >
          {anyUnread ? 'Read' : 'Unread'}
        </button>
        <button
          type="button"
          title={anyUnstarred ? 'Star (s)' : 'Unstar (s)'}
          onClick={() => props.onMark({ starred: anyUnstarred })}
        >
          {anyUnstarred ? 'Star' : 'Unstar'}
        </button>
        <button
          type="button"
          title="Archive (e)"
          onClick={() => props.onMark({ archived: !archived })}
        >
          {archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" title="Tag (t)" onClick={props.onTag}>
          Tag…
        </button>
        <button
          type="button"
          className="danger-text"
          title="Delete (Delete)"
          onClick={props.onDelete}
        >
          Delete…
        </button>
      </div>
    </div>
  );
}
