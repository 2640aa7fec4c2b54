// Plain-text and Markdown files as documents.
import MarkdownIt from 'markdown-it';
import type { ParsedDocument } from '../parsed';

/** Scraped pages often end with the site's comment prompt; it names the title but is not story. */
const COMMENT_PROMPT = /^be the first to comment on\s+["“”'‘](.+?)["“”'’]\s*\.?$/i;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function titleFromFileName(fileName: string): string {
  const base = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return base ? base[0].toUpperCase() + base.slice(1) : 'Untitled';
}

function emptyMeta(): Pick<
  ParsedDocument,
  'url' | 'byline' | 'siteName' | 'publishedAt' | 'excerpt' | 'lang' | 'dir'
> {
  return {
    url: null,
    byline: null,
    siteName: null,
    publishedAt: null,
    excerpt: null,
    lang: null,
    dir: null,
  };
}

export function parseTextDocument(content: string, fileName: string): ParsedDocument {
  const normalised = content
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  // Blank-line paragraphs when the file has them, otherwise one paragraph per line.
  const paragraphs = (
    /\n\s*\n/.test(normalised) ? normalised.split(/\n\s*\n/) : normalised.split('\n')
  )
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);

  let title: string | null = null;
  const prompt =
    paragraphs.length > 1 ? COMMENT_PROMPT.exec(paragraphs[paragraphs.length - 1]) : null;
  if (prompt) {
    title = prompt[1].trim();
    paragraphs.pop();
  } else if (
    paragraphs.length > 1 &&
    paragraphs[0].length <= 150 &&
    !/[.!?:;,]$/.test(paragraphs[0])
  ) {
    title = paragraphs.shift() ?? null;
  }
  return {
    ...emptyMeta(),
    title: title ?? titleFromFileName(fileName),
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
    text: paragraphs.join('\n\n'),
  };
}

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: true });

export function parseMarkdownDocument(
  content: string,
  fileName: string,
  sanitize: (html: string) => string,
): ParsedDocument {
  const source = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const heading = /^#\s+(.+?)\s*#*\s*$/m.exec(source);
  const body = heading ? source.replace(heading[0], '') : source;
  const html = sanitize(markdown.render(body));
  const text = markdown
    .parse(body, {})
    .filter((token) => token.type === 'inline')
    .map((token) => token.content)
    .join('\n\n');
  return {
    ...emptyMeta(),
    title: heading ? heading[1] : titleFromFileName(fileName),
    html,
    text,
  };
}
