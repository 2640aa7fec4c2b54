// A lowdb adapter for one JSON file: durable writes, serialised per file, and recovery from a
// damaged file (set aside, restore the last good copy, say so) instead of silently starting empty.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { backupPath, writeDurable } from './durable-file';
import { GroupCommit } from './group-commit';

export interface RecoveryNotice {
  file: string;
  message: string;
}

export interface JsonFileOptions<T> {
  /** Checks the parsed value has the expected shape; throws when it does not. */
  validate: (value: unknown) => T;
  /** Where notices about recovered files go (the Library shows them to the person). */
  onRecovery: (notice: RecoveryNotice) => void;
  readOnly?: boolean;
}

async function readJson<T>(file: string, validate: (value: unknown) => T): Promise<T | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return validate(JSON.parse(text));
}

export class DurableJsonFile<T> implements Adapter<T> {
  // Serialised when its write starts, so every change made before that point is in it.
  private readonly writes = new GroupCommit<T>((queued) =>
    writeDurable(this.file, JSON.stringify(queued.at(-1))),
  );

  constructor(
    readonly file: string,
    private readonly options: JsonFileOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    const { validate, onRecovery } = this.options;
    try {
      const value = await readJson(this.file, validate);
      if (value !== null) return value;
      // The file is missing. Our writes never remove it, so a backup means it was lost.
      const backup = await readJson(backupPath(this.file), validate).catch(() => null);
      if (backup === null) return null;
      onRecovery({
        file: this.file,
        message: `${path.basename(this.file)} was missing; restored the last good copy.`,
      });
      if (!this.options.readOnly) await writeDurable(this.file, JSON.stringify(backup));
      return backup;
    } catch (error) {
      return this.recover(error as Error);
    }
  }

  private async recover(cause: Error): Promise<T | null> {
    const { validate, onRecovery, readOnly } = this.options;
    const name = path.basename(this.file);
    const backup = await readJson(backupPath(this.file), validate).catch(() => null);
    if (readOnly) {
      onRecovery({
        file: this.file,
        message: `${name} is damaged (${cause.message}); showing the last good copy read-only.`,
      });
      return backup;
    }
    const aside = `${this.file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(this.file, aside);
    if (backup !== null) {
      await writeDurable(this.file, JSON.stringify(backup));
      onRecovery({
        file: this.file,
        message: `${name} was damaged; it was set aside as ${path.basename(aside)} and the last good copy was restored.`,
      });
      return backup;
    }
    onRecovery({
      file: this.file,
      message: `${name} was damaged and no good copy was found; it was set aside as ${path.basename(aside)} and this part of the library starts empty.`,
    });
    return null;
  }

  /**
   * Resolves once `data` (or a later state of it) is durable. Writes to one file never overlap:
   * calls made while one is in flight are folded into a single next write of the latest data, so a
   * burst of changes (200 feeds refreshing) costs two writes, not two hundred.
   */
  write(data: T): Promise<void> {
    if (this.options.readOnly) {
      return Promise.reject(new Error(`${this.file} is open read-only`));
    }
    return this.writes.add(data);
  }
}
