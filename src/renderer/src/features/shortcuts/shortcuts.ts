// Keys to actions in the page: the table itself is shared with the desktop menu (shared/shortcuts.ts).
import { SHORTCUTS, type ShortcutAction } from '../../../../shared/shortcuts';

export { SHORTCUTS, type Shortcut, type ShortcutAction } from '../../../../shared/shortcuts';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** The key as the table names it: Mod is Cmd on macOS and Ctrl elsewhere. */
export function keyName(event: KeyboardEvent): string {
  if (IS_MAC ? event.metaKey : event.ctrlKey) return `Mod+${event.key.toLowerCase()}`;
  if (event.shiftKey && (event.key === ' ' || event.key.startsWith('Arrow')))
    return `Shift+${event.key}`;
  return event.key;
}

export function actionFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.altKey || (IS_MAC ? event.ctrlKey : event.metaKey)) return null;
  const name = keyName(event);
  return SHORTCUTS.find((s) => s.keys.includes(name))?.action ?? null;
}

/** Typing in a field never triggers a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

const KEY_LABELS: Record<string, string> = {
  ' ': 'Space',
  ArrowDown: '↓',
  ArrowUp: '↑',
  Mod: IS_MAC ? '⌘' : 'Ctrl',
  Shift: IS_MAC ? '⇧' : 'Shift',
};

/** How a key looks in help, the palette and menus: "Ctrl K", "Shift J", "Shift ↓". */
export function describeKey(key: string): string {
  const parts = key === 'Shift+ ' ? ['Shift', ' '] : key.split('+');
  if (parts.length === 1 && /^[A-Z]$/.test(key)) parts.unshift('Shift');
  return parts
    .map((p, i) => KEY_LABELS[p] ?? (i > 0 ? p.toUpperCase() : p))
    .join(IS_MAC ? '' : ' ');
}

/** The first key of an action, described; the palette and menus show it beside the action. */
export function shortcutFor(action: ShortcutAction): string | null {
  const found = SHORTCUTS.find((s) => s.action === action);
  return found ? describeKey(found.keys[0]) : null;
}
