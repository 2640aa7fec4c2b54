import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article, CommentThread as Thread, TextAnchor } from '../../../../shared/model';
import { readingMinutes } from '../../../../shared/reading';
import { call, imageUrl } from '../../api';
import { anchorFromSelection, locate } from '../comments/anchoring';
import { CommentThread } from '../comments/CommentThread';
import { SelectionToolbar } from '../comments/SelectionToolbar';
import { useComments } from '../comments/useComments';
import { useFocusComment, type CommentFocus } from '../comments/useFocusComment';
import { useArticleEntities } from '../entities/article-entities';
import { EntitySidebar } from '../entities/EntitySidebar';
import { showHighlight } from '../entities/mentions';
import { READER_COMMAND } from '../../app/useShortcuts';
import type { ShortcutAction } from '../shortcuts/shortcuts';
import { TagBar } from '../tags/TagBar';
import { useFirstScreenLayout } from './useFirstScreenLayout';
import { opensMidway, useReadingProgress } from './useReadingProgress';
import { ExportMarkdownButton } from '../export/ExportMarkdownButton';
import { openArticle } from './open-article';
import { afterNextFrame } from './after-frame';

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

function flatten(threads: Thread[]): Thread[] {
  return threads.flatMap((t) => [t, ...flatten(t.replies)]);
}

