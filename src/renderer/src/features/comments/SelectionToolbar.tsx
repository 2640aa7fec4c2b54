import { useEffect, useState } from 'react';

/** A small bar over a selection in the article: comment on it, or highlight it. */
export function SelectionToolbar(props: {
  scope: React.RefObject<HTMLElement | null>;
  onComment: (range: Range) => void;
  onHighlight: (range: Range) => void;
}) {
  const [at, setAt] = useState<{ range: Range; top: number; left: number } | null>(null);
  const { scope } = props;
  useEffect(() => {
    const update = () => {
      const selection = document.getSelection();
      const root = scope.current;
      if (!selection || selection.isCollapsed || !root || !selection.rangeCount) return setAt(null);
      const range = selection.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer) || !range.toString().trim())
        return setAt(null);
      const rect = range.getBoundingClientRect();
      setAt({ range: range.cloneRange(), top: rect.top - 44, left: rect.left + rect.width / 2 });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [scope]);
  if (!at) return null;
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      style={{ top: Math.min(Math.max(8, at.top), window.innerHeight - 48), left: at.left }}
    >
      <button
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => props.onComment(at.range)}
      >
        Comment
      </button>
      <button
        type="button"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => props.onHighlight(at.range)}
      >
        Highlight
      </button>
    </div>
  );
}
