// The offline cache of article bodies: sanitised HTML and plain text, one file each per article.
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeOnce } from '../store/durable-file';

export class BodyCache {
  constructor(private readonly dir: string) {}

  private file(id: string, kind: 'html' | 'txt'): string {
    return path.join(this.dir, `${id}.${kind}`);
  }

  /** Both files durable when it resolves (written side by side: a capture waits for them). */
  async put(id: string, body: { html: string; text: string }): Promise<void> {
    await Promise.all([
      writeOnce(this.file(id, 'html'), body.html),
      writeOnce(this.file(id, 'txt'), body.text),
    ]);
  }

  async html(id: string): Promise<string> {
    return fs.readFile(this.file(id, 'html'), 'utf8').catch(() => '');
  }

  /**
   * The body for the reader, read at once: an asynchronous read takes four turns of libuv's thread
   * pool (open, stat, read, close), each queued behind the durable writes (fsync) of whatever was
   * saved just before — a mark-read, the last open article. One file of tens of KB from the page
   * cache costs well under a millisecond of the event loop.
   */
  htmlNow(id: string): string {
    try {
      return readFileSync(this.file(id, 'html'), 'utf8');
    } catch {
      return '';
    }
  }

  async text(id: string): Promise<string> {
    return fs.readFile(this.file(id, 'txt'), 'utf8').catch(() => '');
  }

  async remove(id: string): Promise<void> {
    await fs.rm(this.file(id, 'html'), { force: true });
    await fs.rm(this.file(id, 'txt'), { force: true });
  }
}
