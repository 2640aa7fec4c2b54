import { describe, expect, it } from 'vitest';
import type { EntityNote } from '../../../../src/shared/model';
import { cli, cliJson } from '../../support/cli';
import { tempDir } from '../../support/temp-home';

describe('broadsheet entity', () => {
  it('adds a note and shows the entity with its articles, company and notes', () => {
    const home = tempDir();
    cli(['--home', home, 'list']); // the first run saves the sample and extracts its entities
    const note = cliJson<EntityNote>(['--home', home, 'entity', 'Putin', '--note', 'Watch him.']);
    expect(note).toMatchObject({ entityId: 'person:vladimir putin', body: 'Watch him.' });
    const page = cliJson<{
      entity: { name: string };
      articles: unknown[];
      related: { name: string }[];
      notes: EntityNote[];
    }>(['--home', home, 'entity', 'person:vladimir putin']);
    expect(page.entity.name).toBe('Vladimir Putin');
    expect(page.articles).toHaveLength(1);
    expect(page.related.map((r) => r.name)).toContain('Barack Obama');
    expect(page.notes.map((n) => n.body)).toEqual(['Watch him.']);
    const text = cli(['--home', home, 'entity', 'Vladimir Putin']).stdout;
    expect(text).toContain('Notes:');
    expect(text).toContain('Watch him.');
  });

  it('refuses an unknown entity and an empty note, changing nothing', () => {
    const home = tempDir();
    cli(['--home', home, 'list']);
    const unknown = cli(['--home', home, 'entity', 'Nobody At All']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No entity/);
    const empty = cli(['--home', home, 'entity', 'Putin', '--note', '  ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/cannot be empty/);
  });
});
