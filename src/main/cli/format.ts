// Plain-text output of the CLI: short, aligned, readable in a terminal.
import type { Article, CommentThread } from '../../shared/model';

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}

export function articleLine(a: Article): string {
  const flags = `${a.read ? ' ' : '•'}${a.starred ? '★' : ' '}`;
  const site = a.siteName ?? (a.url ? new URL(a.url).hostname : a.source);
  const tags = a.tags.length ? `  [${a.tags.join(', ')}]` : '';
  return `${a.id}  ${flags} ${a.title}  — ${site}, ${day(a.publishedAt ?? a.savedAt)}${tags}`;
}

export function articleDetails(a: Article): string {
  const rows: [string, string | number | null][] = [
    ['id', a.id],
    ['title', a.title],
    ['url', a.url],
    ['byline', a.byline],
    ['site', a.siteName],
    ['published', a.publishedAt],
    ['saved', a.savedAt],
    ['words', a.wordCount],
    ['tags', a.tags.join(', ') || null],
    ['read', a.read ? 'yes' : 'no'],
    ['starred', a.starred ? 'yes' : 'no'],
    ['comments', a.commentCount],
    ['excerpt', a.excerpt],
  ];
  return rows
    .filter(([, v]) => v !== null && v !== '')
    .map(([k, v]) => `${k.padEnd(10)} ${v}`)
    .join('\n');
}

export function commentTree(threads: CommentThread[], depth = 0): string {
  return threads
    .map((c) => {
      const pad = '  '.repeat(depth);
      const quote = c.quote ? `${pad}  > ${c.quote}\n` : '';
      const head = `${pad}${c.id}  ${c.createdAt.slice(0, 16).replace('T', ' ')}`;
      const body = c.body
        .split('\n')
        .map((line) => `${pad}  ${line}`)
        .join('\n');
      const replies = c.replies.length ? `\n${commentTree(c.replies, depth + 1)}` : '';
      return `${head}\n${quote}${body}${replies}`;
    })
    .join('\n');
}
