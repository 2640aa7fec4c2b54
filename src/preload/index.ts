// The renderer's only way out: one function that sends an operation and its input to main, where
// dispatch validates both against api.ts. Nothing else of Node or Electron is exposed.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, type BroadsheetBridge } from '../shared/ipc';

const bridge: BroadsheetBridge = {
  call: (op, input) => ipcRenderer.invoke(CALL_CHANNEL, op, input),
};

contextBridge.exposeInMainWorld('broadsheet', bridge);
