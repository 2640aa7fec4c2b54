// The renderer's only way out: one function that sends an operation and its input to main, where
// dispatch validates both against api.ts. Nothing else of Node or Electron is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL, type BroadsheetBridge } from '../shared/ipc';

const bridge: BroadsheetBridge = {
  call: (op, input) => ipcRenderer.invoke(CALL_CHANNEL, op, input),
  onEvent: (listener) => {
    // The IPC event object (with its sender) never reaches the page, only the payload.
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('broadsheet', bridge);
