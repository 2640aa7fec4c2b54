// An article with its highlights and comments as one Markdown document.
import type { Article, CommentThread } from '../../../shared/model';

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function commentBlock(c: CommentThread, depth: number): string {
  const indent = '  '.repeat(depth);
  const head = `${indent}- **${c.createdAt.slice(0, 16).replace('T', ' ')}**${c.updatedAt !== c.createdAt ? ' (edited)' : ''}${c.detached ? ' (detached)' : ''}`;
  const quote = c.quote
    ? `\n${indent}  ${quoteBlock(c.quote).replace(/\n/g, `\n${indent}  `)}`
    : '';
  const body = c.body ? `\n${indent}  ${c.body.replace(/\n/g, `\n${indent}  `)}` : '';
  const replies = c.replies.map((r) => `\n${commentBlock(r, depth + 1)}`).join('');
  return `${head}${quote}${body}${replies}`;
}

export function articleMarkdown(article: Article, text: string, threads: CommentThread[]): string {
  const meta = [article.byline, article.siteName, article.publishedAt?.slice(0, 10)].filter(
    Boolean,
  );
  const lines = [`# ${article.title}`, ''];
  if (meta.length) lines.push(`_${meta.join(' · ')}_`, '');
  if (article.url) lines.push(`<${article.url}>`, '');
  if (article.tags.length)
    lines.push(`Tags: ${article.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ')}`, '');
  lines.push(text.trim(), '');
  const highlights = threads.filter((c) => c.highlight && !c.body);
  const comments = threads.filter((c) => !(c.highlight && !c.body));
  if (highlights.length) {
    lines.push('## Highlights', '');
    for (const h of highlights) lines.push(quoteBlock(h.quote ?? ''), '');
  }
  if (comments.length) {
    lines.push('## Comments', '');
    for (const c of comments) lines.push(commentBlock(c, 0), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
