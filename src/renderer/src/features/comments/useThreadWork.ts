import { useState } from 'react';

/**
 * A thread's writes (add, edit, reply, delete, undo): each runs, then the thread is read again; a
 * failure is shown in the thread and reported back so an editor can stay open with its text.
 */
export function useThreadWork(reload: () => Promise<unknown>) {
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>): Promise<boolean> => {
    try {
      await work();
      setError(null);
      await reload();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  return { error, setError, run };
}
