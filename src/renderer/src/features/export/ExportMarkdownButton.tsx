import { useState } from 'react';
import type { Article } from '../../../../shared/model';
import { call } from '../../api';
import { downloadMarkdown } from './download-markdown';

/**
 * The article with its highlights and comments as Markdown, downloaded as a file: the browser (or
 * Electron's download handling) asks where to keep it.
 */
export function ExportMarkdownButton(props: { article: Article }) {
  const [error, setError] = useState<string | null>(null);
  async function download() {
    try {
      downloadMarkdown(props.article, await call('articles.markdown', { id: props.article.id }));
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
