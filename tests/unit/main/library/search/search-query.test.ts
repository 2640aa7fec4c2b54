import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../../../../src/main/library/search/snippet';
import {
  hasSearchCriteria,
  highlightRanges,
  parseSearchQuery,
} from '../../../../../src/shared/search-query';

describe('the search query language', () => {
  it('separates filters from free text', () => {
    const q = parseSearchQuery(
      'Putin tag:World tag:"middle east" feed:f1 entity:"Barack Obama" entity:Antalya is:unread is:starred has:comments Summit',
    );
    expect(q.text).toBe('Putin Summit');
    expect(q.terms).toEqual(['putin', 'summit']);
    expect(q.filters).toEqual({
      tags: ['World', 'middle east'],
      feeds: ['f1'],
      entities: ['Barack Obama', 'Antalya'],
      unread: true,
      starred: true,
      hasComments: true,
    });
    expect(parseSearchQuery('is:read').filters.read).toBe(true);
  });

  it('keeps what only looks like a filter as text, and quoted phrases as words', () => {
    const q = parseSearchQuery('"face of evil" http://example.com is:purple 10:30 tag:');
    expect(q.filters).toEqual({ tags: [], feeds: [], entities: [] });
    expect(q.terms).toEqual([
      'face',
      'of',
      'evil',
      'http',
      'example',
      'com',
      'is',
      'purple',
      '10',
      '30',
      'tag',
    ]);
    expect(hasSearchCriteria(parseSearchQuery('   '))).toBe(false);
    expect(hasSearchCriteria(parseSearchQuery('is:starred'))).toBe(true);
  });

  it('highlights whole words by prefix, ignoring case and accents', () => {
    const text = 'Erdoğan met OBAMA; obamacare? Not "Obsidian".';
    const ranges = highlightRanges(text, ['erdogan', 'obam']);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Erdoğan', 'OBAMA', 'obamacare']);
    expect(highlightRanges(text, [])).toEqual([]);
    expect(highlightRanges(text, ['obam'], 1)).toHaveLength(1);
  });

  it('cuts a snippet of at most 240 characters around the first match', () => {
    const filler = 'Lorem ipsum dolor sit amet consectetur. '.repeat(20);
    const text = `${filler}\n\nPresident Obama met Putin in Antalya.\n\n${filler}`;
    const snippet = snippetOf(text, ['antalya']);
    expect(snippet.length).toBeLessThanOrEqual(240);
    expect(snippet).toContain('Putin in Antalya.');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippetOf(text, ['nowhere']).startsWith('Lorem ipsum')).toBe(true);
    expect(snippetOf('Short text.', ['short'])).toBe('Short text.');
  });
});
