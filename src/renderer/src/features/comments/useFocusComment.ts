import { useEffect } from 'react';
import type { CommentThread } from '../../../../shared/model';
import { showHighlight } from '../entities/mentions';
import { locate } from './anchoring';

/** A request to show one comment or highlight in its article; `seq` repeats the same request. */
export interface CommentFocus {
  commentId: string;
  seq: number;
}

function find(threads: CommentThread[], id: string): CommentThread | null {
  for (const t of threads) {
    if (t.id === id) return t;
    const inner = find(t.replies, id);
    if (inner) return inner;
  }
  return null;
}

const FLASH_MS = 1800;

/**
 * Once the article and its comments are in place, scroll to the anchored passage (or to the
 * comment, when it has none or it is detached) and flash it once.
 */
export function useFocusComment(
  focus: CommentFocus | null | undefined,
  scope: React.RefObject<HTMLElement | null>,
  threads: CommentThread[] | null,
  html: string,
): void {
  useEffect(() => {
    if (!focus || !threads || !html || !scope.current) return;
    const comment = find(threads, focus.commentId);
    if (!comment) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flashComment = () => {
      const item = document.getElementById(`comment-${comment.id}`);
      if (!item) return;
      item.scrollIntoView({ block: 'center' });
      item.classList.remove('flash');
      void item.offsetWidth; // restart the animation
      item.classList.add('flash');
      timer = setTimeout(() => item.classList.remove('flash'), FLASH_MS);
    };
    void (comment.anchor ? locate(comment.anchor, scope.current) : Promise.resolve(null)).then(
      (range) => {
        if (!live) return;
        if (!range) return flashComment();
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        showHighlight('annotation-flash', [range]);
        timer = setTimeout(() => showHighlight('annotation-flash', []), FLASH_MS);
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
      showHighlight('annotation-flash', []);
    };
  }, [focus, scope, threads, html]);
}
