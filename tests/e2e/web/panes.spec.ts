import { expect, test } from './web-server';
import { tabTo } from './desktop-support';

test('panes resize by keyboard and by dragging, and keep their sizes', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Library' });
  const listPane = page.getByRole('region', { name: 'Articles' });
  const navHandle = page.getByRole('separator', { name: 'Resize the navigation pane' });
  const listHandle = page.getByRole('separator', { name: 'Resize the article list' });
  const width = async (l: typeof nav) => Math.round((await l.boundingBox())!.width);
  expect(await width(nav)).toBe(200);
  expect(await width(listPane)).toBe(360);
  // Until the person chooses, the list's default grows a little with a wide window.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => width(listPane)).toBe(422);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => width(listPane)).toBe(360);

  // Keyboard: Tab reaches the handle; arrows move by 16 px, Shift by 64, Home/End to the limits.
  await tabTo(page, 'Resize the article list');
  await expect(listHandle).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(listHandle).toHaveAttribute('aria-valuenow', '392');
  expect(await width(listPane)).toBe(392);
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(listHandle).toHaveAttribute('aria-valuenow', '328');
  await page.keyboard.press('Home');
  await expect(listHandle).toHaveAttribute('aria-valuenow', '260');
  await page.keyboard.press('End');
  const max = Number(await listHandle.getAttribute('aria-valuemax'));
  expect(max).toBeLessThanOrEqual(1280 - 200 - 420);
  await expect(listHandle).toHaveAttribute('aria-valuenow', String(max));
  // Enter puts the default back.
  await page.keyboard.press('Enter');
  await expect(listHandle).toHaveAttribute('aria-valuenow', '360');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');

  // Mouse: drag the navigation handle 60 px right; a double-click resets; drag again.
  const drag = async (dx: number) => {
    const box = (await navHandle.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + dx / 2, box.y + 200, { steps: 3 });
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + 200, { steps: 3 });
    await page.mouse.up();
  };
  await drag(60);
  expect(await width(nav)).toBe(260);
  await navHandle.dblclick();
  expect(await width(nav)).toBe(200);
  await drag(40);
  expect(await width(nav)).toBe(240);
  // Past the limit it stops.
  await drag(400);
  expect(await width(nav)).toBe(360);
  await navHandle.dblclick();
  await drag(40);

  // Kept across a reload.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await width(nav)).toBe(240);
  expect(await width(listPane)).toBe(408);
  await expect(listHandle).toHaveAttribute('aria-valuenow', '408');
});
