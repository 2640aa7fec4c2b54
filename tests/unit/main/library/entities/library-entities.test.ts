import { describe, expect, it } from 'vitest';
import { entityPage } from '../../../../../src/main/library/entities/page';
import { Library } from '../../../../../src/main/library/library';
import { resourcesDir, tempDir } from '../../../support/temp-home';

const text = (s: string) => new TextEncoder().encode(s);

describe('entities across the library', () => {
  it('links the same entity across articles and filters the list by it', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    const second = await lib.addFileContent(
      'g20.txt',
      text(
        'Summit notes\n\nPresident Vladimir Putin left Antalya early. Putin flew to Moscow on Monday.',
      ),
    );
    await lib.idle();
    const sample = lib.list().items.find((a) => a.source === 'sample')!;
    const sidebar = lib.entities.forArticle(second.id);
    const putin = sidebar.find((e) => e.name === 'Vladimir Putin')!;
    expect(putin).toMatchObject({ type: 'person', count: 2, alsoIn: 1 });
    expect(lib.entities.forArticle(sample.id).find((e) => e.id === putin.id)?.alsoIn).toBe(1);
    expect(
      lib
        .list({ entity: 'Putin' })
        .items.map((a) => a.id)
        .sort(),
    ).toEqual([sample.id, second.id].sort());
    const page = entityPage(lib, lib.entities, putin.id);
    expect(page.articles.map((a) => a.id)).toEqual([second.id, sample.id]);
    expect(page.related.map((r) => r.name)).toContain('Antalya');
    expect(lib.entities.top('person', 3)[0].name).toMatch(/Vladimir Putin|Barack Obama/);
    lib.close();
  });

  it('keeps corrections: rename, retype, merge, hide; and they apply to later articles', async () => {
    const home = tempDir();
    const lib = await Library.open({ home, resourcesDir });
    await lib.idle();
    const sample = lib.list().items[0];
    await lib.entities.rename('organization:white house', 'The White House');
    await lib.entities.retype('organization:group of 20', 'place');
    await lib.entities.merge('place:moscow', 'place:russia');
    await lib.entities.hide('place:france', true);
    lib.close();

    const again = await Library.open({ home, resourcesDir });
    const sidebar = again.entities.forArticle(sample.id);
    expect(sidebar.find((e) => e.id === 'organization:white house')?.name).toBe('The White House');
    expect(sidebar.find((e) => e.id === 'organization:group of 20')?.type).toBe('place');
    expect(sidebar.some((e) => e.id === 'place:moscow')).toBe(false);
    expect(sidebar.find((e) => e.id === 'place:russia')?.count).toBe(4); // 3 + Moscow's 1
    expect(sidebar.some((e) => e.name === 'France')).toBe(false);

    const later = await again.addFileContent(
      'later.txt',
      text('Later\n\nOfficials in Moscow and France reacted.'),
    );
    await again.idle();
    const names = again.entities.forArticle(later.id).map((e) => e.name);
    expect(names).toContain('Russia');
    expect(names).not.toContain('France');
    again.close();
  });

  it('forgets an article’s entities when it is deleted', async () => {
    const lib = await Library.open({ home: tempDir(), resourcesDir });
    await lib.idle();
    const sample = lib.list().items[0];
    await lib.delete(sample.id);
    expect(lib.entities.top(undefined, 10)).toEqual([]);
    lib.close();
  });
});
