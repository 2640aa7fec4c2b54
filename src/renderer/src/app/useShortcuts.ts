import { useEffect } from 'react';
import { actionFor, isTyping, type ShortcutAction } from '../features/shortcuts/shortcuts';

/** Actions the reader performs on its article; the app forwards them as a DOM event. */
export const READER_COMMAND = 'broadsheet:reader-command';
const READER_ACTIONS: ShortcutAction[] = [
  'star',
  'toggle-read',
  'archive',
  'tag',
  'comment',
  'page-down',
  'page-up',
];

export function sendReaderCommand(action: ShortcutAction): void {
  window.dispatchEvent(new CustomEvent(READER_COMMAND, { detail: action }));
}

export function useShortcuts(handle: (action: ShortcutAction) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) {
        if (event.key === 'Escape' && isTyping(event.target)) (event.target as HTMLElement).blur();
        return;
      }
      const action = actionFor(event);
      if (!action) return;
      // Enter and Space keep their meaning on buttons and links.
      const onControl = (event.target as HTMLElement | null)?.closest(
        'button, a, [role="menuitem"]',
      );
      if ((action === 'open' || action === 'page-down' || action === 'page-up') && onControl)
        return;
      event.preventDefault();
      if (READER_ACTIONS.includes(action)) sendReaderCommand(action);
      else handle(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handle]);
}
