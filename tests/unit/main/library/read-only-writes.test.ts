import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../../src/main/dispatch';
import { Library } from '../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../support/temp-home';

const PUTIN = 'person:vladimir putin';

/** Every file under the home's db folder with its content, to prove nothing was written. */
function snapshot(home: string): Record<string, string> {
  const db = path.join(home, 'db');
  return Object.fromEntries(
    readdirSync(db, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return [path.relative(db, file), readFileSync(file, 'utf8')];
      }),
  );
}

describe('a second process (read-only) refuses the new writes', () => {
  it('notes, bulk actions, tag filters and corrections: refused, nothing written', async () => {
    const home = tempDir();
    const writer = await Library.open({ home, resourcesDir });
    await writer.idle();
    const id = writer.list().items[0].id;
    const note = await writer.entityNotes.add(PUTIN, 'Kept');
    const reader = await Library.open({ home, readOnly: true });
    const dispatch = createDispatch(reader);
    const before = snapshot(home);

    const writes: [string, object][] = [
      ['entityNotes.add', { entityId: PUTIN, body: 'x' }],
      ['entityNotes.edit', { id: note.id, body: 'changed' }],
      ['entityNotes.delete', { id: note.id }],
      ['articles.deleteMany', { ids: [id] }],
      ['articles.updateMany', { ids: [id], starred: true }],
      ['articles.update', { id, progress: 0.5 }],
      ['tags.apply', { ids: [id], add: ['x'] }],
      ['entities.rename', { id: PUTIN, name: 'V. Putin' }],
      ['entities.hide', { id: PUTIN, hidden: true }],
      ['entities.split', { id: PUTIN, alias: 'Putin', name: 'Putin', type: 'person' }],
    ];
    for (const [op, input] of writes) {
      const response = await dispatch(op, input);
      expect(response, op).toMatchObject({ ok: false, error: { code: 'read-only' } });
    }
    // Reading works.
    expect(await dispatch('entityNotes.list', { entityId: PUTIN })).toMatchObject({
      ok: true,
      result: [{ body: 'Kept' }],
    });
    expect(await dispatch('articles.list', { tags: ['nothing'] })).toMatchObject({ ok: true });
    expect(snapshot(home)).toEqual(before);
    reader.close();
    writer.close();
  });
});
