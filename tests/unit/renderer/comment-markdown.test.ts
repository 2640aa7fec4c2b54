import { describe, expect, it } from 'vitest';
import { renderCommentMarkdown } from '../../../src/renderer/src/features/comments/markdown';

describe('comment and note Markdown', () => {
  it('escapes raw HTML: markup in a comment or note is text', () => {
    const html = renderCommentMarkdown('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  it('turns entity: links into in-app links, never navigations', () => {
    const html = renderCommentMarkdown('met [Obama](<entity:Barack Obama>) and [P](entity:Putin)');
    expect(html).toContain('<a href="#" data-entity="Barack Obama" class="entity-link">Obama</a>');
    expect(html).toContain('data-entity="Putin"');
    expect(html).not.toContain('target="_blank" data-entity');
  });

  it('keeps only http(s), mailto and entity links', () => {
    expect(renderCommentMarkdown('[x](javascript:alert(1))')).not.toContain('<a');
    expect(renderCommentMarkdown('[x](https://example.org)')).toContain(
      'href="https://example.org" target="_blank" rel="noopener noreferrer"',
    );
  });

  it('leaves no stray newlines for the pre-wrap comment body to show as blank lines', () => {
    expect(renderCommentMarkdown('one\ntwo\n\n- a\n- b')).toBe(
      '<p>one<br>two</p><ul><li>a</li><li>b</li></ul>',
    );
  });
});
