import { useState, type FormEvent } from 'react';
import type { OpOutput } from '../../../../shared/api';
import { call } from '../../api';

export type FeedView = OpOutput<'feeds.list'>[number];

type Mode = 'menu' | 'rename' | 'move' | 'unsubscribe';

/** One feed's actions. Renaming and moving are inline forms: Electron has no window.prompt. */
export function FeedMenu(props: {
  feed: FeedView;
  folders: string[];
  onDone: () => void;
  onClose: () => void;
  onError: (message: string) => void;
}) {
  const { feed, onDone } = props;
  const [mode, setMode] = useState<Mode>('menu');
  const [value, setValue] = useState('');
  const act = (work: () => Promise<unknown>) => () =>
    void work()
      .catch((e: Error) => props.onError(e.message))
      .finally(onDone);

  if (mode === 'unsubscribe') {
    return (
      <div className="feed-menu" role="dialog" aria-label={`Unsubscribe from ${feed.title}`}>
        <p>
          Keep the {feed.itemCount} saved items of “{feed.title}”?
        </p>
        <button
          type="button"
          autoFocus
          onClick={act(() => call('feeds.remove', { id: feed.id, keepItems: true }))}
        >
          Unsubscribe, keep items
        </button>
        <button
          type="button"
          onClick={act(() => call('feeds.remove', { id: feed.id, keepItems: false }))}
        >
          Unsubscribe and delete items
        </button>
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
      </div>
    );
  }

  if (mode === 'rename' || mode === 'move') {
    const renaming = mode === 'rename';
    const submit = (e: FormEvent) => {
      e.preventDefault();
      const text = value.trim();
      if (renaming && !text) return;
      act(() =>
        call(
          'feeds.update',
          renaming ? { id: feed.id, title: text } : { id: feed.id, folder: text || null },
        ),
      )();
    };
    const listId = `folders-${feed.id}`;
    return (
      <form
        className="feed-menu"
        aria-label={renaming ? 'Rename feed' : 'Move to folder'}
        onSubmit={submit}
      >
        <label>
          {renaming ? 'Name' : 'Folder (empty for none)'}
          <input
            autoFocus
            value={value}
            list={renaming ? undefined : listId}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
          />
        </label>
        {!renaming && (
          <datalist id={listId}>
            {props.folders.map((f) => (
              <option key={f} value={f} />
            ))}
          </datalist>
        )}
        <button type="submit">{renaming ? 'Rename' : 'Move'}</button>
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
      </form>
    );
  }

  return (
    <div
      className="feed-menu"
      role="menu"
      aria-label={`${feed.title} actions`}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <p className="feed-status">{statusOf(feed)}</p>
      <button
        type="button"
        role="menuitem"
        autoFocus
        onClick={act(() => call('feeds.refresh', { id: feed.id }))}
      >
        Refresh
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={act(() => call('feeds.markAllRead', { id: feed.id }))}
      >
        Mark all read
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => (setValue(feed.title), setMode('rename'))}
      >
        Rename…
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => (setValue(feed.folder ?? ''), setMode('move'))}
      >
        Move to folder…
      </button>
      <button
        type="button"
        role="menuitemcheckbox"
        aria-checked={feed.fullText === 'always'}
        title="Fetch the whole article for every item, not only for summary-only ones"
        onClick={act(() =>
          call('feeds.update', {
            id: feed.id,
            fullText: feed.fullText === 'always' ? 'auto' : 'always',
          }),
        )}
      >
        {feed.fullText === 'always' ? '✓ ' : ''}Always fetch full articles
      </button>
      <button type="button" role="menuitem" onClick={() => setMode('unsubscribe')}>
        Unsubscribe…
      </button>
    </div>
  );
}

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

/** What the person needs to judge a feed's health: its last success and its last error. */
function statusOf(feed: FeedView): string {
  const items = `${feed.itemCount} item${feed.itemCount === 1 ? '' : 's'}`;
  if (feed.error)
    return `${items}. Last refresh failed: ${feed.error} Last success: ${when(feed.lastSuccessAt)}.`;
  return `${items}. Last refreshed ${when(feed.lastFetchedAt)}.`;
}
