// Work queued by key and run in batches, one batch at a time: what is queued while a batch runs
// goes into the next one, and a key queued again before its turn is done once, with its last value.
export class BatchQueue<V> {
  private readonly pending = new Map<string, V>();
  private running: Promise<void> | null = null;

  /** `run` reports its own failures: a rejection would leave the rest queued until the next add. */
  constructor(
    private readonly maxBatch: number,
    private readonly run: (batch: Map<string, V>) => Promise<void>,
  ) {}

  add(key: string, value: V): void {
    this.pending.delete(key);
    this.pending.set(key, value);
    // Started after the current task: a caller queueing many keys in a loop fills one batch.
    this.running ??= Promise.resolve().then(() => this.drain());
  }

  /** Resolves once everything queued so far (and during the wait) has run. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.size > 0) {
        const batch = new Map<string, V>();
        for (const [key, value] of this.pending) {
          if (batch.size === this.maxBatch) break;
          batch.set(key, value);
        }
        for (const key of batch.keys()) this.pending.delete(key);
        await this.run(batch);
      }
    } finally {
      this.running = null;
    }
  }
}
