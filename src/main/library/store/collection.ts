// A small lowdb-backed collection kept in one durable JSON file (comments, settings, feeds …).
import { Low } from 'lowdb';
import { DurableJsonFile, type RecoveryNotice } from './json-file';

export interface Versioned {
  version: number;
}

export async function openCollection<T extends Versioned>(
  file: string,
  defaults: () => T,
  options: { readOnly: boolean; onRecovery: (notice: RecoveryNotice) => void },
): Promise<Low<T>> {
  const adapter = new DurableJsonFile<T>(file, {
    readOnly: options.readOnly,
    onRecovery: options.onRecovery,
    validate: (value) => {
      if (
        typeof value !== 'object' ||
        value === null ||
        typeof (value as Versioned).version !== 'number'
      ) {
        throw new Error('unexpected content');
      }
      return { ...defaults(), ...(value as T) };
    },
  });
  const db = new Low<T>(adapter, defaults());
  await db.read();
  return db;
}
