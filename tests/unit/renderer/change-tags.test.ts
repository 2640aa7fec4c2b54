import { describe, expect, it } from 'vitest';
import { changeTags } from '../../../src/shared/tags';

// The list shows a tag change at once, before the Library's own answer comes back: both must
// agree, or a row shows tags the article does not have.
describe('changing an article’s tags, as the Library and the list both do it', () => {
  it('adds and removes case-insensitively, keeping the first spelling', () => {
    expect(changeTags(['World', 'Russia'], ['world', 'Syria'], [])).toEqual([
      'World',
      'Russia',
      'Syria',
    ]);
    expect(changeTags(['World', 'Russia'], [], ['world'])).toEqual(['Russia']);
    expect(changeTags(['World'], ['  new   tag '], ['RUSSIA'])).toEqual(['World', 'new tag']);
  });
});