export function Reader(props: {
  id: string;
  onChanged: (a: Article) => void;
  onShowEntity: (entity: { id: string; name: string }) => void;
  /** A comment or highlight to scroll to and flash once (from the list of all comments). */
  focus?: CommentFocus | null;
  /** The setting as the app holds it; asked for when not known yet. */
  markReadOnOpen?: boolean;
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  const [article, setArticle] = useState<Article | null>(null);
  const [html, setHtml] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pendingAnchor, setPendingAnchor] = useState<TextAnchor | null>(null);
  const { id, onChanged, markReadOnOpen } = props;
  const comments = useComments(id);
  // One request for the sidebar and the tag suggestions, leaving with the article's.
  const entities = useArticleEntities(id);
  const tagInput = useRef<HTMLInputElement>(null);

  const change = useCallback(
    async (patch: { starred?: boolean; read?: boolean; archived?: boolean }) => {
      const updated = await call('articles.update', { id, ...patch });
      setArticle(updated);
      onChanged(updated);
    },
    [id, onChanged],
  );

  // Keyboard shortcuts and menu commands that act on the open article.
  useEffect(() => {
    const onCommand = (event: Event) => {
      const action = (event as CustomEvent<ShortcutAction>).detail;
      const pane = bodyRef.current?.closest('.reader-pane');
      if (action === 'page-down' || action === 'page-up') {
        pane?.scrollBy({
          top: (action === 'page-down' ? 0.85 : -0.85) * pane.clientHeight,
          behavior: 'smooth',
        });
      } else if (action === 'tag') tagInput.current?.focus();
      else if (action === 'comment') commentBox.current?.focus();
      else if (article) {
        if (action === 'star') void change({ starred: !article.starred });
        if (action === 'toggle-read') void change({ read: !article.read });
        if (action === 'archive') void change({ archived: !article.archived });
      }
    };
    window.addEventListener(READER_COMMAND, onCommand);
    return () => window.removeEventListener(READER_COMMAND, onCommand);
  }, [article, change]);

  // Mark-read-on-open as set when the article arrives; a change to it does not reopen the article.
  const markReadSetting = useRef(markReadOnOpen);
  useEffect(() => {
    markReadSetting.current = markReadOnOpen;
  }, [markReadOnOpen]);
  useEffect(() => {
    let live = true;
    openArticle(id)
      .then(async (opened) => {
        if (!live) return;
        setArticle(opened.article);
        setHtml(opened.html);
        if (!opened.article.read) {
          // After the frame showing the article: the write, and the list, counts and entities that
          // follow its change notice, would otherwise compete with it.
          await afterNextFrame();
          const markRead =
            markReadSetting.current ?? (await call('settings.get', {})).markReadOnOpen;
          // Shown is read, even when the person has moved on during that frame.
          if (!markRead) return;
          const updated = await call('articles.update', { id, read: true });
          // The reader's own copy too (its button offered "Mark read" on a read article), but only
          // the flag: the answer to a star pressed meanwhile may have come first, and this one,
          // from before it, would undo it on screen.
          if (live) setArticle((a) => (a?.id === id ? { ...a, read: updated.read } : a));
          onChanged(updated);
        }
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id, onChanged]);

  const body = useMemo(() => ({ __html: withImageUrls(html) }), [html]);
  useReadingProgress(article, html, bodyRef);
  const firstScreen = useFirstScreenLayout(
    html,
    !props.focus && !opensMidway(article?.progress ?? 0),
  );
  useFocusComment(props.focus, bodyRef, comments.threads, html);

  // Highlights and anchored comments are painted over the text, never written into it.
  useEffect(() => {
    const scope = bodyRef.current;
    if (!scope || !comments.threads || !html) return;
    let live = true;
    void Promise.all(
      flatten(comments.threads)
        .filter((c) => c.anchor)
        .map((c) => locate(c.anchor!, scope)),
    ).then((ranges) => {
      if (live)
        showHighlight(
          'annotation',
          ranges.filter((r): r is Range => r !== null),
        );
    });
    return () => {
      live = false;
      showHighlight('annotation', []);
    };
  }, [comments.threads, html]);

  async function commentOn(range: Range) {
    if (!bodyRef.current) return;
    setPendingAnchor(await anchorFromSelection(range, bodyRef.current));
    document.getSelection()?.removeAllRanges();
    commentBox.current?.focus();
  }

  async function highlight(range: Range) {
    if (!bodyRef.current) return;
    const anchor = await anchorFromSelection(range, bodyRef.current);
    if (!anchor) return;
    await call('highlights.add', { articleId: id, anchor });
    document.getSelection()?.removeAllRanges();
    await comments.reload();
  }

  async function reveal(c: Thread) {
    if (!bodyRef.current || !c.anchor) return;
    const range = await locate(c.anchor, bodyRef.current);
    if (!range) return;
    showHighlight('annotation-current', [range]);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  const sidebar = (
    <EntitySidebar
      articleId={id}
      entities={entities}
      bodyRef={bodyRef}
      onShowEntity={props.onShowEntity}
    />
  );
  if (error) return <p className="inline-error">{error}</p>;
  if (!article)
    return (
      <div className="reader-layout">
        <div className="reader-loading" aria-busy="true" />
        {sidebar}
      </div>
    );
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
          <div className="reader-actions" role="toolbar" aria-label="Article">
            <button
              type="button"
              aria-pressed={article.starred}
              onClick={() => void change({ starred: !article.starred })}
              title="Star (s)"
            >
              {article.starred ? '★ Starred' : '☆ Star'}
            </button>
            <button
              type="button"
              onClick={() => void change({ read: !article.read })}
              title="Mark read or unread (m)"
            >
              {article.read ? 'Mark unread' : 'Mark read'}
            </button>
            <button
              type="button"
              aria-pressed={article.archived}
              onClick={() => void change({ archived: !article.archived })}
              title="Archive (e)"
            >
              {article.archived ? 'Unarchive' : 'Archive'}
            </button>
            <ExportMarkdownButton article={article} />
          </div>
          <TagBar
            inputRef={tagInput}
            article={article}
            entities={entities}
            onChanged={(a) => {
              setArticle(a);
              onChanged(a);
            }}
          />
        </header>
        {/* Stored HTML was sanitised when it was saved, and the CSP blocks scripts regardless. */}
        <div
          className={firstScreen ? 'reader-body first-screen' : 'reader-body'}
          ref={bodyRef}
          dangerouslySetInnerHTML={body}
        />
        <SelectionToolbar scope={bodyRef} onComment={commentOn} onHighlight={highlight} />
        <CommentThread
          article={article}
          threads={comments.threads}
          reload={comments.reload}
          pendingAnchor={pendingAnchor}
          clearAnchor={() => setPendingAnchor(null)}
          reveal={reveal}
          textareaRef={commentBox}
        />
      </article>
      {sidebar}
    </div>
  );
}
