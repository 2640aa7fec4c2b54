// Door 1, the Electron shell: lifecycle, the window, the menu and IPC. All behaviour is in the
// Library; this file only connects Electron to it through dispatch.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_SCHEME } from '../shared/csp';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../shared/ipc';
import { createDispatch } from './dispatch';
import { toApiError } from './dispatch';
import { scheduleFeedRefresh } from './feed-schedule';
import { Library } from './library/library';
import { buildMenu } from './menu';
import { defaultHome, resourcesDir, workers } from './paths';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererIndex = path.join(here, '..', 'renderer', 'index.html');
const preloadScript = path.join(here, '..', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;

function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Broadsheet',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadScript,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  // Links open in the system browser (http/https only); the window itself never navigates away.
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isExternalWebUrl(url)) void shell.openExternal(url);
  });
  void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  const home = defaultHome();
  // Chromium's own state stays out of the library's files.
  app.setPath('userData', path.join(home, 'app-state'));
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );

  let library: Library;
  try {
    library = await Library.open({ home, resourcesDir, workers });
  } catch (error) {
    dialog.showErrorBox('Broadsheet cannot open its library', toApiError(error).message);
    app.quit();
    return;
  }
  const dispatch = createDispatch(library);
  ipcMain.handle(CALL_CHANNEL, (event, op: unknown, input: unknown) => {
    // Only our own top-level page may call the Library.
    const frame = event.senderFrame;
    if (
      !mainWindow ||
      !frame ||
      frame !== mainWindow.webContents.mainFrame ||
      !frame.url.startsWith('file://')
    ) {
      return { ok: false, error: { code: 'forbidden', message: 'Call refused.' } };
    }
    return dispatch(op, input);
  });

  // Cached images: bs-image://image/HASH, straight from the content-addressed cache.
  protocol.handle(IMAGE_SCHEME, async (request) => {
    const hash = new URL(request.url).pathname.replace(/^\//, '');
    const image = await library.images.read(hash);
    if (!image) return new Response('No such image.', { status: 404 });
    return new Response(Buffer.from(image.bytes), {
      headers: { 'Content-Type': image.contentType },
    });
  });
  library.events.on('event', (event) => mainWindow?.webContents.send(EVENT_CHANNEL, event));

  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  const stopFeeds = scheduleFeedRefresh(library);
  library.search(); // follow every change from the start
  app.on('will-quit', () => (stopFeeds(), library.close()));
}

protocol.registerSchemesAsPrivileged([
  { scheme: IMAGE_SCHEME, privileges: { standard: true, secure: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void start();
}
