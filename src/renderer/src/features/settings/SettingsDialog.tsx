import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../../../shared/api';
import { call } from '../../api';
import { HiddenEntities } from '../entities/HiddenEntities';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Reading appearance, behaviour, and what the offline cache holds. */
export function SettingsDialog(props: { onClose: () => void; onChange: (s: Settings) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [cache, setCache] = useState<number | null>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.showModal();
    void call('settings.get', {}).then(setSettings);
    void call('library.cacheSize', {}).then((r) => setCache(r.bytes));
    return () => previous?.focus();
  }, []);
  const update = async (patch: Partial<Settings>) => {
    const next = await call('settings.update', patch);
    setSettings(next);
    props.onChange(next);
  };
  return (
    <dialog
      ref={ref}
      className="dialog settings"
      aria-labelledby="settings-title"
      onClose={props.onClose}
      onCancel={props.onClose}
    >
      <h2 id="settings-title">Settings</h2>
      {settings && (
        <div className="settings-grid">
          <label htmlFor="set-theme">Theme</label>
          <select
            id="set-theme"
            value={settings.theme}
            onChange={(e) => void update({ theme: e.target.value as Settings['theme'] })}
          >
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="sepia">Sepia</option>
          </select>
          <label htmlFor="set-font">Reading font</label>
          <select
            id="set-font"
            value={settings.font}
            onChange={(e) => void update({ font: e.target.value as Settings['font'] })}
          >
            <option value="serif">Serif (Literata)</option>
            <option value="sans">Sans (Inter)</option>
          </select>
          <label htmlFor="set-size">Text size</label>
          <input
            id="set-size"
            type="range"
            min={14}
            max={26}
            value={settings.fontSize}
            onChange={(e) => void update({ fontSize: Number(e.target.value) })}
          />
          <label htmlFor="set-leading">Line height</label>
          <input
            id="set-leading"
            type="range"
            min={1.3}
            max={2}
            step={0.05}
            value={settings.lineHeight}
            onChange={(e) => void update({ lineHeight: Number(e.target.value) })}
          />
          <label htmlFor="set-read">Mark read when opened</label>
          <input
            id="set-read"
            type="checkbox"
            checked={settings.markReadOnOpen}
            onChange={(e) => void update({ markReadOnOpen: e.target.checked })}
          />
          <label htmlFor="set-feeds">Refresh feeds every</label>
          <select
            id="set-feeds"
            value={settings.feedRefreshMinutes}
            onChange={(e) => void update({ feedRefreshMinutes: Number(e.target.value) })}
          >
            <option value={0}>Never (by hand)</option>
            <option value={15}>15 minutes</option>
            <option value={30}>30 minutes</option>
            <option value={60}>hour</option>
            <option value={240}>4 hours</option>
          </select>
          <span>Offline cache</span>
          <output aria-label="Offline cache size">{cache === null ? '…' : size(cache)}</output>
          <HiddenEntities />
        </div>
      )}
      <form method="dialog">
        <button type="submit" className="button">
          Done
        </button>
      </form>
    </dialog>
  );
}
