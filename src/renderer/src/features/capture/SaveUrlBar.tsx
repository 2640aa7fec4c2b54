import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Article } from '../../../../shared/model';
import { call, subscribe } from '../../api';

interface Progress {
  task: string;
  stage: string;
  input?: string;
  done?: number;
  total?: number;
}

function describe(p: Progress): string {
  if (p.stage === 'images' && p.total) return `Caching images ${p.done ?? 0}/${p.total}…`;
  if (p.stage === 'extracting') return 'Extracting the article…';
  return 'Fetching the page…';
}

/** "Save URL": paste an address, press Enter; progress shows while the rest of the app stays usable. */
export function SaveUrlBar(props: {
  onSaved: (a: Article) => void;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const own = useRef<HTMLInputElement>(null);
  const input = props.inputRef ?? own;

  useEffect(
    () =>
      subscribe((event) => {
        const p = event as Progress & { type: string };
        if (p.type === 'progress' && p.task === 'capture' && p.stage !== 'done')
          setStatus(describe(p));
      }),
    [],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const address = url.trim();
    if (!address) return;
    setBusy(address);
    setError(null);
    setStatus('Fetching the page…');
    try {
      const article = await call('articles.addUrl', { url: address });
      setUrl('');
      props.onSaved(article);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
      setStatus(null);
    }
  }

  return (
    <form className="save-url" onSubmit={submit} role="search" aria-label="Save a web page">
      <input
        ref={input}
        type="url"
        inputMode="url"
        placeholder="Paste a link to save it…"
        aria-label="Save a web address"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        disabled={busy !== null}
      />
      {busy && (
        <p className="save-status" role="status">
          {status}
        </p>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
