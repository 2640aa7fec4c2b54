import { useEffect, useState } from 'react';
import type { Entity } from '../../../../shared/model';
import { call } from '../../api';

/** The entities the person hid, each with a way to show it again (in Settings). */
export function HiddenEntities() {
  const [hidden, setHidden] = useState<Entity[] | null>(null);
  const load = () => call('entities.hidden', {}).then(setHidden, () => setHidden([]));
  useEffect(() => void load(), []);
  if (!hidden || hidden.length === 0) return null;
  return (
    <>
      <span id="hidden-entities-label">Hidden entities</span>
      <ul className="hidden-entities" aria-labelledby="hidden-entities-label">
        {hidden.map((e) => (
          <li key={e.id}>
            <span>{e.name}</span>
            <button
              type="button"
              className="link-button"
              aria-label={`Show ${e.name} again`}
              onClick={() => void call('entities.hide', { id: e.id, hidden: false }).then(load)}
            >
              Show again
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
