// The desktop menu's accelerators, read from the shortcut table: the menu shows the keys the page
// answers to, and a key changed in the table changes in the menu too.
import { SHORTCUTS, type ShortcutAction } from '../shared/shortcuts';

const NAMED_KEYS: Record<string, string> = {
  ' ': 'Space',
  ArrowDown: 'Down',
  ArrowUp: 'Up',
};

/** "j" → "J", "J" → "Shift+J", "Mod+k" → "CmdOrCtrl+K", "Shift+ " → "Shift+Space". */
export function acceleratorOf(key: string): string {
  const parts = key.split('+');
  const last = parts.pop()!;
  const modifiers = parts.map((p) => (p === 'Mod' ? 'CmdOrCtrl' : p));
  // The table names Shift+J by the character it types, as KeyboardEvent.key does.
  if (/^[A-Z]$/.test(last)) modifiers.push('Shift');
  return [...modifiers, NAMED_KEYS[last] ?? (last.length === 1 ? last.toUpperCase() : last)].join(
    '+',
  );
}

/** The accelerator of an action's first key. */
export function acceleratorFor(action: ShortcutAction): string {
  const shortcut = SHORTCUTS.find((s) => s.action === action);
  if (!shortcut) throw new Error(`No shortcut for ${action}`);
  return acceleratorOf(shortcut.keys[0]);
}
