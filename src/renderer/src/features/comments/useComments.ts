import { useCallback, useEffect, useState } from 'react';
import type { CommentThread } from '../../../../shared/model';
import { call } from '../../api';

/** The open article's comments and highlights, reloaded after every change. */
export function useComments(articleId: string) {
  const [threads, setThreads] = useState<CommentThread[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setThreads(await call('comments.list', { articleId }));
    } catch (e) {
      setError((e as Error).message);
    }
  }, [articleId]);
  useEffect(() => {
    let live = true;
    call('comments.list', { articleId }).then(
      (t) => live && setThreads(t),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [articleId]);
  return { threads, error, setError, reload };
}
