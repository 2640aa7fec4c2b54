import { useState, type FormEvent } from 'react';
import type { Entity, EntityType } from '../../../../shared/model';
import { call } from '../../api';
import { EntityPicker } from './EntityPicker';

export const TYPE_NAMES: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organisation',
};

type Panel = 'rename' | 'retype' | 'merge' | 'split' | 'hide' | null;

/**
 * The person's corrections to the machine, one small form at a time: they persist and apply to
 * articles saved later too.
 */
export function EntityCorrections(props: {
  entity: Entity;
  onChanged: () => void;
  onMerged: (into: Entity) => void;
  onHidden: () => void;
}) {
  const { entity } = props;
  const [panel, setPanel] = useState<Panel>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState<EntityType>(entity.type);
  const [target, setTarget] = useState<Entity | null>(null);
  const splittable = entity.aliases.filter((a) => a.toLowerCase() !== entity.name.toLowerCase());
  const [alias, setAlias] = useState(splittable[0] ?? '');
  const [splitName, setSplitName] = useState(splittable[0] ?? '');
  const [splitType, setSplitType] = useState<EntityType>(entity.type);

  const toggle = (p: Panel) => {
    setError(null);
    setPanel((open) => (open === p ? null : p));
    setName(entity.name);
    setType(entity.type);
    setTarget(null);
  };

  const run = (work: () => Promise<void>) => async (event?: FormEvent) => {
    event?.preventDefault();
    try {
      await work();
      setError(null);
      setPanel(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const typeSelect = (value: EntityType, onChange: (t: EntityType) => void, label: string) => (
    <select
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as EntityType)}
    >
      {(Object.keys(TYPE_NAMES) as EntityType[]).map((t) => (
        <option key={t} value={t}>
          {TYPE_NAMES[t]}
        </option>
      ))}
    </select>
  );

  const actions: { id: Exclude<Panel, null>; label: string; hidden?: boolean }[] = [
    { id: 'rename', label: 'Rename' },
    { id: 'retype', label: 'Change type' },
    { id: 'merge', label: 'Merge into…' },
    { id: 'split', label: 'Split an alias off', hidden: splittable.length === 0 },
    { id: 'hide', label: 'Hide' },
  ];

  return (
    <div className="entity-corrections">
      <div className="entity-actions" role="toolbar" aria-label="Correct this entity">
        {actions
          .filter((a) => !a.hidden)
          .map((a) => (
            <button
              key={a.id}
              type="button"
              aria-expanded={panel === a.id}
              onClick={() => toggle(a.id)}
            >
              {a.label}
            </button>
          ))}
      </div>
      {panel === 'rename' && (
        <form
          className="correction-form"
          onSubmit={run(async () => {
            await call('entities.rename', { id: entity.id, name });
            props.onChanged();
          })}
        >
          <label>
            New name
            <input value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={!name.trim() || name === entity.name}>
            Rename
          </button>
        </form>
      )}
      {panel === 'retype' && (
        <form
          className="correction-form"
          onSubmit={run(async () => {
            await call('entities.retype', { id: entity.id, type });
            props.onChanged();
          })}
        >
          <label>
            {entity.name} is a{typeSelect(type, setType, 'Type')}
          </label>
          <button type="submit" className="button" disabled={type === entity.type}>
            Change type
          </button>
        </form>
      )}
      {panel === 'merge' && (
        <form
          className="correction-form"
          onSubmit={run(async () => {
            if (!target) return;
            const merged = await call('entities.merge', { from: entity.id, into: target.id });
            props.onMerged(merged);
          })}
        >
          <label className="grow">
            Merge “{entity.name}” into
            <EntityPicker label="Merge into" exclude={entity.id} onPick={setTarget} />
          </label>
          <button type="submit" className="button" disabled={!target}>
            {target ? `Merge into ${target.name}` : 'Merge'}
          </button>
        </form>
      )}
      {panel === 'split' && (
        <form
          className="correction-form"
          onSubmit={run(async () => {
            await call('entities.split', {
              id: entity.id,
              alias,
              name: splitName,
              type: splitType,
            });
            props.onChanged();
          })}
        >
          <label>
            Alias
            <select
              value={alias}
              onChange={(e) => (setAlias(e.target.value), setSplitName(e.target.value))}
            >
              {splittable.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </label>
          <label>
            becomes
            <input
              aria-label="Name of the new entity"
              value={splitName}
              onChange={(e) => setSplitName(e.target.value)}
            />
          </label>
          {typeSelect(splitType, setSplitType, 'Type of the new entity')}
          <button type="submit" className="button" disabled={!alias || !splitName.trim()}>
            Split off
          </button>
        </form>
      )}
      {panel === 'hide' && (
        <form
          className="correction-form"
          onSubmit={run(async () => {
            await call('entities.hide', { id: entity.id, hidden: true });
            props.onHidden();
          })}
        >
          <p>
            Hide “{entity.name}” from sidebars, lists and search suggestions? You can undo it
            straight away.
          </p>
          <button type="submit" className="button">
            Hide
          </button>
        </form>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
