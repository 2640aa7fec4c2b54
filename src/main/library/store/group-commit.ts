// Group commit: one durable write at a time, and everything asked for while it was in flight goes
// out together in the next one. Each caller's promise resolves once a write holding its item is
// durable, so a burst of changes costs two writes instead of one each.

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

export class GroupCommit<T> {
  private items: T[] = [];
  private waiters: Waiter[] = [];
  private running: Promise<void> | null = null;
  private held = false;

  /** `write` gets every item queued since the last write began, oldest first. */
  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.items.push(item);
      this.waiters.push({ resolve, reject });
      this.start();
    });
  }

  /** Waits for the write in flight and keeps the next from starting until `release()`. */
  async hold(): Promise<void> {
    this.held = true;
    await this.running;
  }

  release(): void {
    this.held = false;
    this.start();
  }

  private start(): void {
    if (this.running || this.held || this.items.length === 0) return;
    const items = this.items;
    const waiters = this.waiters;
    this.items = [];
    this.waiters = [];
    this.running = this.write(items)
      .then(
        () => waiters.forEach((w) => w.resolve()),
        (error: Error) => waiters.forEach((w) => w.reject(error)),
      )
      .finally(() => {
        this.running = null;
        this.start();
      });
  }
}
