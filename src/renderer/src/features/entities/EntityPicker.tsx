import { useEffect, useId, useState } from 'react';
import type { Entity } from '../../../../shared/model';
import { call } from '../../api';

const TYPE_LABEL: Record<Entity['type'], string> = {
  person: 'person',
  place: 'place',
  organization: 'organisation',
};

/** Type-ahead over the library's entities: arrows move, Enter picks, Escape clears. */
export function EntityPicker(props: {
  label: string;
  exclude: string;
  onPick: (entity: Entity) => void;
}) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Entity[]>([]);
  const options = query.trim() ? found : [];
  const [active, setActive] = useState(0);

  useEffect(() => {
    let live = true;
    if (!query.trim()) return;
    const timer = setTimeout(() => {
      call('entities.suggest', { query, exclude: props.exclude, limit: 8 })
        .then((list) => live && (setFound(list), setActive(0)))
        .catch(() => live && setFound([]));
    }, 80);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, props.exclude]);

  const pick = (e: Entity) => {
    props.onPick(e);
    setQuery(e.name);
    setFound([]);
  };

  return (
    <div className="entity-picker">
      <input
        role="combobox"
        aria-label={props.label}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options[active] ? `${listId}-${active}` : undefined}
        value={query}
        placeholder="Type a name…"
        autoFocus
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(options.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter' && options[active]) pick(options[active]);
          else if (e.key === 'Escape') setFound([]);
          else return;
          e.preventDefault();
        }}
      />
      {options.length > 0 && (
        <ul id={listId} role="listbox" aria-label="Matching entities" className="picker-options">
          {options.map((e, i) => (
            <li
              key={e.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(event) => (event.preventDefault(), pick(e))}
              onMouseEnter={() => setActive(i)}
            >
              <span>{e.name}</span>
              <span className="picker-detail">
                {TYPE_LABEL[e.type]} · {e.count} article{e.count === 1 ? '' : 's'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
