// The native application menu. Commands the page handles are sent to it as shortcut actions, so
// the menu and the keyboard share one implementation (and work while typing in a field); the
// accelerators shown are the keys of the shortcut table.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL } from '../shared/ipc';
import type { ShortcutAction } from '../shared/shortcuts';
import { acceleratorFor } from './menu-accelerators';

export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const isMac = process.platform === 'darwin';
  /**
   * A command the page handles itself. Its key is shown but not registered with the menu, so
   * typing the letter in a text field stays typing; choosing the item sends the action.
   */
  const command = (label: string, action: ShortcutAction): MenuItemConstructorOptions => ({
    id: action,
    label,
    accelerator: acceleratorFor(action),
    registerAccelerator: false,
    click: () => getWindow()?.webContents.send(MENU_CHANNEL, action),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        command('Save URL…', 'save-url'),
        command('Command Palette…', 'palette'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        command('Search', 'search'),
        command('Command Palette…', 'palette'),
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
        command('Next', 'next'),
        command('Previous', 'previous'),
        command('Open', 'open'),
        command('Page Down', 'page-down'),
        { type: 'separator' },
        command('Star', 'star'),
        command('Mark Read/Unread', 'toggle-read'),
        command('Archive', 'archive'),
        command('Tag…', 'tag'),
        command('Comment', 'comment'),
        command('Delete…', 'delete'),
        { type: 'separator' },
        command('Extend Selection Down', 'extend-next'),
        command('Extend Selection Up', 'extend-previous'),
        command('Select All Articles', 'select-all'),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [command('Keyboard Shortcuts', 'help')],
    },
  ];
  return Menu.buildFromTemplate(template);
}
