import { useEffect, useId, useMemo, useState } from 'react';
import type { Article } from '../../../../shared/model';
import { call } from '../../api';
import { useModalDialog } from '../../app/useModalDialog';
import type { Command, PaletteData } from './commands';
import { fuzzyFilter, markedRuns } from './fuzzy';

function Marked(props: { text: string; positions: number[] }) {
  if (!props.positions.length) return <>{props.text}</>;
  return (
    <>
      {markedRuns(props.text, props.positions).map((run, i) =>
        run.marked ? <b key={i}>{run.text}</b> : run.text,
      )}
    </>
  );
}

/**
 * Ctrl/Cmd+K: type to filter every command (fuzzy), arrows to choose, Enter to run, Escape to
 * close. The typed text can also be searched for, so the palette is a way into search as well.
 */
export function CommandPalette(props: {
  /** The commands, given what is loaded when the palette opens: the open article, views. */
  commands: (loaded: PaletteData) => Command[];
  openId: string | null;
  /** The open article as the list knows it, so its commands are there from the first key. */
  listed?: Article | null;
  onSearch: (text: string) => void;
  onClose: () => void;
}) {
  const ref = useModalDialog();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [views, setViews] = useState<PaletteData>({
    article: props.listed ?? null,
    tags: [],
    feeds: [],
  });
  const { openId } = props;
  useEffect(() => {
    void Promise.all([
      openId ? call('articles.get', { id: openId }).catch(() => null) : null,
      call('tags.list', {}),
      call('feeds.list', {}),
    ]).then(
      ([article, tags, feeds]) =>
        setViews({
          article,
          tags: tags.map((t) => t.name),
          feeds: feeds.map((f) => ({ id: f.id, title: f.title })),
        }),
      () => undefined,
    );
  }, [openId]);
  const { commands, onSearch } = props;
  const matches = useMemo(() => {
    const found = fuzzyFilter(query, commands(views), (c) => c.label);
    if (!query.trim()) return found;
    const search: Command = {
      id: 'search-text',
      label: `Search articles for “${query.trim()}”`,
      group: 'Search',
      run: () => onSearch(query.trim()),
    };
    return [...found, { item: search, match: { score: 0, positions: [] } }];
  }, [query, commands, views, onSearch]);
  const current = Math.min(active, matches.length - 1);

  function run(command: Command) {
    props.onClose();
    // After the palette has closed and focus is back where it was.
    requestAnimationFrame(() => requestAnimationFrame(command.run));
  }

  function onKeyDown(e: React.KeyboardEvent) {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 8, PageUp: -8 }[e.key];
    if (move) {
      e.preventDefault();
      const next = Math.max(0, Math.min(matches.length - 1, current + move));
      setActive(next);
      document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter' && matches[current]) {
      e.preventDefault();
      run(matches[current].item);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog palette"
      aria-label="Command palette"
      onClose={props.onClose}
      onCancel={props.onClose}
      onClick={(e) => e.target === e.currentTarget && props.onClose()}
    >
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-label="Type a command"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={matches.length ? `${listId}-${current}` : undefined}
        placeholder="Type a command or a view…"
        value={query}
        onChange={(e) => (setQuery(e.target.value), setActive(0))}
        onKeyDown={onKeyDown}
      />
      <ul className="palette-list" id={listId} role="listbox" aria-label="Commands">
        {matches.map(({ item, match }, i) => (
          <li
            key={item.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className="palette-item"
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => run(item)}
          >
            <span className="palette-label">
              <Marked text={item.label} positions={match.positions} />
            </span>
            <span className="palette-group">{item.group}</span>
            {item.shortcut ? <kbd>{item.shortcut}</kbd> : <span />}
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="palette-empty">No command matches.</p>}
    </dialog>
  );
}
