import { useEffect } from 'react';
import type { Settings } from '../../../shared/api';

/** Theme and reading typography as attributes and custom properties on the document. */
export function useAppearance(settings: Settings | null): void {
  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    if (settings.theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', settings.theme);
    root.style.setProperty('--read-size', `${settings.fontSize}px`);
    root.style.setProperty('--read-leading', String(settings.lineHeight));
    root.style.setProperty(
      '--font-read-chosen',
      settings.font === 'sans' ? 'var(--font-ui)' : 'var(--font-read)',
    );
  }, [settings]);
}
