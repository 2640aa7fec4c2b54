import { useEffect, useLayoutEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { onMenuCommand } from '../api';
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

export function isReaderAction(action: ShortcutAction): boolean {
  return READER_ACTIONS.includes(action);
}

export function sendReaderCommand(action: ShortcutAction): void {
  window.dispatchEvent(new CustomEvent(READER_COMMAND, { detail: action }));
}

/**
 * `handle` gets every action but the reader's; for those it may return true to take them over
 * (a multi-selection in the list stars or archives the selection instead of the open article).
 */
export function useShortcuts(handle: (action: ShortcutAction) => boolean | void): void {
  // Keys come faster than renders (j j Enter): each is handled and committed before the next,
  // always by the latest handler, so none acts on a cursor that has already moved.
  const latest = useRef(handle);
  useLayoutEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const run = (action: ShortcutAction): boolean | void => {
      let taken: boolean | void = false;
      flushSync(() => {
        taken = latest.current(action);
      });
      return taken;
    };
    const perform = (action: ShortcutAction): void => {
      if (!READER_ACTIONS.includes(action)) run(action);
      else if (!run(action)) sendReaderCommand(action);
    };
    const onKey = (event: KeyboardEvent) => {
      // The palette opens from anywhere, a text field included, but not over another dialog.
      if (actionFor(event) === 'palette' && !document.querySelector('dialog[open]')) {
        event.preventDefault();
        run('palette');
        return;
      }
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
      // Select-all keeps its meaning for text in the reader.
      if (action === 'select-all' && (event.target as HTMLElement | null)?.closest('.reader-pane'))
        return;
      event.preventDefault();
      perform(action);
    };
    // A menu command acts wherever the focus is (a text field included), but not over a dialog.
    const stopMenu = onMenuCommand((action) => {
      if (document.querySelector('dialog[open]')) return;
      if (isTyping(document.activeElement)) (document.activeElement as HTMLElement).blur();
      perform(action);
    });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, []);
}
