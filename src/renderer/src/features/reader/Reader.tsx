import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../../shared/model';
import { readingMinutes } from '../../../../shared/reading';
import { call, imageUrl } from '../../api';
import { CommentThread } from '../comments/CommentThread';
import { EntitySidebar } from '../entities/EntitySidebar';

function byline(a: Article): string[] {
  const date = a.publishedAt ?? null;
  return [
    a.byline,
    a.siteName,
    date ? new Date(date).toLocaleDateString(undefined, { dateStyle: 'long' }) : null,
    `${readingMinutes(a.wordCount)} min read`,
  ].filter((x): x is string => Boolean(x));
}

/** Cached image references become URLs this door can serve. */
function withImageUrls(html: string): string {
  return html.replace(
    /(<img\b[^>]*\bsrc=")(bs-image:[0-9a-f]+)"/g,
    (_m, head: string, ref: string) => `${head}${imageUrl(ref)}"`,
  );
}

export function Reader(props: {
  id: string;
  onChanged: (a: Article) => void;
  onShowEntity: (entity: { id: string; name: string }) => void;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [article, setArticle] = useState<Article | null>(null);
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { id, onChanged } = props;

  useEffect(() => {
    let live = true;
    call('articles.open', { id })
      .then(async (opened) => {
        if (!live) return;
        setArticle(opened.article);
        setHtml(opened.html);
        if (!opened.article.read) {
          const settings = await call('settings.get', {});
          if (settings.markReadOnOpen && live)
            onChanged(await call('articles.update', { id, read: true }));
        }
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id, onChanged]);

  const body = useMemo(() => ({ __html: withImageUrls(html) }), [html]);

  if (error) return <p className="inline-error">{error}</p>;
  if (!article) return <div className="reader-loading" aria-busy="true" />;
  return (
    <div className="reader-layout">
      <article className="reader" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
        <header className="reader-header">
          <h1>{article.title}</h1>
          <p className="reader-meta">
            {byline(article).map((part) => (
              <span key={part}>{part}</span>
            ))}
            {article.url && (
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                Original
              </a>
            )}
          </p>
        </header>
        {/* Stored HTML was sanitised when it was saved, and the CSP blocks scripts regardless. */}
        <div className="reader-body" ref={bodyRef} dangerouslySetInnerHTML={body} />
        <CommentThread article={article} />
      </article>
      <EntitySidebar articleId={article.id} bodyRef={bodyRef} onShowEntity={props.onShowEntity} />
    </div>
  );
}
