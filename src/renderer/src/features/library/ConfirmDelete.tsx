import { useModalDialog } from '../../app/useModalDialog';

/** Deleting cannot be undone, so it asks first; Cancel has the focus. */
export function ConfirmDelete(props: {
  count: number;
  onConfirm: () => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
}) {
  const ref = useModalDialog(props.fallbackFocus);
  const what = props.count === 1 ? 'this article' : `${props.count} articles`;
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      className="dialog confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      onClose={props.onClose}
      onCancel={props.onClose}
    >
      <h2 id="confirm-title">Delete {what}?</h2>
      <p id="confirm-text">
        The saved text, its cached images and its comments are removed from this computer. This
        cannot be undone.
      </p>
      <form method="dialog" className="dialog-buttons">
        <button type="submit" className="button secondary" autoFocus>
          Cancel
        </button>
        <button type="button" className="button danger" onClick={props.onConfirm}>
          Delete
        </button>
      </form>
    </dialog>
  );
}
