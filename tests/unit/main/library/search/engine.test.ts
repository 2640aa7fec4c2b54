import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../../../../src/main/library/search/doc';
import { SearchEngine } from '../../../../../src/main/library/search/engine';
import { resourcesDir } from '../../../support/temp-home';

const sampleText = readFileSync(
  path.join(resourcesDir, 'isis-brings-putin-obama-together.txt'),
  'utf8',
);

function doc(id: string, fields: Partial<SearchDoc>): SearchDoc {
  return {
    id,
    fingerprint: id,
    title: '',
    tags: [],
    entities: [],
    meta: '',
    comments: [],
    text: '',
    ...fields,
  };
}

function library(): SearchEngine {
  const engine = new SearchEngine();
  engine.add(doc('sample', { title: 'ISIS Brings Putin, Obama together', text: sampleText }));
  engine.add(
    doc('garden', {
      title: 'Roses in a cold spring',
      tags: ['Gardening'],
      meta: 'Jane Marple\nThe Village Gazette',
      comments: ['Try the aspidistra'],
      text: 'Frost came late this year. A neighbour said even President Obama grows tomatoes.',
    }),
  );
  engine.add(doc('empty', { title: 'Nothing to see', text: 'Quiet day.' }));
  return engine;
}

const ids = (engine: SearchEngine, q: string) => engine.search(q, 10).hits.map((h) => h.id);

describe('SearchEngine', () => {
  it('ranks a title hit above a body hit, and says which fields matched', () => {
    const { hits } = library().search('obama', 10);
    expect(hits.map((h) => h.id)).toEqual(['sample', 'garden']);
    expect(hits[0].fields).toContain('title');
    expect(hits[1].fields).toEqual(['text']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('matches the word being typed as a prefix, in titles and in bodies', () => {
    const engine = library();
    expect(ids(engine, 'obam')).toEqual(['sample', 'garden']);
    expect(ids(engine, 'antal')).toEqual(['sample']); // "Antalya" is only in the body
    expect(ids(engine, 'toma')).toEqual(['garden']);
    expect(ids(engine, 'xylophone')).toEqual([]);
  });

  it('forgives one typo, and reports the corrected word for highlighting', () => {
    const engine = library();
    const obsma = engine.search('Obsma', 10);
    expect(obsma.hits[0].id).toBe('sample');
    expect(obsma.terms).toContain('obama');
    expect(ids(engine, 'Putn')[0]).toBe('sample');
    expect(ids(engine, 'Ptuin')[0]).toBe('sample');
  });

  it('needs every word when some document has them all', () => {
    const engine = library();
    expect(ids(engine, 'obama tomatoes')).toEqual(['garden']);
    expect(ids(engine, 'obama putin')).toEqual(['sample']);
  });

  it('answers a query the same whatever was asked before it', () => {
    const fresh = (q: string) => library().search(q, 10);
    const engine = library();
    for (const q of ['o', 'obama tomatoes', 'Obsma', 'gardening', 'xylophone', 'ob', 'quiet']) {
      expect(engine.search(q, 10)).toEqual(fresh(q));
    }
    // A word matched in the body, then one in the title: fields in the order they matched.
    expect(engine.search('tomatoes roses', 10).hits[0].fields).toEqual(['text', 'title']);
  });

  it('searches tags, comments and bylines', () => {
    const engine = library();
    expect(engine.search('gardening', 10).hits[0]).toMatchObject({
      id: 'garden',
      fields: ['tags'],
    });
    expect(engine.search('aspidistra', 10).hits[0]).toMatchObject({ fields: ['comments'] });
    expect(engine.search('marple', 10).hits[0]).toMatchObject({ fields: ['meta'] });
    expect(engine.search('gazette', 10).hits[0].id).toBe('garden');
  });

  it('updates only what changed, keeps the body, and forgets removed documents', () => {
    const engine = library();
    engine.update(
      doc('garden', { title: 'Roses in a cold spring', tags: ['Allotment'], text: undefined }),
    );
    expect(ids(engine, 'gardening')).toEqual([]);
    expect(ids(engine, 'allotment')).toEqual(['garden']);
    expect(ids(engine, 'tomatoes')).toEqual(['garden']); // body kept
    expect(ids(engine, 'aspidistra')).toEqual([]); // the comment went with the update
    engine.remove('sample');
    expect(ids(engine, 'putin')).toEqual([]);
    expect(engine.stats()).toMatchObject({ docs: 2, dead: 1 });
  });

  it('exports and imports to the same answers', () => {
    const engine = library();
    engine.remove('empty');
    const files = engine.export();
    expect(files[0].name).toBe('engine');
    const copy = new SearchEngine();
    copy.import(files);
    for (const q of ['obam', 'Obsma', 'gardening', 'antalya', 'quiet']) {
      expect(copy.search(q, 10)).toEqual(engine.search(q, 10));
    }
    expect(copy.fingerprints()).toEqual(engine.fingerprints());
    copy.add(doc('new', { title: 'Obama returns', text: 'He returns.' }));
    expect(ids(copy, 'obama')[0]).toBe('new');
  });

  it('refuses parts from another engine version', () => {
    const files = library().export();
    const meta = JSON.parse(files[0].data) as { version: number };
    files[0] = { name: 'engine', data: JSON.stringify({ ...meta, version: meta.version + 1 }) };
    expect(() => new SearchEngine().import(files)).toThrow(/version/);
  });
});
