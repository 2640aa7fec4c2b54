// Entities across the library: extracted when an article is saved (off the calling thread), merged
// into one registry so the same Putin is the same entity in every article, and corrected by the person.
import type { Low } from 'lowdb';
import type { Entity, EntityType } from '../../../shared/model';
import type { LibraryContext } from '../context';
import { BroadsheetError } from '../errors';
import type { ShardedMap } from '../store/sharded-map';
import { mergeCorrections, resolveKey, type EntityCorrections } from './corrections';
import type { Extract } from './extractor';
import { EntityIndexer } from './indexer';
import { normalizeEntityKey } from './key';
import { EntityMentionIndex } from './mention-index';

/** Articles indexed between two yields to the event loop in a background build (~2 ms each). */
const BUILD_SLICE = 2_000;

export interface EntityRecord {
  name: string;
  type: EntityType;
  aliases: string[];
}
export interface EntityRef {
  key: string;
  count: number;
  salience: number;
}

export interface SidebarEntity extends Entity {
  salience: number;
  /** Other saved articles that mention it. */
  alsoIn: number;
}

export class EntityService {
  /** Built from the refs when first needed; null again after a correction. */
  private mentionIndex: EntityMentionIndex | null = null;
  /** Bumped on each change of refs or corrections: a build in slices started before is stale. */
  private refsVersion = 0;
  private building: Promise<void> | null = null;
  private readonly indexer: EntityIndexer;

  constructor(
    private readonly ctx: LibraryContext,
    private readonly registry: ShardedMap<EntityRecord>,
    private readonly refs: ShardedMap<EntityRef[]>,
    private readonly corrections: Low<EntityCorrections>,
    private readonly extract: Extract,
  ) {
    this.indexer = new EntityIndexer({
      ctx,
      registry,
      corrections,
      extract,
      changeRefs: (lists) => this.changeRefs(lists),
    });
  }

  /** Work queued by saves; the CLI waits for it before exiting. */
  idle(): Promise<void> {
    return this.indexer.idle();
  }

  /** Extract and store an article's entities in the background; saving never waits for it. */
  schedule(articleId: string, text: string | null): void {
    this.indexer.schedule(articleId, text);
  }

  /**
   * Store articles' refs (null: remove them) in one durable write and keep a built index up to
   * date.
   */
  private async changeRefs(changes: [string, EntityRef[] | null][]): Promise<void> {
    const before = changes.map(([id]) => this.refs.get(id) ?? null);
    this.refsVersion++;
    await this.refs.change(
      changes.flatMap(([id, list]) => (list ? [[id, list] as [string, EntityRef[]]] : [])),
      changes.flatMap(([id, list]) => (list ? [] : [id])),
    );
    this.refsVersion++;
    changes.forEach(([id, list], i) => this.mentionIndex?.replace(id, before[i], list));
  }

  private newIndex(): EntityMentionIndex {
    return new EntityMentionIndex((key) => resolveKey(this.corrections.data, key));
  }

  /** The index, built now in one pass when it is not built yet. */
  private index(): EntityMentionIndex {
    if (!this.mentionIndex) {
      const index = this.newIndex();
      for (const [articleId, list] of this.refs.entries()) index.add(articleId, list);
      this.mentionIndex = index;
    }
    return this.mentionIndex;
  }

  /**
   * Resolves when the index is built, building it in slices that yield to the event loop: at 100k
   * articles the first build takes a while, and the requests behind it (the list) should not wait.
   */
  whenIndexed(): Promise<void> {
    if (this.mentionIndex) return Promise.resolve();
    this.building ??= this.buildInSlices().finally(() => (this.building = null));
    return this.building;
  }

  private async buildInSlices(): Promise<void> {
    const version = this.refsVersion;
    const index = this.newIndex();
    let added = 0;
    for (const [articleId, list] of this.refs.entries()) {
      index.add(articleId, list);
      if (++added % BUILD_SLICE !== 0) continue;
      await new Promise((resolve) => setImmediate(resolve));
      if (this.mentionIndex) return; // built meanwhile by a synchronous caller
      if (this.refsVersion !== version) break; // refs changed under the slices: build anew
    }
    if (this.mentionIndex) return;
    if (this.refsVersion === version) this.mentionIndex = index;
    else this.index();
  }

  /** Forgets the entities of deleted articles (one write per touched refs shard). */
  async removeArticles(articleIds: string[]): Promise<void> {
    await this.changeRefs(articleIds.map((id) => [id, null]));
  }

  /** The public shape of an entity, with corrections applied; null when hidden or unknown. */
  entity(key: string): Entity | null {
    const c = this.corrections.data;
    const id = resolveKey(c, key);
    const record = this.registry.get(id);
    if (!record || c.hidden.includes(id)) return null;
    return {
      id,
      name: c.renames[id] ?? record.name,
      type: c.types[id] ?? record.type,
      count: this.index().total(id),
      aliases: record.aliases,
    };
  }

  /** The entity sidebar of one article, most salient first. */
  forArticle(articleId: string): SidebarEntity[] {
    this.ctx.article(articleId);
    const list = this.refs.get(articleId) ?? [];
    const merged = new Map<string, SidebarEntity>();
    for (const ref of list) {
      const entity = this.entity(ref.key);
      if (!entity) continue;
      const prior = merged.get(entity.id);
      const alsoIn = Math.max(0, (this.index().articles(entity.id)?.size ?? 1) - 1);
      merged.set(entity.id, {
        ...entity,
        count: (prior?.count ?? 0) + ref.count,
        salience: (prior?.salience ?? 0) + ref.salience,
        alsoIn,
      });
    }
    return [...merged.values()].sort((a, b) => b.salience - a.salience);
  }

