import { useEffect, useRef, useState, type FormEvent } from 'react';
import { call } from '../../api';
import './tag-nav.css';

interface TagCount {
  name: string;
  count: number;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Rename (merging into an existing tag) or delete a tag everywhere, from the navigation. */
function TagMenu(props: {
  tag: TagCount;
  all: TagCount[];
  onRenamed: (to: string) => void;
  onDeleted: () => void;
  onClose: () => void;
}) {
  const { tag, all } = props;
  const [mode, setMode] = useState<'menu' | 'rename' | 'delete'>('menu');
  const [name, setName] = useState(tag.name);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const existing = all.find((t) => same(t.name, name.trim()) && !same(t.name, tag.name));

  useEffect(() => {
    const away = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && props.onClose();
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [props]);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  async function rename(event: FormEvent) {
    event.preventDefault();
    // Merging keeps the existing tag's spelling, so the merged articles share one form.
    const to = existing?.name ?? name.trim();
    await run(async () => {
      await call('tags.rename', { from: tag.name, to });
      props.onRenamed(to);
    });
  }

  return (
    <div
      ref={ref}
      className="tag-menu"
      role={mode === 'menu' ? 'menu' : 'dialog'}
      aria-label={`Tag ${tag.name}`}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), props.onClose())}
    >
      {mode === 'menu' && (
        <>
          <button type="button" role="menuitem" autoFocus onClick={() => setMode('rename')}>
            Rename or merge…
          </button>
          <button type="button" role="menuitem" onClick={() => setMode('delete')}>
            Delete…
          </button>
        </>
      )}
      {mode === 'rename' && (
        <form onSubmit={rename} className="tag-menu-form">
          <label>
            Rename “{tag.name}” to
            <input value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
          {existing && (
            <p className="tag-menu-note">
              “{existing.name}” exists: its {existing.count} and these {tag.count} articles will
              share one tag.
            </p>
          )}
          <div className="tag-menu-actions">
            <button type="button" onClick={props.onClose}>
              Cancel
            </button>
            <button
              type="submit"
              className="button"
              disabled={!name.trim() || name.trim() === tag.name}
            >
              {existing ? 'Merge' : 'Rename'}
            </button>
          </div>
        </form>
      )}
      {mode === 'delete' && (
        <div className="tag-menu-form">
          <p>
            Remove “{tag.name}” from {tag.count} article{tag.count === 1 ? '' : 's'}? The articles
            stay.
          </p>
          <div className="tag-menu-actions">
            <button type="button" onClick={props.onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button"
              autoFocus
              onClick={() =>
                void run(async () => {
                  await call('tags.delete', { name: tag.name });
                  props.onDeleted();
                })
              }
            >
              Delete tag
            </button>
          </div>
        </div>
      )}
      {error && <p className="inline-error">{error}</p>}
    </div>
  );
}

/**
 * The library's tags with counts. A click filters by one tag; Ctrl/Cmd-click adds or removes a tag
 * from the filter, which keeps the articles that carry every selected tag.
 */
export function TagNavSection(props: {
  tags: TagCount[];
  selected: string[];
  onSelect: (tags: string[]) => void;
  onChanged: () => void;
}) {
  const { tags, selected, onSelect } = props;
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const isSelected = (name: string) => selected.some((s) => same(s, name));

  function click(name: string, additive: boolean) {
    if (!additive) return onSelect([name]);
    const next = isSelected(name) ? selected.filter((s) => !same(s, name)) : [...selected, name];
    onSelect(next);
  }

  const closeMenu = (index: number) => {
    setMenuFor(null);
    document.getElementById(`tag-more-${index}`)?.focus();
  };

  return (
    <section className="nav-section" aria-label="Tags">
      <div className="nav-section-head">
        <h2>Tags</h2>
        {selected.length > 1 && (
          <button type="button" className="link-button tag-clear" onClick={() => onSelect([])}>
            Clear
          </button>
        )}
      </div>
      <p className="nav-hint" id="tag-hint">
        {selected.length > 0 ? 'Ctrl/⌘-click (or +Enter) adds or removes a tag' : ''}
      </p>
      <ul>
        {tags.map((t, i) => (
          <li key={t.name} className="tag-row">
            <button
              type="button"
              id={`tag-${i}`}
              className="nav-item"
              aria-current={isSelected(t.name) ? 'page' : undefined}
              aria-describedby="tag-hint"
              onClick={(e) => click(t.name, e.ctrlKey || e.metaKey)}
              // Ctrl/Cmd+Enter or +Space does by keyboard what Ctrl/Cmd-click does.
              onKeyDown={(e) => {
                if ((e.key === 'Enter' || e.key === ' ') && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  e.stopPropagation();
                  click(t.name, true);
                }
              }}
            >
              <span># {t.name}</span>
              <span className="nav-count">{t.count}</span>
            </button>
            <button
              type="button"
              id={`tag-more-${i}`}
              className="icon-button tag-more"
              // Named apart from the tag, so a search for the tag's name finds the tag itself.
              aria-label="Tag actions"
              aria-describedby={`tag-${i}`}
              aria-haspopup="menu"
              aria-expanded={menuFor === t.name}
              onClick={() => setMenuFor(menuFor === t.name ? null : t.name)}
            >
              ⋯
            </button>
            {menuFor === t.name && (
              <TagMenu
                tag={t}
                all={tags}
                onClose={() => closeMenu(i)}
                onRenamed={(to) => {
                  setMenuFor(null);
                  if (isSelected(t.name))
                    onSelect(
                      selected
                        .map((s) => (same(s, t.name) ? to : s))
                        .filter((s, i, list) => list.findIndex((x) => same(x, s)) === i),
                    );
                  props.onChanged();
                }}
                onDeleted={() => {
                  setMenuFor(null);
                  if (isSelected(t.name)) onSelect(selected.filter((s) => !same(s, t.name)));
                  props.onChanged();
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
