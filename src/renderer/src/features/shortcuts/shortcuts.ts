// Every keyboard shortcut in one table: the key handler and the help dialog both read it.
export interface Shortcut {
  keys: string[];
  action: ShortcutAction;
  label: string;
}

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'page-down'
  | 'page-up'
  | 'star'
  | 'toggle-read'
  | 'archive'
  | 'tag'
  | 'comment'
  | 'search'
  | 'save-url'
  | 'help'
  | 'extend-next'
  | 'extend-previous'
  | 'select-all'
  | 'delete'
  | 'palette';

export const SHORTCUTS: Shortcut[] = [
  { keys: ['j', 'ArrowDown'], action: 'next', label: 'Next article' },
  { keys: ['k', 'ArrowUp'], action: 'previous', label: 'Previous article' },
  { keys: ['Enter', 'o'], action: 'open', label: 'Open the selected article' },
  { keys: [' '], action: 'page-down', label: 'Page down in the reader' },
  { keys: ['Shift+ '], action: 'page-up', label: 'Page up in the reader' },
  { keys: ['s'], action: 'star', label: 'Star or unstar' },
  { keys: ['m'], action: 'toggle-read', label: 'Mark read or unread' },
  { keys: ['e'], action: 'archive', label: 'Archive or unarchive' },
  { keys: ['t'], action: 'tag', label: 'Add a tag' },
  { keys: ['c'], action: 'comment', label: 'Write a comment' },
  { keys: ['/'], action: 'search', label: 'Search' },
  { keys: ['n'], action: 'save-url', label: 'Save a web address' },
  { keys: ['?'], action: 'help', label: 'Show keyboard shortcuts' },
  { keys: ['Mod+k'], action: 'palette', label: 'Command palette: every action' },
  { keys: ['J', 'Shift+ArrowDown'], action: 'extend-next', label: 'Extend the selection down' },
  { keys: ['K', 'Shift+ArrowUp'], action: 'extend-previous', label: 'Extend the selection up' },
  { keys: ['Mod+a'], action: 'select-all', label: 'Select every article in the list' },
  { keys: ['Delete'], action: 'delete', label: 'Delete the selected articles' },
];

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
