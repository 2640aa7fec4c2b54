import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Settings } from '../../../shared/api';
import type { Article } from '../../../shared/model';
import { SaveUrlBar } from '../features/capture/SaveUrlBar';
import { ArticleList } from '../features/library/ArticleList';
import { NavPane, type ListSelection } from '../features/library/NavPane';
import { Reader } from '../features/reader/Reader';
import { SearchBox } from '../features/search/SearchBox';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { useAppearance } from './useAppearance';
import type { ShortcutAction } from '../features/shortcuts/shortcuts';
import { ShortcutsDialog } from '../features/shortcuts/ShortcutsDialog';
import { useShortcuts } from './useShortcuts';
import { Notices } from './Notices';
import { useDropToSave } from './useDropToSave';
import { useMainView } from './useMainView';
import { EntityPage } from '../features/entities/EntityPage';
import { AllComments } from '../features/comments/AllComments';
import { useArticleList } from './useArticleList';
import { queryOf } from './list-query';
import { firstStatusAndSettings } from '../first-screen';
import { isReaderAction, sendReaderCommand } from './useShortcuts';
import { BulkBar } from '../features/library/BulkBar';
import { PaneHandle } from '../features/layout/PaneHandle';
import { CommandPalette } from '../features/palette/CommandPalette';
import { ListOverlays } from './ListOverlays';
import { useListTools } from './useListTools';
import { usePaletteCommands } from './usePaletteCommands';
import { usePaneSizes } from './usePaneSizes';
import { focusRow } from './useListSelection';
import { useSearchResults } from './useSearchResults';
import { prefetchArticle } from '../features/reader/open-article';
import { rememberOpenArticle } from './remember-open';

/** No marked words: one array, so memoised rows see the same props. */
const NO_TERMS: string[] = [];

function titleOf(s: ListSelection): string {
  if (s.entity) return s.entity.name;
  if (s.feed) return s.feed.title;
  const tags = [...(s.tag ? [s.tag] : []), ...(s.tags ?? [])];
  if (tags.length) return tags.map((t) => `# ${t}`).join(' + ');
  return { all: 'Articles', unread: 'Unread', starred: 'Starred', archive: 'Archive' }[s.filter];
}

