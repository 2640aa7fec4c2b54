import { describe, expect, it } from 'vitest';
import type { LibraryContext } from '../../../../../src/main/library/context';
import { LibraryEvents } from '../../../../../src/main/library/context';
import { emptyCorrections } from '../../../../../src/main/library/entities/corrections';
import type { ExtractedEntity } from '../../../../../src/main/library/entities/extract';
import { EntityIndexer } from '../../../../../src/main/library/entities/indexer';
import type { EntityRecord, EntityRef } from '../../../../../src/main/library/entities/service';
import { ShardedMap } from '../../../../../src/main/library/store/sharded-map';
import { tempDir } from '../../../support/temp-home';

const putin = (alias: string): ExtractedEntity => ({
  name: 'Vladimir Putin',
  type: 'person',
  count: 1,
  salience: 1,
  aliases: [alias],
  mentions: [{ start: 0, end: alias.length, surface: alias }],
});

async function indexer(extract: (text: string) => Promise<ExtractedEntity[]>) {
  const dir = tempDir();
  const events = new LibraryEvents();
  const stages: string[] = [];
  events.on('event', (e) => e.type === 'progress' && stages.push(String(e.stage)));
  const ctx = { events, articles: { get: () => ({}) } } as unknown as LibraryContext;
  const registry = await ShardedMap.open<EntityRecord>(dir, 'entities', {
    shards: 4,
    readOnly: false,
    onRecovery: () => undefined,
  });
  const stored = new Map<string, EntityRef[]>();
  const writes: number[] = [];
  const service = new EntityIndexer({
    ctx,
    registry,
    corrections: { data: emptyCorrections() } as never,
    extract,
    changeRefs: async (lists) => {
      writes.push(lists.length);
      for (const [id, list] of lists) stored.set(id, list);
    },
  });
  return { service, registry, stored, writes, stages };
}

describe('EntityIndexer', () => {
  it('stores the articles saved together in one write, their entities merged', async () => {
    const { service, registry, stored, writes } = await indexer(async (text) => [putin(text)]);
    service.schedule('a', 'Putin');
    service.schedule('b', 'Vladimir Putin');
    await service.idle();
    expect(writes).toEqual([2]);
    expect([...stored.keys()]).toEqual(['a', 'b']);
    const [, record] = [...registry.entries()][0];
    expect(record.aliases).toEqual(['Putin', 'Vladimir Putin']);
  });

  it('an article whose extraction fails is reported; the others are stored', async () => {
    const { service, stored, stages } = await indexer(async (text) => {
      if (text === 'bad') throw new Error('worker said no');
      return [putin(text)];
    });
    service.schedule('a', 'Putin');
    service.schedule('b', 'bad');
    service.schedule('c', 'Putin');
    await service.idle();
    expect([...stored.keys()]).toEqual(['a', 'c']);
    expect(stages).toEqual(['failed: worker said no']);
  });
});