  /** Article ids that mention an entity, by id or by name or alias (case-insensitive). */
  articlesOf(idOrName: string): Set<string> {
    const key = this.find(idOrName);
    return new Set(key ? this.index().articles(key)?.keys() : []);
  }

  find(idOrName: string): string | null {
    const c = this.corrections.data;
    if (this.registry.get(idOrName)) return resolveKey(c, idOrName);
    const wanted = idOrName.trim().toLowerCase();
    for (const [key, record] of this.registry.entries()) {
      const name = (c.renames[key] ?? record.name).toLowerCase();
      if (name === wanted || record.aliases.some((a) => a.toLowerCase() === wanted))
        return resolveKey(c, key);
    }
    return null;
  }

  /** The most mentioned entities of the library, for the navigation pane. */
  top(type: EntityType | undefined, limit: number): Entity[] {
    const ranked = this.index().byArticleCount();
    const out: Entity[] = [];
    // Only as many entities are made as the answer needs: whole groups of one count, as those are
    // ordered by name.
    for (let i = 0; i < ranked.length && out.length < limit;) {
      const count = ranked[i][1];
      const group: Entity[] = [];
      for (; i < ranked.length && ranked[i][1] === count; i++) {
        const entity = this.entity(ranked[i][0]);
        if (entity && (!type || entity.type === type)) group.push({ ...entity, count });
      }
      out.push(...group.sort((a, b) => a.name.localeCompare(b.name)));
    }
    return out.slice(0, limit);
  }

  /** Entities that most often appear in the same articles as this one. */
  related(key: string, limit: number): (Entity & { together: number })[] {
    const articles = this.index().articles(key);
    const together = new Map<string, number>();
    for (const articleId of articles?.keys() ?? []) {
      for (const ref of this.refs.get(articleId) ?? []) {
        const other = resolveKey(this.corrections.data, ref.key);
        if (other !== key) together.set(other, (together.get(other) ?? 0) + 1);
      }
    }
    return [...together.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit * 2)
      .flatMap(([k, n]) => {
        const e = this.entity(k);
        return e ? [{ ...e, together: n }] : [];
      })
      .slice(0, limit);
  }

  /** Entities of a text, nothing stored (keys as they would be in the library). */
  async extractOnly(text: string): Promise<Entity[]> {
    const c = this.corrections.data;
    const found = await this.extract(text, {
      corrections: { aliasTo: c.splits, hidden: c.hidden },
    });
    return found.map((e) => ({
      id: resolveKey(c, normalizeEntityKey(e.name, e.type)),
      name: e.name,
      type: e.type,
      count: e.count,
      aliases: e.aliases,
    }));
  }

  /** The entities the person hid, as they named them, so they can be shown again. */
  hiddenEntities(): Entity[] {
    const c = this.corrections.data;
    return c.hidden.flatMap((key) => {
      const record = this.registry.get(key);
      if (!record) return [];
      const name = c.renames[key] ?? record.name;
      return [
        { id: key, name, type: c.types[key] ?? record.type, count: 0, aliases: record.aliases },
      ];
    });
  }

  /** The entity after a correction (the argument only sequences the call after the change). */
  corrected(id: string, _done: void): Entity {
    const entity = this.entity(id);
    if (!entity) throw new BroadsheetError('not-found', `No entity with id "${id}".`);
    return entity;
  }

  // ---- corrections ----

  private async correct(change: (c: EntityCorrections) => void): Promise<void> {
    this.ctx.assertWritable();
    change(this.corrections.data);
    await this.corrections.write();
    this.mentionIndex = null; // merges change which key an article counts for
    this.refsVersion++;
    this.ctx.events.emitEvent({ type: 'entities-changed' });
  }

  /** The corrections as they stand, for a full backup. */
  correctionsForBackup(): EntityCorrections {
    return structuredClone(this.corrections.data);
  }

  /** A backup's corrections, added under this library's own; how many were new. */
  async restoreCorrections(from: EntityCorrections): Promise<number> {
    let added = 0;
    await this.correct((c) => (added = mergeCorrections(c, from)));
    return added;
  }

  private require(id: string): EntityRecord {
    const record = this.registry.get(id);
    if (!record) throw new BroadsheetError('not-found', `No entity with id "${id}".`);
    return record;
  }

  rename(id: string, name: string): Promise<void> {
    this.require(id);
    return this.correct((c) => (c.renames[resolveKey(c, id)] = name.trim()));
  }

  retype(id: string, type: EntityType): Promise<void> {
    this.require(id);
    return this.correct((c) => (c.types[resolveKey(c, id)] = type));
  }

  merge(from: string, into: string): Promise<void> {
    this.require(from);
    this.require(into);
    return this.correct((c) => {
      const target = resolveKey(c, into);
      if (resolveKey(c, from) === target)
        throw new BroadsheetError('invalid-input', 'Those are the same entity.');
      c.merges[resolveKey(c, from)] = target;
    });
  }

  hide(id: string, hidden: boolean): Promise<void> {
    this.require(id);
    return this.correct((c) => {
      const key = resolveKey(c, id);
      c.hidden = hidden ? [...new Set([...c.hidden, key])] : c.hidden.filter((k) => k !== key);
    });
  }

  /** Split a surface form off an entity: from now on it is an entity of its own. */
  async split(id: string, alias: string, name: string, type: EntityType): Promise<void> {
    const record = this.require(id);
    if (!record.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) {
      throw new BroadsheetError('not-found', `"${alias}" is not a form of ${record.name}.`);
    }
    await this.correct((c) => (c.splits[alias.toLowerCase()] = { name, type }));
    await this.registry.change([
      [
        id,
        {
          ...record,
          aliases: record.aliases.filter((a) => a.toLowerCase() !== alias.toLowerCase()),
        },
      ],
    ]);
  }
}