export function App() {
  const [selection, setSelection] = useState<ListSelection>({ filter: 'all' });
  const main = useMainView(setSelection);
  const { showReader } = main;
  const [openId, setOpenId] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [cursorId, setCursorId] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [showSettings, setShowSettings] = useState(false);
  const [settings, setSettings] = useState<Settings | null>(null);
  useAppearance(settings);
  const saveInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [palette, setPalette] = useState(false);
  const [readerVersion, setReaderVersion] = useState(0);
  const panes = usePaneSizes(settings);

  const [started, setStarted] = useState(false);
  useEffect(() => {
    firstStatusAndSettings()
      .then(([status, saved]) => {
        setNotices(status.notices);
        setOpenId(saved.lastOpenArticleId);
        setSettings(saved);
      })
      .catch((e: Error) => setError(e.message))
      .finally(() => setStarted(true));
  }, []);

  const { articles, setArticles, total, setTotal, loadMore, reload } = useArticleList(
    selection,
    setError,
  );

  const search = useSearchResults(query, setError);
  const { results, setResults } = search;
  const searching = query.trim() !== '';
  const shownResults = searching ? results : null;

  // Until the person picks one, the newest article is open: once the one open last is known,
  // so a list that arrives first does not open an article only to replace it.
  const shownId = openId ?? (started ? articles?.[0]?.id : null) ?? null;
  const shownIdNow = useRef(shownId);
  useEffect(() => {
    shownIdNow.current = shownId;
  }, [shownId]);

  const open = useCallback(
    (id: string) => {
      // The article's request leaves before this render (the open one is not asked again: its
      // reader stays and would not take the answer). It is remembered at once, after that
      // request: a reload or a quit right after opening still comes back to it.
      if (id !== shownIdNow.current) prefetchArticle(id);
      setOpenId(id);
      showReader();
      rememberOpenArticle(id);
    },
    [showReader],
  );

  const onSaved = useCallback(
    (article: Article) => {
      setSelection({ filter: 'all' });
      reload();
      open(article.id);
    },
    [open, reload],
  );

  const onArticleChanged = useCallback(
    (changed: Article) =>
      setArticles((list) => list?.map((a) => (a.id === changed.id ? changed : a)) ?? list),
    [setArticles],
  );

  const dropping = useDropToSave(onSaved, setError);

  const cursor = cursorId ?? shownId;
  const shownList = useMemo(
    () => (searching ? shownResults?.items.map((r) => r.article) : articles) ?? [],
    [searching, shownResults, articles],
  );
  const snippets = useMemo(
    () => shownResults && new Map(shownResults.items.map((r) => [r.article.id, r.snippet])),
    [shownResults],
  );
  const onOpenChanged = useCallback((gone: boolean) => {
    if (!gone) return setReaderVersion((n) => n + 1);
    setOpenId(null);
    rememberOpenArticle(null);
  }, []);
  const tools = useListTools({
    list: shownList,
    // Select-all pages in the rest of a view; search results are all there already.
    query: useMemo(() => (searching ? null : queryOf(selection)), [searching, selection]),
    total: searching ? (shownResults?.total ?? 0) : total,
    loadSearchRest: search.loadAll,
    scope: searching ? `search:${query}` : JSON.stringify(selection),
    cursor,
    setCursor: setCursorId,
    openId: shownId,
    setArticles,
    setTotal,
    setResults,
    onOpenChanged,
    setError,
  });
  const onShortcut = useCallback(
    (action: ShortcutAction): boolean => {
      if (tools.onKey(action)) return true;
      const list = shownList;
      const at = list.findIndex((a) => a.id === cursor);
      if (action === 'next' || action === 'previous') {
        const next =
          list[Math.min(list.length - 1, Math.max(0, at + (action === 'next' ? 1 : -1)))];
        if (next) {
          setCursorId(next.id);
          focusRow(next.id);
        }
      } else if (action === 'open' && cursor) {
        open(cursor);
        setCursorId(null);
      } else if (action === 'help') setHelp(true);
      else if (action === 'save-url') saveInput.current?.focus();
      else if (action === 'search') document.getElementById('search')?.focus();
      else if (action === 'palette') setPalette(true);
      return false;
    },
    [tools, shownList, cursor, open],
  );
  useShortcuts(onShortcut);
  const clearSelection = tools.selection.clear;
  // Stable, so opening an article re-renders only the rows whose state changed.
  const openFromList = useCallback(
    (id: string) => (open(id), setCursorId(null), clearSelection()),
    [open, clearSelection],
  );
  const press = useCallback(
    (action: ShortcutAction) => {
      if (!onShortcut(action) && isReaderAction(action)) sendReaderCommand(action);
    },
    [onShortcut],
  );
  const openSettings = useCallback(() => setShowSettings(true), []);
  const commands = usePaletteCommands({
    selectedCount: tools.selection.ids.size,
    settings,
    setSettings,
    go: main.select,
    press,
    actions: tools.actions,
    openSettings,
    resetPanes: panes.reset,
    clearSelection: tools.selection.clear,
    confirmDelete: tools.confirmDelete,
    setError,
  });

  return (
    <div className="app" style={panes.style}>
      <NavPane
        selection={selection}
        onSelect={main.select}
        onSettings={openSettings}
        commentsOpen={main.view.kind === 'comments'}
        onShowComments={main.showComments}
      />
      <PaneHandle {...panes.handle(0)} />
      <ArticleList
        title={searching ? 'Search' : titleOf(selection)}
        articles={searching ? (shownResults ? shownList : null) : articles}
        total={searching ? (shownResults?.total ?? 0) : total}
        snippets={(searching && snippets) || undefined}
        terms={shownResults?.terms ?? NO_TERMS}
        emptyText={searching ? `No articles match “${query}”.` : undefined}
        openId={shownId}
        cursorId={cursor}
        onNeedMore={searching ? search.loadMore : loadMore}
        view={searching ? query : selection}
        onOpen={openFromList}
        selectedIds={tools.selection.ids}
        onPick={tools.selection.pick}
        onMenu={tools.onMenu}
        banner={
          tools.selection.ids.size > 0 && (
            <BulkBar
              selected={tools.selection.selected}
              onMark={(patch) => void tools.actions.mark(tools.selection.selectedIds(), patch)}
              onTag={() => tools.setOverlay({ kind: 'tag', ids: tools.selection.selectedIds() })}
              onDelete={() =>
                tools.setOverlay({ kind: 'delete', ids: tools.selection.selectedIds() })
              }
              onClear={tools.selection.clear}
            />
          )
        }
        header={
          <>
            <SaveUrlBar onSaved={onSaved} inputRef={saveInput} />
            <SearchBox
              value={query}
              onChange={setQuery}
              indexing={shownResults?.indexing ?? false}
            />
          </>
        }
      />
      <PaneHandle {...panes.handle(1)} />
      <main className="reader-pane" aria-label="Reader">
        <Notices
          notices={notices}
          error={error}
          onDismiss={() => (setNotices([]), setError(null))}
        />
        {main.view.kind === 'entity' ? (
          <EntityPage
            id={main.view.id}
            onOpenArticle={open}
            onShowEntity={main.showEntity}
            onRenamed={main.showEntity}
          />
        ) : main.view.kind === 'comments' ? (
          <AllComments
            onOpen={(articleId, commentId) => (open(articleId), main.focusComment(commentId))}
            onOpenEntity={main.showEntity}
          />
        ) : shownId ? (
          <Reader
            key={`${shownId}:${readerVersion}`}
            id={shownId}
            onChanged={onArticleChanged}
            onShowEntity={main.showEntity}
            focus={main.focus}
            markReadOnOpen={settings?.markReadOnOpen}
          />
        ) : (
          articles &&
          started && (
            <div className="empty-state">
              <h2>Nothing to read yet</h2>
              <p>
                Paste a link above, or drop a page or a text file here, and it will be kept for
                reading offline.
              </p>
            </div>
          )
        )}
      </main>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
      <ListOverlays
        overlay={tools.overlay}
        articles={shownList}
        actions={tools.actions}
        onOpen={(id) => (open(id), setCursorId(null))}
        onChange={tools.setOverlay}
      />
      {palette && (
        <CommandPalette
          commands={commands}
          openId={shownId}
          listed={shownList.find((a) => a.id === shownId)}
          onSearch={(text) => (setQuery(text), document.getElementById('search')?.focus())}
          onClose={() => setPalette(false)}
        />
      )}
      {showSettings && (
        <SettingsDialog onClose={() => setShowSettings(false)} onChange={setSettings} />
      )}
      {dropping && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop to save for offline reading</p>
        </div>
      )}
    </div>
  );
}
