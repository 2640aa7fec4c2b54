import { useEffect, useRef, useState } from 'react';

/**
 * A <dialog> shown modally while mounted; when it goes, focus returns to what had it before (or,
 * if that element left the page meanwhile, to `fallback`), so focus is never lost.
 */
export function useModalDialog(fallback?: () => HTMLElement | null) {
  const ref = useRef<HTMLDialogElement>(null);
  const [fallbackAtOpen] = useState(() => fallback);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    if (!ref.current?.open) ref.current?.showModal();
    return () => {
      const usable = previous && previous !== document.body && previous.isConnected;
      const target = usable ? previous : (fallbackAtOpen?.() ?? null);
      // After React has removed the dialog, so the browser does not move focus again.
      requestAnimationFrame(() => target?.focus());
    };
  }, [fallbackAtOpen]);
  return ref;
}
