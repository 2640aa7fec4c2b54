// Door 1, the Electron shell: lifecycle, the window, the menu and IPC. All behaviour is in the
// Library; this file only connects Electron to it through dispatch.
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_SCHEME } from '../shared/csp';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../shared/ipc';
import { createDispatch } from './dispatch';
import { toApiError } from './dispatch';
import { scheduleFeedRefresh } from './feed-schedule';
import { Library } from './library/library';
import { buildMenu } from './menu';
import { afterStartup } from './after-startup';
import { defaultHome, resourcesDir, workers } from './paths';
import { isReachable, readWindowState, windowStateFile, writeWindowState } from './window-state';

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

/** The window's background before the page paints, matching the system's light or dark mode. */
function backgroundColor(): string {
  return nativeTheme.shouldUseDarkColors ? '#1c1b19' : '#f7f5f0';
}

function createWindow(home: string): BrowserWindow {
  const stateFile = windowStateFile(home);
  const saved = readWindowState(stateFile);
  const placed =
    saved &&
    isReachable(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    )
      ? saved
      : null;
  const win = new BrowserWindow({
    width: saved?.width ?? 1280,
    height: saved?.height ?? 800,
    ...(placed ? { x: placed.x, y: placed.y } : {}),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Broadsheet',
    backgroundColor: backgroundColor(),
    webPreferences: {
      preload: preloadScript,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved?.maximized) win.maximize();
  if (saved?.fullScreen) win.setFullScreen(true);
  win.once('ready-to-show', () => win.show());
  // Size and place are remembered: shortly after each change, and when the window closes.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const remember = () => {
    clearTimeout(timer);
    if (win.isDestroyed() || win.isMinimized()) return;
    try {
      writeWindowState(stateFile, {
        ...win.getNormalBounds(),
        maximized: win.isMaximized(),
        fullScreen: win.isFullScreen(),
      });
    } catch {
      // A read-only home: the window simply opens at the default size next time.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', remember);
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
  mainWindow = createWindow(home);
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(home);
  });
  // The page follows the system's dark mode through prefers-color-scheme on its own; the
  // window's background (seen while resizing) follows it too.
  nativeTheme.on('updated', () => mainWindow?.setBackgroundColor(backgroundColor()));
  const stopFeeds = scheduleFeedRefresh(library);
  library.search(); // follow every change from the start
  afterStartup(library);
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
