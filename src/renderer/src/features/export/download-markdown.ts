import type { Article } from '../../../../shared/model';

/** A file name from the title: letters, digits and dashes, never empty. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${slug || 'article'}.md`;
}

/**
 * Hand an article's Markdown to the browser as a download: it (or Electron's download handling)
 * asks where to keep it. The reader's button and the list's commands both go through here.
 */
export function downloadMarkdown(article: Article, markdown: string): void {
  const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = markdownFileName(article.title);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
