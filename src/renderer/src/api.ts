// The renderer's client of the contract: the Electron bridge when it exists, web mode's HTTP API
// otherwise. Both carry the same operation names and inputs, typed from api.ts.
import type { ApiResponse, OpInput, OpName, OpOutput } from '../../shared/api';
import type { BroadsheetBridge } from '../../shared/ipc';
import { MenuCommandSchema, type ShortcutAction } from '../../shared/shortcuts';

declare global {
  interface Window {
    broadsheet?: BroadsheetBridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'broadsheet-token';

/** Web mode's token arrives in the URL fragment once; keep it for this tab and tidy the URL. */
function webToken(): string {
  const match = /token=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const token = window.broadsheet ? '' : webToken();

async function send(op: string, input: unknown): Promise<ApiResponse<unknown>> {
  if (window.broadsheet) return (await window.broadsheet.call(op, input)) as ApiResponse<unknown>;
  const response = await fetch(`/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input ?? {}),
  });
  if (response.status === 401) {
    return {
      ok: false,
      error: {
        code: 'unauthorized',
        message: 'This page needs the link printed by `broadsheet serve`.',
      },
    };
  }
  return (await response.json()) as ApiResponse<unknown>;
}

export async function call<K extends OpName>(op: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const response = await send(op, input);
  if (!response.ok) throw new ApiCallError(response.error.code, response.error.message);
  return response.result as OpOutput<K>;
}

/** Cached images are stored as bs-image:HASH; web mode serves them from a token-guarded route. */
export function imageUrl(reference: string): string {
  if (window.broadsheet) return reference.replace(/^bs-image:/, 'bs-image://image/');
  return `/media/image/${reference.replace(/^bs-image:/, '')}?token=${encodeURIComponent(token)}`;
}

// One event stream for the whole page, shared by every listener: a browser keeps at most six
// connections to a host, and each open stream would take one from the API calls.
const listeners = new Set<(event: unknown) => void>();
let source: EventSource | null = null;

/** Library notices (progress, changes): over IPC in the app, Server-Sent Events in web mode. */
export function subscribe(listener: (event: unknown) => void): () => void {
  if (window.broadsheet) return window.broadsheet.onEvent(listener);
  listeners.add(listener);
  if (!source) {
    source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const event: unknown = JSON.parse(message.data);
      for (const l of listeners) l(event);
    };
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      source?.close();
      source = null;
    }
  };
}

/** Commands chosen in the desktop menu, checked against the shortcut actions; none in web mode. */
export function onMenuCommand(listener: (action: ShortcutAction) => void): () => void {
  if (!window.broadsheet) return () => undefined;
  return window.broadsheet.onMenuCommand((raw) => {
    const command = MenuCommandSchema.safeParse(raw);
    if (command.success) listener(command.data);
  });
}
