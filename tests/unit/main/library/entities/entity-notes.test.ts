import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../../src/main/dispatch';
import { Library } from '../../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../../support/temp-home';

const PUTIN = 'person:vladimir putin';

describe('notes on an entity', () => {
  it('adds, edits, deletes and restores notes, and keeps them after reopening', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    await lib.idle();
    const first = await lib.entityNotes.add(PUTIN, '  Met Obama in *Antalya*.  ');
    expect(first).toMatchObject({ entityId: PUTIN, body: 'Met Obama in *Antalya*.' });
    // By name or alias too: the same entity.
    const second = await lib.entityNotes.add('Putin', 'Second note');
    expect(second.entityId).toBe(PUTIN);
    await lib.entityNotes.edit(first.id, 'Met Obama in Antalya, November 2015.');
    await lib.entityNotes.remove(second.id);
    expect(lib.entityNotes.list(PUTIN).map((n) => n.body)).toEqual([
      'Met Obama in Antalya, November 2015.',
    ]);
    await lib.entityNotes.restore(second.id);
    lib.close();

    const again = await Library.open({ home, resourcesDir });
    const notes = again.entityNotes.list(PUTIN);
    expect(notes.map((n) => n.body)).toEqual([
      'Met Obama in Antalya, November 2015.',
      'Second note',
    ]);
    expect(notes[0].updatedAt > notes[0].createdAt || notes[0].updatedAt === notes[0].createdAt);
    again.close();
  });

  it('refuses an empty note, an unknown entity and an unknown note', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    await lib.idle();
    const dispatch = createDispatch(lib);
    const empty = await dispatch('entityNotes.add', { entityId: PUTIN, body: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(lib.entityNotes.add(PUTIN, ' \n ')).rejects.toThrow('A note cannot be empty.');
    const unknown = await dispatch('entityNotes.add', { entityId: 'person:nobody', body: 'Hi' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch('entityNotes.list', { entityId: 'person:nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch('entityNotes.edit', { id: 'nope', body: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await dispatch('entityNotes.restore', { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const huge = await dispatch('entityNotes.add', { entityId: PUTIN, body: 'x'.repeat(100_001) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Note ids are bounded by the contract like every other id.
    for (const op of ['entityNotes.edit', 'entityNotes.delete', 'entityNotes.restore'] as const) {
      const long = await dispatch(op, { id: 'n'.repeat(101), body: 'x' });
      expect(long).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    lib.close();
  });

  it('lists every note newest first, under the name its entity goes by now', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    await lib.idle();
    await lib.entityNotes.add(PUTIN, 'First');
    await new Promise((r) => setTimeout(r, 5));
    await lib.entityNotes.add('place:moscow', 'Second');
    await new Promise((r) => setTimeout(r, 5));
    const gone = await lib.entityNotes.add('place:france', 'Third');
    await lib.entityNotes.remove(gone.id);
    await lib.entities.rename(PUTIN, 'V. Putin');
    await lib.entities.merge('place:moscow', 'place:russia');
    const page = lib.entityNotes.recent(0, 10);
    expect(page.total).toBe(2);
    expect(page.items.map((n) => [n.body, n.entityId, n.entityName, n.entityType])).toEqual([
      ['Second', 'place:russia', 'Russia', 'place'],
      ['First', PUTIN, 'V. Putin', 'person'],
    ]);
    expect(lib.entityNotes.recent(1, 1).items.map((n) => n.body)).toEqual(['First']);
    lib.close();
  });

  it('keeps HTML in a note as text, exactly as written', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    await lib.idle();
    const body = '<img src=x onerror="alert(1)"><script>alert(2)</script> **bold**';
    await lib.entityNotes.add(PUTIN, body);
    expect(lib.entityNotes.list(PUTIN)[0].body).toBe(body);
    lib.close();
  });

  it('follows a merge: notes written on either entity show on the one they became', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    await lib.idle();
    await lib.entityNotes.add('place:moscow', 'Capital.');
    await lib.entityNotes.add('place:russia', 'Country.');
    await lib.entities.merge('place:moscow', 'place:russia');
    expect(lib.entityNotes.list('place:russia').map((n) => n.body)).toEqual([
      'Capital.',
      'Country.',
    ]);
    lib.close();
  });

  it('travels in the full backup and comes back on import', async () => {
    const from = await Library.open({ home: tempDir(), resourcesDir });
    await from.idle();
    await from.entityNotes.add(PUTIN, 'Backed up.');
    const file = path.join(tempDir(), 'backup.json');
    const exported = await from.exportBackup(file);
    expect(exported.entityNotes).toBe(1);
    from.close();

    const to = await Library.open({ home: tempDir() });
    const imported = await to.importBackup(file);
    expect(imported.entityNotes).toBe(1);
    await to.idle();
    // The article's entities are extracted again, so the note has its entity to show on.
    expect(to.entityNotes.list(PUTIN).map((n) => n.body)).toEqual(['Backed up.']);
    expect((await to.importBackup(file)).entityNotes).toBe(0);
    to.close();
  });
});
