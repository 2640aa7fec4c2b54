import { useCallback } from 'react';
import type { Settings } from '../../../shared/api';
import { call } from '../api';
import type { ListSelection } from '../features/library/NavPane';
import type { ArticleActions } from '../features/library/useArticleActions';
import { buildCommands, type PaletteData } from '../features/palette/commands';
import type { ShortcutAction } from '../features/shortcuts/shortcuts';

/** The palette's commands from the app's current state, built when the palette asks. */
export function usePaletteCommands(p: {
  selectedCount: number;
  settings: Settings | null;
  setSettings: (s: Settings) => void;
  go: (s: ListSelection) => void;
  press: (action: ShortcutAction) => void;
  actions: ArticleActions;
  openSettings: () => void;
  resetPanes: () => void;
  clearSelection: () => void;
  confirmDelete: (ids: string[]) => void;
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
  const { selectedCount, settings, go, press, actions } = p;
  const { openSettings, resetPanes, clearSelection, confirmDelete } = p;
  return useCallback(
    (views: PaletteData) =>
      buildCommands(
        {
          selectedCount,
          settings,
          go,
          press,
          actions,
          updateSettings,
          openSettings,
          resetPanes,
          clearSelection,
          refreshFeeds,
          confirmDelete,
        },
        views,
      ),
    [
      selectedCount,
      settings,
      go,
      press,
      actions,
      updateSettings,
      openSettings,
      resetPanes,
      clearSelection,
      refreshFeeds,
      confirmDelete,
    ],
  );
}
