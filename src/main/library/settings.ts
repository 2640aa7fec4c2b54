import type { Settings } from '../../shared/api';

export function defaultSettings(): Settings {
  return {
    lastOpenArticleId: null,
    theme: 'system',
    font: 'serif',
    fontSize: 19,
    lineHeight: 1.6,
    markReadOnOpen: true,
    paneSizes: [],
    feedRefreshMinutes: 30,
  };
}
