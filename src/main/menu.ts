// The native application menu. Commands the renderer handles are sent as key presses so the menu
// and the keyboard shortcuts share one implementation; the accelerators shown are those keys.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

type Modifier = 'shift' | 'control' | 'meta';

export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const isMac = process.platform === 'darwin';
  const mod: Modifier = isMac ? 'meta' : 'control';
  const press =
    (keyCode: string, modifiers: Modifier[] = []) =>
    () =>
      getWindow()?.webContents.sendInputEvent({ type: 'keyDown', keyCode, modifiers });
  /**
   * A command the page handles itself. Its key is shown but not registered with the menu, so
   * typing the letter in a text field stays typing; the page ignores keys not meant for it.
   */
  const key = (
    label: string,
    accelerator: string,
    keyCode: string,
    modifiers: Modifier[] = [],
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: press(keyCode, modifiers),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        key('Save URL…', 'N', 'n'),
        key('Command Palette…', 'CmdOrCtrl+K', 'k', [mod]),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        key('Search', '/', '/'),
        key('Command Palette…', 'CmdOrCtrl+K', 'k', [mod]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        // Ctrl/Cmd with "=" (unshifted "+") zooms in too, as in browsers.
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Article',
      submenu: [
        key('Next', 'J', 'j'),
        key('Previous', 'K', 'k'),
        key('Open', 'Enter', 'Enter'),
        key('Page Down', 'Space', 'Space'),
        { type: 'separator' },
        key('Star', 'S', 's'),
        key('Mark Read/Unread', 'M', 'm'),
        key('Archive', 'E', 'e'),
        key('Tag…', 'T', 't'),
        key('Comment', 'C', 'c'),
        key('Delete…', 'Delete', 'Delete'),
        { type: 'separator' },
        key('Extend Selection Down', 'Shift+J', 'J', ['shift']),
        key('Extend Selection Up', 'Shift+K', 'K', ['shift']),
        key('Select All Articles', 'CmdOrCtrl+A', 'a', [mod]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [key('Keyboard Shortcuts', '?', '?')],
    },
  ];
  return Menu.buildFromTemplate(template);
}
