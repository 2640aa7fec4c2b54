// The renderer's only way out: one function that sends an operation and its input to main, where
// dispatch validates both against api.ts, and two listeners (Library events, menu commands).
// Nothing else of Node or Electron is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL, MENU_CHANNEL, type BroadsheetBridge } from '../shared/ipc';

/** Listen on a channel from main; the IPC event object (with its sender) never reaches the page. */
function listen(channel: string, listener: (payload: unknown) => void): () => void {
  const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => ipcRenderer.removeListener(channel, forward);
}

const bridge: BroadsheetBridge = {
  call: (op, input) => ipcRenderer.invoke(CALL_CHANNEL, op, input),
  onEvent: (listener) => listen(EVENT_CHANNEL, listener),
  onMenuCommand: (listener) => listen(MENU_CHANNEL, listener),
};

contextBridge.exposeInMainWorld('broadsheet', bridge);
