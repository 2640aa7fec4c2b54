import { useRef } from 'react';
import { call } from '../../api';

/** Import an OPML subscription list from a file, and export the feeds as one (a download). */
export function FeedOpml(props: {
  onImported: (summary: string) => void;
  onError: (message: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    try {
      const r = await call('feeds.importOpml', { opml: await file.text() });
      const folders = r.folders.length
        ? ` in ${r.folders.length} folder${r.folders.length === 1 ? '' : 's'}`
        : '';
      const skipped = r.skipped ? `; ${r.skipped} already subscribed` : '';
      props.onImported(`Added ${r.added} feed${r.added === 1 ? '' : 's'}${folders}${skipped}.`);
    } catch (e) {
      props.onError((e as Error).message);
    }
  }

  async function exportFile() {
    try {
      const text = await call('feeds.exportOpml', {});
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'text/x-opml' }));
      link.download = 'broadsheet-feeds.opml';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (e) {
      props.onError((e as Error).message);
    }
  }

  return (
    <div className="feed-opml">
      <button type="button" className="link-button" onClick={() => input.current?.click()}>
        Import OPML…
      </button>
      <button type="button" className="link-button" onClick={() => void exportFile()}>
        Export OPML
      </button>
      <input
        ref={input}
        type="file"
        accept=".opml,.xml,text/x-opml,text/xml,application/xml"
        hidden
        aria-label="OPML file to import"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </div>
  );
}
