// The desktop shell's conventions: window state remembered, the menu with its shortcuts. Skips
// with one line where Electron's binary is not installed, as app.spec.ts does.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchApp as launch, skipWithoutElectron, tempHome } from './electron-app';

skipWithoutElectron();

test('the window comes back at the size and place it was left', async () => {
  const home = tempHome();
  const first = await launch(home);
  await first.firstWindow();
  await first.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0].setBounds({ x: 60, y: 50, width: 1100, height: 700 }),
  );
  await first.close();
  expect(
    JSON.parse(readFileSync(path.join(home, 'app-state', 'window-state.json'), 'utf8')),
  ).toMatchObject({ width: 1100, height: 700 });

  const second = await launch(home);
  await second.firstWindow();
  const bounds = await second.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0].getBounds(),
  );
  expect(bounds).toMatchObject({ width: 1100, height: 700 });
  await second.close();
});

test('the menu shows the shortcuts, the palette and zoom among them', async () => {
  const home = tempHome();
  const app = await launch(home);
  await app.firstWindow();
  const items = await app.evaluate(({ Menu }) => {
    const out: { label: string; accelerator?: string | null; role?: string | null }[] = [];
    const walk = (menu: Electron.Menu | null | undefined) =>
      menu?.items.forEach((i) => {
        out.push({ label: i.label, accelerator: i.accelerator, role: i.role });
        walk(i.submenu);
      });
    walk(Menu.getApplicationMenu());
    return out;
  });
  expect(items).toContainEqual(expect.objectContaining({ accelerator: 'CmdOrCtrl+K' }));
  expect(items).toContainEqual(expect.objectContaining({ label: 'Star', accelerator: 'S' }));
  expect(items.map((i) => i.role?.toLowerCase())).toEqual(
    expect.arrayContaining(['zoomin', 'zoomout', 'resetzoom']),
  );
  await app.close();
});

test('a menu command acts while the focus is in a text field, where its key would type', async () => {
  const app = await launch(tempHome());
  const window = await app.firstWindow();
  const reader = window.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  const search = window.getByRole('searchbox');
  await search.click();
  await search.press('s');
  await expect(search).toHaveValue('s');
  await expect(reader.getByRole('button', { name: '★ Starred' })).toHaveCount(0);
  await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('star')?.click());
  await expect(reader.getByRole('button', { name: '★ Starred' })).toBeVisible();
  await app.close();
});
