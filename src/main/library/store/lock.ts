// One process writes a home at a time. The lock file names its owner so a second process can say
// who holds it, and a lock left by a crashed process is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BroadsheetError } from '../errors';

export const LOCK_FILE = 'broadsheet.lock';

interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' ? owner : null;
  } catch {
    return null;
  }
}

export class HomeLock {
  private released = false;
  private readonly onExit = (): void => this.release();

  private constructor(readonly file: string) {
    process.once('exit', this.onExit);
  }

  /** Take the lock of `home`, or throw a 'locked' error naming the process that holds it. */
  static acquire(home: string): HomeLock {
    const file = path.join(home, LOCK_FILE);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        const owner: LockOwner = {
          pid: process.pid,
          host: os.hostname(),
          startedAt: new Date().toISOString(),
        };
        writeSync(fd, JSON.stringify(owner));
        closeSync(fd);
        return new HomeLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(file);
      const stale = owner === null || (owner.host === os.hostname() && !isAlive(owner.pid));
      if (!stale) {
        throw new BroadsheetError(
          'locked',
          `The library at ${home} is in use by another Broadsheet process (pid ${owner.pid}); close it first.`,
        );
      }
      rmSync(file, { force: true }); // left by a process that died
    }
    throw new BroadsheetError('locked', `Could not lock the library at ${home}.`);
  }

  /** Who holds the lock of `home` right now, if anyone alive. */
  static holder(home: string): number | null {
    const owner = readOwner(path.join(home, LOCK_FILE));
    return owner && isAlive(owner.pid) ? owner.pid : null;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.removeListener('exit', this.onExit);
    rmSync(this.file, { force: true });
  }
}
