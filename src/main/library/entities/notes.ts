// The person's notes on an entity: a small thread of their own on the entity page. Stored apart
// from article comments (db/entity-notes.json) because they belong to no article. Notes are kept
// under the entity id they were written on and shown wherever merges lead that id.
import type { Low } from 'lowdb';
import type { Entity, EntityNote, EntityType } from '../../../shared/model';
import type { LibraryContext } from '../context';
import { BroadsheetError } from '../errors';
import { newId } from '../ids';

type StoredNote = EntityNote & { deletedAt?: string | null };

export interface EntityNotesFile {
  version: number;
  notes: StoredNote[];
}

export function emptyEntityNotes(): EntityNotesFile {
  return { version: 1, notes: [] };
}

/** What the notes need from the entity registry: the entity an id (or name) stands for now. */
export interface EntityLookup {
  find(idOrName: string): string | null;
  /** The entity as shown now (renamed, retyped); null when hidden. */
  entity(key: string): Entity | null;
}

export type RecentNote = EntityNote & { entityName: string; entityType: EntityType | null };

function publicNote(n: StoredNote): EntityNote {
  const { deletedAt: _deleted, ...note } = n;
  return note;
}

export class EntityNoteService {
  constructor(
    private readonly ctx: LibraryContext,
    private readonly entities: EntityLookup,
    private readonly db: Low<EntityNotesFile>,
  ) {}

  private requireEntity(idOrName: string): string {
    const key = this.entities.find(idOrName);
    if (!key) throw new BroadsheetError('not-found', `No entity with id "${idOrName}".`);
    return key;
  }

  private requireNote(id: string): StoredNote {
    const note = this.db.data.notes.find((n) => n.id === id && !n.deletedAt);
    if (!note) throw new BroadsheetError('not-found', `No note with id "${id}".`);
    return note;
  }

  /** The notes on an entity, oldest first, including those written on entities merged into it. */
  list(entityId: string): EntityNote[] {
    const key = this.requireEntity(entityId);
    return this.db.data.notes
      .filter((n) => !n.deletedAt && (n.entityId === key || this.entities.find(n.entityId) === key))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map(publicNote);
  }

  async add(entityId: string, body: string): Promise<EntityNote> {
    this.ctx.assertWritable();
    const text = requireBody(body);
    const now = new Date().toISOString();
    const note: StoredNote = {
      id: newId(),
      entityId: this.requireEntity(entityId),
      body: text,
      createdAt: now,
      updatedAt: now,
    };
    this.db.data.notes.push(note);
    await this.db.write();
    return publicNote(note);
  }

  async edit(id: string, body: string): Promise<EntityNote> {
    this.ctx.assertWritable();
    const note = this.requireNote(id);
    note.body = requireBody(body);
    note.updatedAt = new Date().toISOString();
    await this.db.write();
    return publicNote(note);
  }

  /** Soft delete, so that it can be undone. */
  async remove(id: string): Promise<EntityNote> {
    this.ctx.assertWritable();
    const note = this.requireNote(id);
    note.deletedAt = new Date().toISOString();
    await this.db.write();
    return publicNote(note);
  }

  async restore(id: string): Promise<EntityNote> {
    this.ctx.assertWritable();
    const note = this.db.data.notes.find((n) => n.id === id && n.deletedAt);
    if (!note) throw new BroadsheetError('not-found', `No deleted note with id "${id}".`);
    note.deletedAt = null;
    await this.db.write();
    return publicNote(note);
  }

  /** Every note of the library, newest first, with the name its entity goes by now. */
  recent(offset: number, limit: number): { total: number; items: RecentNote[] } {
    const live = this.db.data.notes.filter((n) => !n.deletedAt);
    live.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
    const items = live.slice(offset, offset + limit).map((n) => {
      const key = this.entities.find(n.entityId) ?? n.entityId;
      const entity = this.entities.entity(key);
      return {
        ...publicNote(n),
        entityId: key,
        // A hidden entity keeps its notes; they show under the name in its id.
        entityName: entity?.name ?? key.replace(/^[a-z]+:/, ''),
        entityType: entity?.type ?? null,
      };
    });
    return { total: live.length, items };
  }

  /** Every live note, for the full backup. */
  all(): EntityNote[] {
    return this.db.data.notes.filter((n) => !n.deletedAt).map(publicNote);
  }

  /** Notes from a backup, except those whose id is here already; returns how many were added. */
  async restoreFromBackup(notes: EntityNote[]): Promise<number> {
    this.ctx.assertWritable();
    const known = new Set(this.db.data.notes.map((n) => n.id));
    const fresh = notes.filter((n) => !known.has(n.id));
    if (fresh.length === 0) return 0;
    this.db.data.notes.push(...fresh.map((n) => ({ ...n })));
    await this.db.write();
    return fresh.length;
  }
}

/** The contract trims and bounds bodies; the Library refuses blanks itself for in-process callers. */
function requireBody(body: string): string {
  const text = body.trim();
  if (!text) throw new BroadsheetError('invalid-input', 'A note cannot be empty.');
  if (text.length > 100_000)
    throw new BroadsheetError('too-large', 'A note is at most 100,000 characters.');
  return text;
}
