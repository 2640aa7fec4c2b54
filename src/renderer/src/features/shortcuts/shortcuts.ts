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
  | 'help';

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
];

export function keyName(event: KeyboardEvent): string {
  return event.shiftKey && event.key === ' ' ? 'Shift+ ' : event.key;
}

export function actionFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const name = keyName(event);
  return SHORTCUTS.find((s) => s.keys.includes(name))?.action ?? null;
}

/** Typing in a field never triggers a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

export function describeKey(key: string): string {
  return { ' ': 'Space', 'Shift+ ': 'Shift Space', ArrowDown: '↓', ArrowUp: '↑' }[key] ?? key;
}
