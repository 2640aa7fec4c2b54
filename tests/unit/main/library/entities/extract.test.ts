import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../../src/shared/model';
import {
  extractEntities,
  normalizeEntityKey,
} from '../../../../../src/main/library/entities/extract';
import { sharedDir } from '../../../support/temp-home';

const seed = readFileSync(
  path.join(sharedDir, 'seed', 'isis-brings-putin-obama-together.txt'),
  'utf8',
);
const story = seed.trim().split('\n').slice(0, -1).join('\n');
const expected = JSON.parse(
  readFileSync(path.join(sharedDir, 'eval', 'seed-entities.json'), 'utf8'),
) as {
  entities: { name: string; type: EntityType; surface: string[] }[];
};

describe('entities of the sample article', () => {
  const found = extractEntities(story);

  it.each(expected.entities.map((e) => [e.name, e] as const))(
    'finds %s with its forms merged',
    (_name, e) => {
      const hit = found.find((f) => f.name === e.name);
      expect(hit, `${e.name} not found`).toBeDefined();
      expect(hit!.type).toBe(e.type);
      for (const surface of e.surface) {
        // A form seen only inside a longer one ("President Barack Obama" in "US President Barack
        // Obama") counts as merged through the longer one.
        expect(
          hit!.aliases.some((a) => a === surface || a.endsWith(` ${surface}`)),
          surface,
        ).toBe(true);
      }
    },
  );

  it('reports nothing else: no adjectives of nationality, no stray capitals', () => {
    const names = new Set(expected.entities.map((e) => e.name));
    expect(found.filter((f) => !names.has(f.name)).map((f) => f.name)).toEqual([]);
    for (const adjective of ['Syrian', 'Russian', 'Turkish', 'British', 'American']) {
      expect(found.some((f) => f.aliases.includes(adjective))).toBe(false);
    }
  });

  it('gives mention offsets into the text and orders by salience', () => {
    const obama = found.find((f) => f.name === 'Barack Obama')!;
    for (const m of obama.mentions) expect(story.slice(m.start, m.end)).toBe(m.surface);
    expect(found[0].name).toBe('Barack Obama');
  });
});

describe('rules', () => {
  it('strips possessives and titles, and joins a surname to the full name', () => {
    const e = extractEntities(
      'Chancellor Angela Merkel met reporters in Berlin. Merkel’s aides said Germany’s plan stands.',
    );
    expect(e.find((x) => x.name === 'Angela Merkel')).toMatchObject({ type: 'person', count: 2 });
    expect(e.find((x) => x.name === 'Germany')).toMatchObject({
      type: 'place',
      aliases: ['Germany'],
    });
    expect(e.find((x) => x.name === 'Berlin')?.type).toBe('place');
  });

  it('reads "IS" as Islamic State only next to other names of it', () => {
    expect(extractEntities('IS this the end? Nobody knows.').length).toBe(0);
  });

  it('applies corrections: an alias read as another entity, and hidden entities', () => {
    const e = extractEntities('Paris Hilton arrived. Paris was cold.', {
      corrections: {
        aliasTo: { paris: { name: 'Paris Hilton', type: 'person' } },
        hidden: ['place:paris'],
      },
    });
    expect(e.map((x) => x.name)).toEqual(['Paris Hilton']);
  });

  it('keys are stable across spellings of the same name', () => {
    expect(normalizeEntityKey('Bashar al-Assad', 'person')).toBe(
      normalizeEntityKey('bashar al assad', 'person'),
    );
    expect(normalizeEntityKey('Zürich', 'place')).toBe('place:zurich');
  });
});

/** Entity name → type, for short assertions. */
function types(text: string): Record<string, EntityType> {
  return Object.fromEntries(extractEntities(text).map((e) => [e.name, e.type]));
}

