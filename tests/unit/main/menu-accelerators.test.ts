// The desktop menu shows the keys the page answers to: its accelerators come from the shortcut table.
import { describe, expect, it } from 'vitest';
import { acceleratorFor, acceleratorOf } from '../../../src/main/menu-accelerators';
import { SHORTCUT_ACTIONS, SHORTCUTS } from '../../../src/shared/shortcuts';

describe('menu accelerators', () => {
  it('name each key as Electron does', () => {
    expect(acceleratorOf('s')).toBe('S');
    expect(acceleratorOf('J')).toBe('Shift+J');
    expect(acceleratorOf('Mod+k')).toBe('CmdOrCtrl+K');
    expect(acceleratorOf(' ')).toBe('Space');
    expect(acceleratorOf('Shift+ ')).toBe('Shift+Space');
    expect(acceleratorOf('Shift+ArrowDown')).toBe('Shift+Down');
    expect(acceleratorOf('Delete')).toBe('Delete');
    expect(acceleratorOf('?')).toBe('?');
  });

  it('exist for every action, from its first key', () => {
    for (const action of SHORTCUT_ACTIONS) {
      const first = SHORTCUTS.find((s) => s.action === action)!.keys[0];
      expect(acceleratorFor(action)).toBe(acceleratorOf(first));
    }
    expect(acceleratorFor('star')).toBe('S');
    expect(acceleratorFor('palette')).toBe('CmdOrCtrl+K');
    expect(acceleratorFor('extend-next')).toBe('Shift+J');
  });
});
