// Every keyboard shortcut in one table: the renderer's key handler, the help dialog, the palette and
// the desktop menu (its accelerators and the commands it sends) all read it.
import { z } from 'zod';

export const SHORTCUT_ACTIONS = [
  'next',
  'previous',
  'open',
  'page-down',
  'page-up',
  'star',
  'toggle-read',
  'archive',
  'tag',
  'comment',
  'search',
  'save-url',
  'help',
  'extend-next',
  'extend-previous',
  'select-all',
  'delete',
  'palette',
] as const;

export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/** What the desktop menu sends the page: one of the shortcut actions, checked on arrival. */
export const MenuCommandSchema = z.enum(SHORTCUT_ACTIONS);

export interface Shortcut {
  /** Key names as KeyboardEvent.key gives them; "Mod+" is Cmd on macOS and Ctrl elsewhere. */
  keys: string[];
  action: ShortcutAction;
  label: string;
}

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
