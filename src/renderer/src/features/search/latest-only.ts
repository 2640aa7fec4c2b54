// Search as you type without a debounce: a search goes out on the keystroke when none is in
// flight; typed while one is, only the newest waits, and goes when that one answers. A quick
// burst of keys costs at most two searches, and a lone key no wait.

export class LatestOnly {
  private busy = false;
  private waiting: (() => Promise<unknown>) | null = null;

  /** Run `job` now if no job is running, else once it ends (in place of any job waiting). */
  run(job: () => Promise<unknown>): void {
    if (this.busy) {
      this.waiting = job;
      return;
    }
    this.busy = true;
    void job()
      .catch(() => undefined) // the job reports its own errors
      .finally(() => {
        this.busy = false;
        const next = this.waiting;
        this.waiting = null;
        if (next) this.run(next);
      });
  }

  /** Forget the job waiting, if any (the box was emptied). */
  drop(): void {
    this.waiting = null;
  }
}
