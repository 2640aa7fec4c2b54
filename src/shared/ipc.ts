// The one IPC channel between renderer and main; the operation name travels with each call and
// is checked against api.ts in dispatch. No other channel names exist.
export const CALL_CHANNEL = 'broadsheet:call';
export const EVENT_CHANNEL = 'broadsheet:event';

/** What the preload exposes on `window.broadsheet`. */
export interface BroadsheetBridge {
  call(op: string, input: unknown): Promise<unknown>;
  /** Progress and change notices from the Library; returns the unsubscribe function. */
  onEvent(listener: (event: unknown) => void): () => void;
}
