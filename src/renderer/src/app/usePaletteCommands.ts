import { useCallback } from 'react';
import type { Settings } from '../../../shared/api';
import type { Article } from '../../../shared/model';
import { call } from '../api';
import type { ListSelection } from '../features/library/NavPane';
import type { ArticleActions } from '../features/library/useArticleActions';
import { buildCommands } from '../features/palette/commands';
import type { ShortcutAction } from '../features/shortcuts/shortcuts';

/** The palette's commands from the app's current state, built when the palette asks. */
export function usePaletteCommands(p: {
  article: Article | null;
  selectedCount: number;
  settings: Settings | null;
  setSettings: (s: Settings) => void;
  go: (s: ListSelection) => void;
  press: (action: ShortcutAction) => void;
  actions: ArticleActions;
  search: (text: string) => void;
  openSettings: () => void;
  resetPanes: () => void;
  clearSelection: () => void;
  setError: (message: string) => void;
}) {
  const { setSettings, setError } = p;
  const updateSettings = useCallback(
    (patch: Partial<Settings>) =>
      void call('settings.update', patch).then(setSettings, (e: Error) => setError(e.message)),
    [setSettings, setError],
  );
  const refreshFeeds = useCallback(
    () => void call('feeds.refresh', {}).catch((e: Error) => setError(e.message)),
    [setError],
  );
  const { article, selectedCount, settings, go, press, actions, search } = p;
  const { openSettings, resetPanes, clearSelection } = p;
  return useCallback(
    (views: { tags: string[]; feeds: { id: string; title: string }[] }) =>
      buildCommands(
        {
          article,
          selectedCount,
          settings,
          go,
          press,
          actions,
          search,
          updateSettings,
          openSettings,
          resetPanes,
          clearSelection,
          refreshFeeds,
        },
        views,
      ),
    [
      article,
      selectedCount,
      settings,
      go,
      press,
      actions,
      search,
      updateSettings,
      openSettings,
      resetPanes,
      clearSelection,
      refreshFeeds,
    ],
  );
}
