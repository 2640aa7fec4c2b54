import { useEffect, useState } from 'react';

/**
 * Whether the article's body is still in its first frame: until that frame is shown, only the
 * blocks on the first screen are laid out (content-visibility in reader.css), so a 3,000-word
 * article paints sooner; the whole body is laid out right after, before any scrolling needs it.
 * Not when the reader opens midway (restored progress, a comment to show): that needs the layout.
 */
export function useFirstScreenLayout(html: string, opensAtTop: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!html) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is produced: a task queued from an animation frame runs after paint.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setShown(true))));
    return () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }, [html]);
  return opensAtTop && !shown;
}
