// Saved articles' entities, extracted off the calling thread and stored in batches. A feed refresh
// saves thousands of articles: one durable write of the registry (most of its shards) and of the
// refs per article cost the Library's thread more than the extraction cost the worker.
import type { Low } from 'lowdb';
import type { LibraryContext } from '../context';
import type { ShardedMap } from '../store/sharded-map';
import { BatchQueue } from './batch-queue';
import { resolveKey, type EntityCorrections } from './corrections';
import type { ExtractedEntity } from './extract';
import type { Extract } from './extractor';
import { normalizeEntityKey } from './key';
import type { EntityRecord, EntityRef } from './service';

/**
 * Articles stored together: one write per touched shard for all of them. A save adds one; a feed
 * refresh queues thousands, and larger batches touch each shard fewer times (refs have 128).
 */
const BATCH = 256;

export interface EntityIndexerDeps {
  ctx: LibraryContext;
  registry: ShardedMap<EntityRecord>;
  corrections: Low<EntityCorrections>;
  extract: Extract;
  /** Store several articles' refs at once and keep the mention index up to date. */
  changeRefs(lists: [string, EntityRef[]][]): Promise<void>;
}

interface Indexed {
  id: string;
  list: EntityRef[];
}

export class EntityIndexer {
  private readonly queue = new BatchQueue<string | null>(BATCH, (batch) => this.indexBatch(batch));

  constructor(private readonly deps: EntityIndexerDeps) {}

  /** `text` null: read the stored body when its batch runs (a restore queues a whole library). */
  schedule(articleId: string, text: string | null): void {
    this.queue.add(articleId, text);
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }

  private failed(error: Error): void {
    this.deps.ctx.events.emitEvent({
      type: 'progress',
      task: 'entities',
      stage: `failed: ${error.message}`,
    });
  }

  private async indexBatch(batch: Map<string, string | null>): Promise<void> {
    const { ctx, corrections, extract, registry } = this.deps;
    const c = corrections.data;
    const options = { corrections: { aliasTo: c.splits, hidden: c.hidden } };
    // Sent together: the worker works through them while this thread does other things.
    const found = await Promise.all(
      [...batch]
        .filter(([id]) => ctx.articles.get(id)) // deleted meanwhile
        .map(async ([id, text]) =>
          extract(text ?? (await ctx.bodies.text(id)), options).then(
            (entities) => ({ id, entities }),
            (error: Error) => (this.failed(error), null),
          ),
        ),
    );
    const records = new Map<string, EntityRecord>();
    const indexed: Indexed[] = [];
    for (const item of found) {
      if (item && ctx.articles.get(item.id)) indexed.push(this.summarise(item, records));
    }
    try {
      await registry.change([...records]);
      await this.deps.changeRefs(indexed.map((a) => [a.id, a.list]));
      for (const a of indexed) ctx.events.emitEvent({ type: 'article-changed', id: a.id });
    } catch (error) {
      this.failed(error as Error);
    }
  }

  /** One article's refs (most salient first); its entities merged into `records`. */
  private summarise(
    item: { id: string; entities: ExtractedEntity[] },
    records: Map<string, EntityRecord>,
  ): Indexed {
    const c = this.deps.corrections.data;
    const refs = new Map<string, EntityRef>();
    for (const e of item.entities) {
      const key = resolveKey(c, normalizeEntityKey(e.name, e.type));
      const existing = records.get(key) ?? this.deps.registry.get(key);
      const aliases = new Set([...(existing?.aliases ?? []), ...e.aliases]);
      records.set(key, {
        name: existing?.name ?? e.name,
        type: existing?.type ?? e.type,
        aliases: [...aliases].slice(0, 50),
      });
      const ref = refs.get(key) ?? { key, count: 0, salience: 0 };
      ref.count += e.count;
      ref.salience += e.salience;
      refs.set(key, ref);
    }
    const list = [...refs.values()].sort((a, b) => b.salience - a.salience);
    return { id: item.id, list };
  }
}
