// The IPC channels between renderer and main: calls (the operation name travels with each call
// and is checked against api.ts in dispatch), Library events, and menu commands. No other channel
// names exist.
export const CALL_CHANNEL = 'broadsheet:call';
export const EVENT_CHANNEL = 'broadsheet:event';
/** Main → page: a menu command, one of the shortcut actions (shared/shortcuts.ts). */
export const MENU_CHANNEL = 'broadsheet:menu';

/** What the preload exposes on `window.broadsheet`. */
export interface BroadsheetBridge {
  call(op: string, input: unknown): Promise<unknown>;
  /** Progress and change notices from the Library; returns the unsubscribe function. */
  onEvent(listener: (event: unknown) => void): () => void;
  /** Commands chosen in the desktop menu; the page checks each before acting on it. */
  onMenuCommand(listener: (command: unknown) => void): () => void;
}