describe('news-wire text', () => {
  it('reads a capitals-only headline and dateline against the names in the body', () => {
    const e = extractEntities(
      'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN .\nLONDON 1996-08-30\nAlan Shearer was named the new England captain on Friday .',
    );
    expect(e.find((x) => x.name === 'Alan Shearer')).toMatchObject({
      type: 'person',
      aliases: expect.arrayContaining(['SHEARER', 'Alan Shearer']) as string[],
    });
    expect(Object.fromEntries(e.map((x) => [x.name, x.type]))).toEqual({
      'Alan Shearer': 'person',
      England: 'place',
      London: 'place',
    });
  });

  it('reads the towns in results rows of a sports story as teams', () => {
    expect(
      types(
        'SOCCER - SCOTTISH LEAGUE RESULTS .\nGLASGOW 1996-08-31\nResults of Scottish league matches on Saturday :\nFalkirk 2 Dundee 1\nHamilton 0 Clyde 3',
      ),
    ).toEqual({
      Glasgow: 'place',
      Falkirk: 'organization',
      Dundee: 'organization',
      Hamilton: 'organization',
      Clyde: 'organization',
    });
  });

  it('keeps places where a match is played, and countries, as places in a sports story', () => {
    expect(
      types(
        'CRICKET - DERBY BEAT BRISTOL .\nLONDON 1996-08-30\nDerby beat Bristol by 39 runs in Leicester on Friday as C. Lewis took four wickets for England .',
      ),
    ).toEqual({
      Derby: 'organization',
      Bristol: 'organization',
      London: 'place',
      Leicester: 'place',
      England: 'place',
      'C. Lewis': 'person',
    });
  });

  it('finds the person after a role, and splits "X of Y"', () => {
    expect(types('Agriculture Secretary Dan Glickman said the plan would work .')).toEqual({
      'Dan Glickman': 'person',
    });
    expect(
      types('" Growth is slowing , " said Lynn Reaser of Barnett Banks Inc in Jacksonville .'),
    ).toEqual({
      'Lynn Reaser': 'person',
      'Barnett Banks Inc': 'organization',
      Jacksonville: 'place',
    });
  });

  it('gives a name one type throughout a story, and never reads months or events as names', () => {
    const e = extractEntities(
      'Kurdish troops entered Arbil on Saturday . Fighting in Arbil went on , and troops in Arbil were shelled again in June before the World Cup .',
    );
    expect(e.map((x) => [x.name, x.type, x.count])).toEqual([['Arbil', 'place', 3]]);
  });
});

describe('people in one story', () => {
  it('reads a month as a date, but not in a name', () => {
    const e = extractEntities(
      'Theresa May met Arabs in Cairo in May . Mrs May said the talks went well .',
    );
    expect(e.map((x) => [x.name, x.type, x.count])).toEqual([
      ['Theresa May', 'person', 2],
      ['Cairo', 'place', 1],
    ]);
  });

  it('gives a name in a list the type of its neighbours', () => {
    expect(types('Tied on 70 : Mike Hulbert , Tiger Woods , Steve Jurgenson .')).toEqual({
      'Mike Hulbert': 'person',
      'Tiger Woods': 'person',
      'Steve Jurgenson': 'person',
    });
  });

  it('joins a first name alone to its full name, and keeps two people of one surname apart', () => {
    const e = extractEntities(
      'Fiona Parry said her daughter Eloise Parry fell ill on Sunday. Fiona called a doctor.',
    );
    expect(e.map((x) => [x.name, x.type, x.count])).toEqual([
      ['Fiona Parry', 'person', 2],
      ['Eloise Parry', 'person', 1],
    ]);
  });
});

