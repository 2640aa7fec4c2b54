import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Article } from '../../../../shared/model';

export interface RowMenuItem {
  label: string;
  shortcut?: string | null;
  danger?: boolean;
  /** Opens a dialog, which takes the focus (and gives it back to the row when it closes). */
  opensDialog?: boolean;
  run: () => void;
}

/**
 * The context menu of an article row (right-click, Shift+F10 or the Menu key): a positioned
 * role="menu" with arrow-key navigation. Escape, Tab or a click elsewhere closes it, and focus goes
 * back to the row it came from.
 */
export function RowMenu(props: {
  x: number;
  y: number;
  label: string;
  items: (RowMenuItem | 'separator')[];
  onClose: () => void;
  returnFocus: () => HTMLElement | null;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState({ left: props.x, top: props.y });
  const { onClose, returnFocus } = props;

  // Keep the whole menu inside the window.
  useLayoutEffect(() => {
    const box = ref.current?.getBoundingClientRect();
    if (!box) return;
    setAt({
      left: Math.max(4, Math.min(props.x, window.innerWidth - box.width - 4)),
      top: Math.max(4, Math.min(props.y, window.innerHeight - box.height - 4)),
    });
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [props.x, props.y]);

  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    const blur = () => onClose();
    document.addEventListener('pointerdown', away, true);
    window.addEventListener('blur', blur);
    return () => {
      document.removeEventListener('pointerdown', away, true);
      window.removeEventListener('blur', blur);
    };
  }, [onClose]);

  function close(refocus: boolean) {
    onClose();
    if (refocus) requestAnimationFrame(() => returnFocus()?.focus());
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const to = (n: number) => items[(n + items.length) % items.length]?.focus();
    e.stopPropagation();
    if (e.key === 'ArrowDown') to(i + 1);
    else if (e.key === 'ArrowUp') to(i - 1);
    else if (e.key === 'Home') to(0);
    else if (e.key === 'End') to(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close(true);
    else if (e.key.length === 1 && /\S/.test(e.key)) {
      // Type a letter to jump to the next item starting with it.
      const start = items.findIndex(
        (el, n) => n > i && el.textContent?.toLowerCase().startsWith(e.key.toLowerCase()),
      );
      const first = items.findIndex((el) =>
        el.textContent?.toLowerCase().startsWith(e.key.toLowerCase()),
      );
      if (start >= 0 || first >= 0) to(start >= 0 ? start : first);
    } else return;
    e.preventDefault();
  }

  return (
    <div
      ref={ref}
      className="row-menu"
      role="menu"
      aria-label={props.label}
      style={{ left: at.left, top: at.top }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
    >
      {props.items.map((item, n) =>
        item === 'separator' ? (
          <div key={`sep-${n}`} role="separator" className="row-menu-separator" />
        ) : (
          <button
            key={item.label}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={item.danger ? 'danger-text' : undefined}
            onClick={() => {
              close(!item.opensDialog);
              item.run();
            }}
          >
            <span>{item.label}</span>
            {item.shortcut && <kbd>{item.shortcut}</kbd>}
          </button>
        ),
      )}
    </div>
  );
}

/** The row menu's items for one article, or for a selection of several. */
export function rowMenuItems(
  targets: Article[],
  act: {
    open: (a: Article) => void;
    openOriginal: (a: Article) => void;
    copyLink: (a: Article) => void;
    mark: (patch: { read?: boolean; starred?: boolean; archived?: boolean }) => void;
    tag: () => void;
    remove: () => void;
  },
): (RowMenuItem | 'separator')[] {
  const one = targets.length === 1 ? targets[0] : null;
  const anyUnread = targets.some((a) => !a.read);
  const anyUnstarred = targets.some((a) => !a.starred);
  const allArchived = targets.every((a) => a.archived);
  const items: (RowMenuItem | 'separator')[] = [];
  if (one) {
    items.push({ label: 'Open', shortcut: 'Enter', run: () => act.open(one) });
    if (one.url) items.push({ label: 'Open original', run: () => act.openOriginal(one) });
    items.push('separator');
  }
  items.push(
    {
      label: anyUnstarred ? 'Star' : 'Unstar',
      run: () => act.mark({ starred: anyUnstarred }),
    },
    {
      label: anyUnread ? 'Mark read' : 'Mark unread',
      run: () => act.mark({ read: anyUnread }),
    },
    {
      label: allArchived ? 'Unarchive' : 'Archive',
      run: () => act.mark({ archived: !allArchived }),
    },
    { label: 'Tag…', opensDialog: true, run: act.tag },
  );
  if (one?.url) items.push('separator', { label: 'Copy link', run: () => act.copyLink(one) });
  items.push('separator', {
    label: 'Delete…',
    shortcut: 'Delete',
    danger: true,
    opensDialog: true,
    run: act.remove,
  });
  return items;
}
