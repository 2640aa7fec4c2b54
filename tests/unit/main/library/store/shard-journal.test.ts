// The journal of a sharded store: a change is durable once its line is written, survives a stop
// without folding, and a fold moves it into the shards and drops the journal files.
import {
  appendFileSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { RecoveryNotice } from '../../../../../src/main/library/store/json-file';
import { ShardedMap } from '../../../../../src/main/library/store/sharded-map';
import { tempDir } from '../../../support/temp-home';

const SHARDS = 8;

async function openMap(
  dir: string,
  extra: { foldAfterBytes?: number; foldAfterIdleMs?: number; readOnly?: boolean } = {},
): Promise<{ map: ShardedMap<string>; notices: RecoveryNotice[] }> {
  const notices: RecoveryNotice[] = [];
  const map = await ShardedMap.open<string>(dir, 'things', {
    shards: SHARDS,
    readOnly: extra.readOnly ?? false,
    onRecovery: (n) => notices.push(n),
    foldAfterBytes: extra.foldAfterBytes,
    foldAfterIdleMs: extra.foldAfterIdleMs,
  });
  return { map, notices };
}

const journalFiles = (dir: string) => readdirSync(dir).filter((f) => f.includes('.journal.'));
const shardText = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /^things-\d+\.json$/.test(f))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('');

describe('the journal of a sharded store', () => {
  it('keeps changes that were never folded: a stop without folding loses nothing', async () => {
    const dir = tempDir();
    const { map } = await openMap(dir);
    await map.change([
      ['a', 'one'],
      ['b', 'two'],
    ]);
    await map.change([['c', 'three']], ['a']);
    map.detach(); // as a crash would leave it: the changes only in the journal
    expect(shardText(dir)).not.toContain('three');
    expect(journalFiles(dir)).toHaveLength(1);

    const { map: again, notices } = await openMap(dir);
    expect(notices).toEqual([]);
    expect([...again.entries()].sort()).toEqual([
      ['b', 'two'],
      ['c', 'three'],
    ]);
    again.detach();
  });

  it('a fold writes the shards and drops the journal files', async () => {
    const dir = tempDir();
    const { map } = await openMap(dir);
    await map.change([['a', 'folded value']]);
    await map.close();
    expect(journalFiles(dir)).toEqual([]);
    expect(shardText(dir)).toContain('folded value');
    const { map: again } = await openMap(dir);
    expect(again.get('a')).toBe('folded value');
    again.detach();
  });

  it('folds by itself once enough was appended, and keeps what came during the fold', async () => {
    const dir = tempDir();
    const { map } = await openMap(dir, { foldAfterBytes: 2_000 });
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) writes.push(map.change([[`k${i}`, `value ${i}`]]));
    await Promise.all(writes);
    // Folds started on their own (no close); whatever came during one is in a newer journal file.
    await vi.waitFor(() => expect(shardText(dir)).toContain('value 0'), { timeout: 10_000 });
    map.detach();
    const { map: again } = await openMap(dir);
    for (let i = 0; i < 200; i++) expect(again.get(`k${i}`)).toBe(`value ${i}`);
    again.detach();
  });

  it('folds once changes stop coming for the idle time, not while they keep coming', async () => {
    const dir = tempDir();
    const { map } = await openMap(dir, { foldAfterIdleMs: 500 });
    for (let i = 0; i < 4; i++) {
      await map.change([[`k${i}`, `value ${i}`]]);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(shardText(dir)).not.toContain('value 0'); // 800 ms of changes, never 500 ms quiet
    await vi.waitFor(() => expect(journalFiles(dir)).toEqual([]), { timeout: 5_000 });
    expect(shardText(dir)).toContain('value 3');
    map.detach();
  });

  it('drops a line cut short by a crash without a notice, and replays the lines before it', async () => {
    const dir = tempDir();
    const { map } = await openMap(dir);
    await map.change([['a', 'kept']]);
    map.detach();
    const [file] = journalFiles(dir);
    appendFileSync(path.join(dir, file), '{"set":[["b","cut sh');
    const { map: again, notices } = await openMap(dir);
    expect(notices).toEqual([]);
    expect(again.get('a')).toBe('kept');
    expect(again.get('b')).toBeUndefined();
    // New changes go to a new file, never after the torn line.
    await again.change([['c', 'after']]);
    again.detach();
    const { map: third } = await openMap(dir);
    expect(third.get('c')).toBe('after');
    third.detach();
  });

  it('reports a damaged line in the middle and still applies the lines after it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'things.journal.000001');
    writeFileSync(
      file,
      `${JSON.stringify({ set: [['a', 'one']] })}\n\u0000\u0000garbage\n${JSON.stringify({ set: [['b', 'two']] })}\n`,
    );
    const { map, notices } = await openMap(dir);
    expect(notices.map((n) => n.message)).toEqual([
      'things.journal.000001 had 1 damaged change; they were skipped.',
    ]);
    expect(map.get('a')).toBe('one');
    expect(map.get('b')).toBe('two');
    await map.close(); // the replayed changes are folded and the damaged file dropped
    expect(journalFiles(dir)).toEqual([]);
    const { map: again, notices: none } = await openMap(dir);
    expect(none).toEqual([]);
    expect(again.get('b')).toBe('two');
    again.detach();
  });

  it('a read-only open replays the journal but neither writes nor folds', async () => {
    const dir = tempDir();
    const { map } = await openMap(dir);
    await map.change([['a', 'one']]);
    map.detach();
    const before = readdirSync(dir).sort();
    const { map: viewer } = await openMap(dir, { readOnly: true });
    expect(viewer.get('a')).toBe('one');
    await expect(viewer.change([['b', 'two']])).rejects.toThrow('read-only');
    await viewer.close();
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it.skipIf(process.platform !== 'linux')(
    'a failed write never takes the next, acknowledged change down with it',
    async () => {
      const dir = tempDir();
      const { map } = await openMap(dir);
      // The first journal file is a full disk: its write fails (ENOSPC) with the file left open.
      symlinkSync('/dev/full', path.join(dir, 'things.journal.000001'));
      await expect(map.change([['x', 'refused']])).rejects.toThrow(/ENOSPC|no space/i);
      await map.change([['y', 'kept']]); // in a new file, not after a line cut short
      map.detach();
      rmSync(path.join(dir, 'things.journal.000001'));
      const { map: again, notices } = await openMap(dir);
      expect(notices).toEqual([]);
      expect(again.get('y')).toBe('kept');
      expect(again.get('x')).toBeUndefined();
      again.detach();
    },
  );

  it('close refuses new changes, keeps the ones under way and folds them', async () => {
    const dir = tempDir();
    const { map } = await openMap(dir);
    const underWay = map.change([['a', 'under way']]);
    const closing = map.close();
    await expect(map.change([['b', 'too late']])).rejects.toThrow('closed');
    await underWay;
    await closing;
    expect(journalFiles(dir)).toEqual([]);
    const { map: again } = await openMap(dir);
    expect(again.get('a')).toBe('under way');
    expect(again.get('b')).toBeUndefined();
    again.detach();
  });
});
