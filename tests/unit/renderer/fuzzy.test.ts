import { describe, expect, it } from 'vitest';
import {
  fuzzyFilter,
  fuzzyMatch,
  markedRuns,
} from '../../../src/renderer/src/features/palette/fuzzy';

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

  it('marks the characters that matched, after an emoji too', () => {
    const label = 'Go to tag: 🔥 hot';
    const runs = markedRuns(label, fuzzyMatch('hot', label)!.positions);
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['hot']);
    expect(runs.map((r) => r.text).join('')).toBe(label);
    expect(markedRuns('Mark read', [0, 3, 5])).toEqual([
      { text: 'M', marked: true },
      { text: 'ar', marked: false },
      { text: 'k', marked: true },
      { text: ' ', marked: false },
      { text: 'r', marked: true },
      { text: 'ead', marked: false },
    ]);
  });
});
