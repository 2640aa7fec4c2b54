import { useState } from 'react';
import type { Article } from '../../../../shared/model';
import { call } from '../../api';

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
 * The article with its highlights and comments as Markdown, downloaded as a file: the browser (or
 * Electron's download handling) asks where to keep it.
 */
export function ExportMarkdownButton(props: { article: Article }) {
  const [error, setError] = useState<string | null>(null);
  async function download() {
    try {
      const markdown = await call('articles.markdown', { id: props.article.id });
      const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = markdownFileName(props.article.title);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <>
      <button
        type="button"
        onClick={() => void download()}
        title="Download this article with its highlights and comments as Markdown"
      >
        Export Markdown
      </button>
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
