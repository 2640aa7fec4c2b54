import { useEffect, useState } from 'react';
import type { Article } from '../../../shared/model';
import { call } from '../api';

const FILE_TYPES = /\.(html?|txt|md)$/i;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Dropping files or a link anywhere on the window saves them. */
export function useDropToSave(
  onSaved: (a: Article) => void,
  onError: (message: string) => void,
): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!e.dataTransfer) return;
      e.preventDefault();
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const drop = async (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      const data = e.dataTransfer;
      if (!data) return;
      const files = Array.from(data.files);
      try {
        if (files.length) {
          for (const file of files) {
            if (!FILE_TYPES.test(file.name)) {
              onError(`${file.name}: Broadsheet saves .html, .htm, .txt and .md files.`);
              continue;
            }
            onSaved(
              await call('articles.addFile', {
                name: file.name,
                contentBase64: toBase64(await file.arrayBuffer()),
              }),
            );
          }
          return;
        }
        const link =
          data
            .getData('text/uri-list')
            .split('\n')
            .find((l) => l && !l.startsWith('#')) ?? data.getData('text/plain');
        if (/^https?:\/\//i.test(link.trim()))
          onSaved(await call('articles.addUrl', { url: link.trim() }));
      } catch (error) {
        onError((error as Error).message);
      }
    };
    window.addEventListener('dragover', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onSaved, onError]);
  return over;
}
