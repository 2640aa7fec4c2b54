import { useState, type FormEvent } from 'react';
import type { OpOutput } from '../../../../shared/api';
import { call } from '../../api';

type FeedView = OpOutput<'feeds.list'>[number];

function FeedMenu(props: { feed: FeedView; onDone: () => void; onClose: () => void }) {
  const { feed, onDone } = props;
  const [confirm, setConfirm] = useState(false);
  const act = (work: () => Promise<unknown>) => () => void work().finally(onDone);
  if (confirm) {
    return (
      <div className="feed-menu" role="dialog" aria-label={`Unsubscribe from ${feed.title}`}>
        <p>
          Keep the {feed.itemCount} saved items of “{feed.title}”?
        </p>
        <button
          type="button"
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
  return (
    <div className="feed-menu" role="menu" aria-label={`${feed.title} actions`}>
      <button
        type="button"
        role="menuitem"
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
        onClick={() => {
          const title = window.prompt('Rename feed', feed.title)?.trim();
          if (title) act(() => call('feeds.update', { id: feed.id, title }))();
        }}
      >
        Rename…
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          const folder = window.prompt('Move to folder (empty for none)', feed.folder ?? '');
          if (folder !== null)
            act(() => call('feeds.update', { id: feed.id, folder: folder.trim() || null }))();
        }}
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
      <button type="button" role="menuitem" onClick={() => setConfirm(true)}>
        Unsubscribe…
      </button>
    </div>
  );
}

/** Feeds in the navigation: folders, unread counts, add, refresh, and each feed's actions. */
export function FeedsSection(props: {
  feeds: FeedView[];
  selectedId?: string;
  onSelect: (feed: FeedView) => void;
  onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [choices, setChoices] = useState<{ url: string; title: string | null }[]>([]);
  const [menu, setMenu] = useState<string | null>(null);

  async function add(address: string) {
    setBusy(true);
    setMessage(null);
    try {
      const result = await call('feeds.add', { url: address });
      if (result.feed) {
        setAdding(false);
        setUrl('');
        setChoices([]);
        props.onChanged();
        props.onSelect(result.feed);
      } else setChoices(result.choices);
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function refreshAll() {
    setBusy(true);
    const results = await call('feeds.refresh', {}).catch(() => []);
    const failed = results.filter((r) => r.status === 'error').length;
    setMessage(failed ? `${failed} feed${failed === 1 ? '' : 's'} could not be refreshed.` : null);
    setBusy(false);
    props.onChanged();
  }

  const folders = [...new Set(props.feeds.map((f) => f.folder ?? ''))].sort();
  return (
    <section className="nav-section" aria-label="Feeds">
      <h2 className="nav-section-head">
        Feeds
        <span>
          {props.feeds.length > 0 && (
            <button
              type="button"
              className="icon-button"
              aria-label="Refresh all feeds"
              disabled={busy}
              onClick={refreshAll}
            >
              ↻
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Add a feed"
            onClick={() => setAdding((a) => !a)}
          >
            +
          </button>
        </span>
      </h2>
      {adding && (
        <form
          className="feed-add"
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            if (url.trim()) void add(url.trim());
          }}
        >
          <input
            autoFocus
            aria-label="Feed or site address"
            placeholder="Feed or site address"
            value={url}
            disabled={busy}
            onChange={(e) => setUrl(e.target.value)}
          />
          {choices.length > 0 && (
            <ul className="feed-choices" aria-label="Feeds on that site">
              {choices.map((c) => (
                <li key={c.url}>
                  <button type="button" onClick={() => void add(c.url)}>
                    {c.title ?? c.url}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </form>
      )}
      {message && (
        <p className="nav-message" role="alert">
          {message}
        </p>
      )}
      {folders.map((folder) => (
        <div key={folder || 'none'}>
          {folder && <h3 className="feed-folder">{folder}</h3>}
          <ul>
            {props.feeds
              .filter((f) => (f.folder ?? '') === folder)
              .map((f) => (
                <li key={f.id} className="feed-row">
                  <button
                    type="button"
                    className="nav-item"
                    aria-current={props.selectedId === f.id ? 'page' : undefined}
                    title={f.error ? `Last refresh failed: ${f.error}` : undefined}
                    onClick={() => props.onSelect(f)}
                  >
                    <span>
                      {f.error && (
                        <span className="feed-error" aria-label="refresh failed">
                          !
                        </span>
                      )}{' '}
                      {f.title}
                    </span>
                    <span className="nav-count">{f.unread || ''}</span>
                  </button>
                  <button
                    type="button"
                    className="icon-button feed-more"
                    aria-label={`${f.title} actions`}
                    onClick={() => setMenu(menu === f.id ? null : f.id)}
                  >
                    ⋯
                  </button>
                  {menu === f.id && (
                    <FeedMenu
                      feed={f}
                      onClose={() => setMenu(null)}
                      onDone={() => (setMenu(null), props.onChanged())}
                    />
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
