import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isReachable,
  readWindowState,
  windowStateFile,
  writeWindowState,
} from '../../../src/main/window-state';
import { tempDir } from '../support/temp-home';

describe('window state', () => {
  it('is written and read back from the home', () => {
    const file = windowStateFile(tempDir());
    expect(readWindowState(file)).toBeNull();
    const state = { x: 40, y: 30, width: 1400, height: 900, maximized: true, fullScreen: false };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
  });

  it('ignores a damaged or implausible file', () => {
    const file = path.join(tempDir(), 'window-state.json');
    writeFileSync(file, '{"x": 1, "y"');
    expect(readWindowState(file)).toBeNull();
    writeFileSync(file, JSON.stringify({ x: 0, y: 0, width: 5, height: 5, maximized: false }));
    expect(readWindowState(file)).toBeNull();
  });

  it('is used only where the window can still be reached', () => {
    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(isReachable({ x: 100, y: 100, width: 1280, height: 800 }, screens)).toBe(true);
    // On a second monitor that is gone.
    expect(isReachable({ x: 2000, y: 100, width: 1280, height: 800 }, screens)).toBe(false);
    // Title bar above the screen.
    expect(isReachable({ x: 100, y: -500, width: 1280, height: 800 }, screens)).toBe(false);
  });
});
