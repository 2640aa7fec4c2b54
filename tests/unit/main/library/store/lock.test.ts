import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/library/library';
import { LOCK_FILE } from '../../../../../src/main/library/store/lock';
import { tempDir } from '../../../support/temp-home';

describe('one writer per home', () => {
  it('a second writer gets a clear error; a reader opens read-only', async () => {
    const home = tempDir();
    const first = await Library.open({ home });
    await expect(Library.open({ home })).rejects.toThrow(
      `is in use by another Broadsheet process (pid ${process.pid}); close it first`,
    );
    const reader = await Library.open({ home, readOnly: true });
    expect(reader.list().total).toBe(0);
    await expect(reader.addFileContent('a.txt', new TextEncoder().encode('hello'))).rejects.toThrow(
      `open in another Broadsheet process (pid ${process.pid})`,
    );
    first.close();
    const second = await Library.open({ home });
    second.close();
  });

  it('takes over a lock left by a process that died', async () => {
    const home = tempDir();
    // A pid that surely is not running: a child that has already exited.
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(
      path.join(home, LOCK_FILE),
      JSON.stringify({
        pid: Number(dead),
        host: (await import('node:os')).hostname(),
        startedAt: '',
      }),
    );
    const lib = await Library.open({ home });
    expect(lib.readOnly).toBe(false);
    lib.close();
  });
});
