// Plain text of sanitised article HTML, a blank line between blocks: used for word counts, search,
// entities and anchors.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'BR',
  'DETAILS',
  'SUMMARY',
  'ADDRESS',
  'CAPTION',
]);

export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const parts: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/[ \t\r\n\f]+/g, ' ').trim();
    if (t) parts.push(t);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    if (el.tagName === 'TD' || el.tagName === 'TH') line += ' ';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(document.body as unknown as Node);
  flush();
  return parts.join('\n\n');
}
