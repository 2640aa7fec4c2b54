import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyMatch } from '../../../src/renderer/src/features/palette/fuzzy';

const labels = [
  'Write a comment',
  'Mark read',
  'Theme: Dark',
  'Star',
  'Go to Starred',
  'Settings…',
];

describe('palette fuzzy filter', () => {
  it('matches characters in order and marks them', () => {
    expect(fuzzyMatch('mkr', 'Mark read')?.positions).toEqual([0, 3, 5]);
    expect(fuzzyMatch('xyz', 'Mark read')).toBeNull();
  });

  it('ranks word starts and substrings first', () => {
    expect(fuzzyFilter('mr', labels, (l) => l)[0].item).toBe('Mark read');
    expect(fuzzyFilter('star', labels, (l) => l).map((m) => m.item)).toEqual([
      'Star',
      'Go to Starred',
    ]);
    expect(fuzzyFilter('dark', labels, (l) => l)[0].item).toBe('Theme: Dark');
  });

  it('keeps the given order for an empty query', () => {
    expect(fuzzyFilter('', labels, (l) => l).map((m) => m.item)).toEqual(labels);
  });
});
