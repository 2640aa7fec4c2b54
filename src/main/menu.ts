// The native application menu. Commands the renderer handles are sent as key presses so the menu
// and the keyboard shortcuts share one implementation.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const isMac = process.platform === 'darwin';
  const press = (keyCode: string) => () =>
    getWindow()?.webContents.sendInputEvent({ type: 'keyDown', keyCode });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Save URL…', accelerator: 'N', registerAccelerator: false, click: press('n') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Search', accelerator: '/', registerAccelerator: false, click: press('/') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Article',
      submenu: [
        { label: 'Next', accelerator: 'J', registerAccelerator: false, click: press('j') },
        { label: 'Previous', accelerator: 'K', registerAccelerator: false, click: press('k') },
        { label: 'Star', accelerator: 'S', registerAccelerator: false, click: press('s') },
        {
          label: 'Mark Read/Unread',
          accelerator: 'M',
          registerAccelerator: false,
          click: press('m'),
        },
        { label: 'Comment', accelerator: 'C', registerAccelerator: false, click: press('c') },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          accelerator: '?',
          registerAccelerator: false,
          click: press('?'),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
