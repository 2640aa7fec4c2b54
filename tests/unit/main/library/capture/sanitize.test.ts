import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../../../src/main/library/capture/sanitize';
import { htmlToText } from '../../../../../src/main/library/capture/text';

const attacks = [
  '<img src="https://x.test/a.png" onerror="alert(1)">',
  '<p onclick="alert(1)" style="background:url(javascript:alert(1))">text</p>',
  '<a href="javascript:alert(1)">a</a>',
  '<a href="JaVaScRiPt:alert(1)">b</a>',
  '<a href=" javascript:alert(1)">c</a>',
  '<a href="java&#x09;script:alert(1)">d</a>',
  '<a href="&#106;avascript:alert(1)">e</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">f</a>',
  '<a href="vbscript:msgbox(1)">g</a>',
  '<a href="data:text/html,<script>alert(1)</script>">h</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<svg><script>alert(1)</script><circle onload="alert(1)"/></svg>',
  '<iframe src="https://evil.test"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<form action="https://evil.test"><input name="q"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.test">',
  '<base href="https://evil.test/">',
  '<link rel="stylesheet" href="https://evil.test/a.css">',
  '<style>body{background:url(https://evil.test/track)}</style>',
  '<script>alert(1)</script>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<details open ontoggle="alert(1)"><summary>s</summary></details>',
];

describe('sanitising article HTML', () => {
  const out = sanitizeArticleHtml(attacks.join('\n'));

  it('removes scripts, handlers, frames, forms, styles and dangerous URLs in any spelling', () => {
    expect(out).not.toMatch(
      /<script|<iframe|<object|<embed|<form|<input|<button|<meta|<base|<link|<style|<svg|<math/i,
    );
    expect(out).not.toMatch(/\son\w+=/i);
    expect(out).not.toMatch(/javascript:|vbscript:|data:/i);
    expect(out).not.toMatch(/style=/i);
    expect(out).not.toContain('alert(1)');
  });

  it('keeps the article’s structure', () => {
    const kept = sanitizeArticleHtml(
      '<h2>Head</h2><p>A <em>b</em> <strong>c</strong> <a href="https://example.com/x" title="t">link</a></p><ul><li>one</li></ul><blockquote>q</blockquote><figure><img src="https://example.com/i.png" alt="i"><figcaption>cap</figcaption></figure><table><tr><th colspan="2">h</th></tr><tr><td>1</td><td>2</td></tr></table><pre><code>let x = 1;</code></pre>',
    );
    for (const tag of [
      '<h2>',
      '<em>',
      '<strong>',
      '<ul>',
      '<li>',
      '<blockquote>',
      '<figure>',
      '<figcaption>',
      '<table>',
      '<th colspan="2">',
      '<pre>',
      '<code>',
    ]) {
      expect(kept).toContain(tag);
    }
    expect(kept).toContain(
      '<a href="https://example.com/x" title="t" rel="noopener noreferrer">link</a>',
    );
    expect(kept).toContain('<img src="https://example.com/i.png" alt="i" />');
  });

  it('turns HTML into paragraph text', () => {
    expect(htmlToText('<h2>T</h2><p>One <b>two</b></p><ul><li>a</li><li>b</li></ul>')).toBe(
      'T\n\nOne two\n\na\n\nb',
    );
  });
});