describe('modern web text', () => {
  it('reads acronyms of things, languages and words of belief as no names', () => {
    expect(
      types(
        'The console has an 8-core CPU, 12GB of RAM, a USB port and HDR. Files are saved as PDF or JSON over HTTP. Tunisian Islamist groups and North African militants spoke English. We’re told that Uber raised prices.',
      ),
    ).toEqual({ Uber: 'organization' });
  });

  it('takes an acronym used as a common noun for none, and keeps one used as a name', () => {
    expect(
      types(
        'An FPGA is a chip; the board has two FPGAs. HDR (high dynamic range) looks great. NATO said the plan was sound, and a NATO spokesman agreed.',
      ),
    ).toEqual({ NATO: 'organization' });
  });

  it('needs more than one preposition to make an unknown word a place', () => {
    const e = types(
      'Verizon bought Zorbix. The Zorbix sale closes soon. Zorbix shareholders vote, and investors in Zorbix wait. Fighting in Kaitaia went on.',
    );
    expect(e['Zorbix']).toBeUndefined();
    expect(e['Kaitaia']).toBe('place');
    // An everyday word is never a place by a preposition alone.
    expect(types('The body is read in Response to a request.')).toEqual({});
  });

  it('takes products for no entities, and their makers for organisations', () => {
    expect(
      types(
        'The Xbox One X beats the Vision Pro. Firefox 39 ships the Fetch API; the Firefox browser is fast and Firefox Mobile too. Sony’s PlayStation VR and the Meta Quest Pro compete, as does the Samsung Galaxy.',
      ),
    ).toEqual({ Sony: 'organization', Meta: 'organization', Samsung: 'organization' });
  });

  it('reads a tally or a share price as no model number', () => {
    expect(types('Barack Obama led the poll: Obama 51, John McCain 47.')).toEqual({
      'Barack Obama': 'person',
      'John McCain': 'person',
    });
  });

  it('takes a whole quotation for the title of a work', () => {
    expect(
      types('“Job Simulator” ($30) and “Eve Valkyrie” ($60) were made by Owlchemy Labs.'),
    ).toEqual({
      'Owlchemy Labs': 'organization',
    });
  });

  it('leaves code identifiers and foreign articles out', () => {
    expect(
      types('Call Response.error() to fail. La CNIL a rendu son avis, said Christiane Taubira.'),
    ).toEqual({ CNIL: 'organization', 'Christiane Taubira': 'person' });
  });

  it('merges surname forms with particles, and short forms of organisations', () => {
    const e = extractEntities(
      'The philosopher Luis de Miranda wrote a book. Even de Miranda admits it. De Miranda says so. The New Zealand Department of Conservation counted whales, and the Department of Conservation agreed. Omar Hassan al-Bashir ruled. Mr. Bashir stayed.',
    );
    expect(e.map((x) => [x.name, x.type, x.count])).toEqual(
      expect.arrayContaining([
        ['Luis de Miranda', 'person', 3],
        ['New Zealand Department of Conservation', 'organization', 2],
        ['Omar Hassan al-Bashir', 'person', 2],
      ]),
    );
    expect(e).toHaveLength(3);
  });

  it('gives a lone surname to the first person named with it', () => {
    const e = extractEntities(
      'Hori Parata watched the whales. Parata is 75. His son, Te Kaurinui Parata, carves. Parata said the sea is changing.',
    );
    expect(e.find((x) => x.name === 'Hori Parata')?.count).toBe(3);
  });

  it('reads no model, acronym or inner capital as part of a person’s or a place’s name', () => {
    expect(
      types(
        'It renders with the HTML5 Canvas and a PS4 Pro. Silego ZIF parts sell well. Work is done in GreenPak Designer. Anyone can see Mitchell Baker or Ray McDonald.',
      ),
    ).toEqual({ 'Mitchell Baker': 'person', 'Ray McDonald': 'person' });
  });

  it('reads no name after "the" as a person', () => {
    expect(
      types('Already a hit on the Oculus Rift, the game sold well, said Ben Silverman.'),
    ).toEqual({
      'Ben Silverman': 'person',
    });
  });

  it('splits a known organisation from the role after it, and a place from a credit', () => {
    expect(
      types('Snapchat CEO Evan Spiegel said no. The Moulin Rouge cabaret in Paris Benoit Tessier'),
    ).toEqual(
      expect.objectContaining({
        Snapchat: 'organization',
        'Evan Spiegel': 'person',
        Paris: 'place',
        'Benoit Tessier': 'person',
      }),
    );
  });

  it('reads events, streets and regions by their first word', () => {
    expect(
      types(
        'After Hurricane Sandy a barbershop opened on Boulevard Montmartre, said West Mercia police. Fans of Miami Beach came.',
      ),
    ).toEqual({ 'Boulevard Montmartre': 'place', 'West Mercia': 'place', 'Miami Beach': 'place' });
  });
});
