import { useEffect, useId, useState } from 'react';
import { call } from '../../api';
import { useModalDialog } from '../../app/useModalDialog';

/** Add a tag to, or remove one from, several articles at once (bulk bar, row menu, palette). */
export function TagDialog(props: {
  count: number;
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null;
}) {
  const ref = useModalDialog(props.fallbackFocus);
  const listId = useId();
  const [known, setKnown] = useState<string[]>([]);
  const [tag, setTag] = useState('');
  useEffect(() => {
    void call('tags.list', {}).then(
      (t) => setKnown(t.map((x) => x.name)),
      () => undefined,
    );
  }, []);
  const what = props.count === 1 ? 'this article' : `${props.count} articles`;
  const name = tag.trim();
  return (
    <dialog
      ref={ref}
      className="dialog tag-dialog"
      aria-labelledby="tag-dialog-title"
      onClose={props.onClose}
      onCancel={props.onClose}
    >
      <h2 id="tag-dialog-title">Tag {what}</h2>
      <form
        method="dialog"
        className="tag-dialog-form"
        onSubmit={(e) => {
          if (!name) return e.preventDefault();
          props.onAdd(name);
        }}
      >
        <label htmlFor="bulk-tag" className="visually-hidden">
          Tag
        </label>
        <input
          id="bulk-tag"
          autoFocus
          list={listId}
          value={tag}
          maxLength={80}
          placeholder="Tag name"
          autoComplete="off"
          onChange={(e) => setTag(e.target.value)}
        />
        <datalist id={listId}>
          {known.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <div className="dialog-buttons">
          <button type="button" className="button secondary" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button secondary"
            disabled={!name}
            onClick={() => (props.onRemove(name), props.onClose())}
          >
            Remove tag
          </button>
          <button type="submit" className="button" disabled={!name}>
            Add tag
          </button>
        </div>
      </form>
    </dialog>
  );
}
