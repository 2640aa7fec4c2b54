import { useEffect, useState, type FormEvent } from 'react';
import { call, subscribe } from '../../api';
import { FeedMenu, type FeedView } from './FeedMenu';
import { FeedOpml } from './FeedOpml';

interface RefreshProgress {
  type: string;
  task?: string;
  done?: number;
  total?: number;
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
  const [summary, setSummary] = useState<string | null>(null);
  const [choices, setChoices] = useState<{ url: string; title: string | null }[]>([]);
  const [menu, setMenu] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());

  // Refreshes started anywhere (the button, the schedule, another window) show their progress.
  useEffect(
    () =>
      subscribe((event) => {
        const p = event as RefreshProgress;
        if (p.type !== 'progress' || p.task !== 'feeds') return;
        const total = p.total ?? 0;
        setProgress(total && (p.done ?? 0) < total ? { done: p.done ?? 0, total } : null);
      }),
    [],
  );

  async function add(address: string) {
    setBusy(true);
    setMessage(null);
    setSummary(null);
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

  async function refreshAll(before?: string) {
    setBusy(true);
    try {
      const results = await call('feeds.refresh', {});
      const failed = results.filter((r) => r.status === 'error').length;
      const added = results.reduce((n, r) => n + r.added, 0);
      const parts = [before, `${added || 'No'} new item${added === 1 ? '' : 's'}.`];
      setSummary(parts.filter(Boolean).join(' '));
      setMessage(
        failed
          ? `${failed} feed${failed === 1 ? '' : 's'} could not be refreshed (marked !).`
          : null,
      );
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
      setProgress(null);
      props.onChanged();
    }
  }

  const folders = [...new Set(props.feeds.map((f) => f.folder ?? ''))].sort();
  const named = folders.filter(Boolean);
  const toggle = (folder: string) =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(folder)) next.add(folder);
      return next;
    });
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
              onClick={() => void refreshAll()}
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
      {adding && (
        <FeedOpml
          onImported={(summary) => {
            setAdding(false);
            props.onChanged();
            void refreshAll(summary);
          }}
          onError={setMessage}
        />
      )}
      {progress && (
        <div className="feed-progress" role="status">
          <span>
            Refreshing {progress.done} of {progress.total}…
          </span>
          <progress value={progress.done} max={progress.total} />
        </div>
      )}
      {summary && !progress && (
        <p className="nav-summary" role="status">
          {summary}
        </p>
      )}
      {message && (
        <p className="nav-message" role="alert">
          {message}
        </p>
      )}
      {folders.map((folder) => (
        <div key={folder || 'none'}>
          {folder && (
            <h3 className="feed-folder">
              <button
                type="button"
                aria-expanded={!collapsed.has(folder)}
                onClick={() => toggle(folder)}
              >
                <span aria-hidden="true">{collapsed.has(folder) ? '▸' : '▾'}</span> {folder}
                <span className="nav-count">
                  {props.feeds
                    .filter((f) => f.folder === folder)
                    .reduce((n, f) => n + f.unread, 0) || ''}
                </span>
              </button>
            </h3>
          )}
          <ul hidden={collapsed.has(folder)}>
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
                    aria-expanded={menu === f.id}
                    onClick={() => setMenu(menu === f.id ? null : f.id)}
                  >
                    ⋯
                  </button>
                  {menu === f.id && (
                    <FeedMenu
                      feed={f}
                      folders={named}
                      onError={setMessage}
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
