// The operations behind the entity page's corrections and type-ahead, through the contract.
import { describe, expect, it } from 'vitest';
import { call, createDispatch } from '../../../../../src/main/dispatch';
import { Library } from '../../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../../support/temp-home';

describe('entity type-ahead and corrections through the contract', () => {
  it('suggests entities by the start of a name or alias, best known first, never itself', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    await lib.idle();
    const dispatch = createDispatch(lib);
    const found = await call(dispatch, 'entities.suggest', { query: 'oba' });
    expect(found[0].name).toBe('Barack Obama');
    // A name that starts so comes before a better-known entity with such an alias.
    expect((await call(dispatch, 'entities.suggest', { query: 'rus' }))[0].name).toBe('Russia');
    const places = await call(dispatch, 'entities.suggest', { query: 'r', type: 'place' });
    expect(places.every((e) => e.type === 'place')).toBe(true);
    expect(places.map((e) => e.name)).toContain('Russia');
    const others = await call(dispatch, 'entities.suggest', {
      query: 'russia',
      exclude: 'place:russia',
    });
    expect(others.some((e) => e.id === 'place:russia')).toBe(false);
    expect(await call(dispatch, 'entities.suggest', { query: '  ' })).toEqual([]);
    lib.close();
  });

  it('an entity page lists its articles, its company, and refuses an unknown id', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    await lib.idle();
    const dispatch = createDispatch(lib);
    const page = await call(dispatch, 'entities.get', { id: 'Putin' });
    expect(page.entity.id).toBe('person:vladimir putin');
    expect(page.articles).toHaveLength(1);
    expect(page.related.map((r) => r.name)).toContain('Barack Obama');
    await call(dispatch, 'entities.rename', { id: 'place:france', name: 'La France' });
    await call(dispatch, 'entities.hide', { id: 'place:france', hidden: true });
    expect((await call(dispatch, 'entities.hidden', {})).map((e) => e.name)).toEqual(['La France']);
    expect(await dispatch('entities.get', { id: 'place:france' })).toMatchObject({ ok: false });
    await call(dispatch, 'entities.hide', { id: 'place:france', hidden: false });
    expect(await call(dispatch, 'entities.hidden', {})).toEqual([]);
    expect(await dispatch('entities.get', { id: 'person:nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await dispatch('entities.rename', { id: 'person:vladimir putin', name: ' ' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    lib.close();
  });

  it('splitting an alias off shows the new entity at once and keeps it after reopening', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    await lib.idle();
    const sample = lib.list().items[0];
    const dispatch = createDispatch(lib);
    const state = lib.entities.forArticle(sample.id).find((e) => e.aliases.includes('ISIL'));
    expect(state).toBeDefined();
    await call(dispatch, 'entities.split', {
      id: state!.id,
      alias: 'ISIL',
      name: 'ISIL (old name)',
      type: 'organization',
    });
    const names = () => lib.entities.forArticle(sample.id).map((e) => e.name);
    expect(names()).toContain('ISIL (old name)');
    expect(lib.entities.entity(state!.id)?.aliases).not.toContain('ISIL');
    lib.close();
    const again = await Library.open({ home, resourcesDir });
    expect(again.entities.forArticle(sample.id).map((e) => e.name)).toContain('ISIL (old name)');
    again.close();
  });
});
