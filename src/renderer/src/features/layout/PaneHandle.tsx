import { useRef } from 'react';

/**
 * A vertical splitter between two panes: drag it, or focus it and use the arrow keys (Shift for
 * bigger steps, Home/End for the limits); a double-click or Enter puts the default width back.
 */
export function PaneHandle(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onResize: (width: number | null) => void;
}) {
  const { value, min, max, onResize } = props;
  const drag = useRef<{ x: number; width: number } | null>(null);

  function onKeyDown(e: React.KeyboardEvent) {
    const step = e.shiftKey ? 64 : 16;
    const next = {
      ArrowLeft: value - step,
      ArrowRight: value + step,
      Home: min,
      End: max,
      Enter: null,
    }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    onResize(next === null ? null : Math.min(max, Math.max(min, next)));
  }

  return (
    <div
      className="pane-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${value} pixels wide`}
      tabIndex={0}
      title="Drag to resize; double-click to reset"
      onKeyDown={onKeyDown}
      onDoubleClick={() => onResize(null)}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { x: e.clientX, width: value };
        document.body.classList.add('resizing');
      }}
      onPointerMove={(e) => {
        if (!drag.current) return;
        onResize(Math.min(max, Math.max(min, drag.current.width + e.clientX - drag.current.x)));
      }}
      onPointerUp={() => {
        drag.current = null;
        document.body.classList.remove('resizing');
      }}
      onPointerCancel={() => {
        drag.current = null;
        document.body.classList.remove('resizing');
      }}
    />
  );
}
