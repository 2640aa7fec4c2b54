// The offline cache of article bodies: sanitised HTML and plain text, one file each per article.
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeOnce } from '../store/durable-file';

/**
 * Texts saved last, kept in memory: search indexing and entity extraction read each new article's
 * text right after it was written (a feed refresh: thousands, each four turns of the thread pool).
 */
const RECENT_TEXT_CHARS = 4_000_000;

export class BodyCache {
  private readonly recent = new Map<string, string>();
  private recentChars = 0;

  constructor(private readonly dir: string) {}

  private remember(id: string, text: string): void {
    this.forget(id);
    this.recent.set(id, text);
    this.recentChars += text.length;
    for (const [oldest, old] of this.recent) {
      if (this.recentChars <= RECENT_TEXT_CHARS) break;
      this.recent.delete(oldest);
      this.recentChars -= old.length;
    }
  }

  private forget(id: string): void {
    const text = this.recent.get(id);
    if (text === undefined) return;
    this.recent.delete(id);
    this.recentChars -= text.length;
  }

  private file(id: string, kind: 'html' | 'txt'): string {
    return path.join(this.dir, `${id}.${kind}`);
  }

  /** Both files durable when it resolves (written side by side: a capture waits for them). */
  async put(id: string, body: { html: string; text: string }): Promise<void> {
    this.forget(id); // a reader meanwhile gets the file as it is until the new one is durable
    await Promise.all([
      writeOnce(this.file(id, 'html'), body.html),
      writeOnce(this.file(id, 'txt'), body.text),
    ]);
    this.remember(id, body.text);
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
    const recent = this.recent.get(id);
    if (recent !== undefined) return recent;
    return fs.readFile(this.file(id, 'txt'), 'utf8').catch(() => '');
  }

  async remove(id: string): Promise<void> {
    this.forget(id);
    await fs.rm(this.file(id, 'html'), { force: true });
    await fs.rm(this.file(id, 'txt'), { force: true });
  }
}
