// The main window's size, position and maximised state, remembered between runs in a small JSON
// file under the home's app-state folder. Plain Node, so it is testable without Electron.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
  fullScreen: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function windowStateFile(home: string): string {
  return path.join(home, 'app-state', 'window-state.json');
}

/** The saved state, or null when there is none or it is unreadable (then the defaults apply). */
export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = WindowState.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Written whole to a temp file and renamed, so a crash never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

/**
 * Whether enough of the window (its title bar, at least 100 × 40 px) is on one of the displays'
 * work areas: a monitor unplugged since must not leave the window off-screen.
 */
export function isReachable(bounds: Rect, workAreas: Rect[]): boolean {
  return workAreas.some((area) => {
    const left = Math.max(bounds.x, area.x);
    const right = Math.min(bounds.x + bounds.width, area.x + area.width);
    const top = Math.max(bounds.y, area.y);
    const bottom = Math.min(bounds.y + 40, area.y + area.height);
    return right - left >= 100 && bottom - top >= 20;
  });
}
