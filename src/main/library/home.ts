// Where a library keeps its files. One place names them all.
import path from 'node:path';

export interface HomeLayout {
  home: string;
  meta: string;
  db: string;
  settings: string;
  bodies: string;
  images: string;
  entityCorrections: string;
  entityNotes: string;
  imageRefs: string;
  feeds: string;
  cache: string;
}

export function homeLayout(home: string): HomeLayout {
  const db = path.join(home, 'db');
  return {
    home,
    meta: path.join(home, 'library.json'),
    db,
    settings: path.join(db, 'settings.json'),
    bodies: path.join(home, 'cache', 'articles'),
    images: path.join(home, 'cache', 'images'),
    entityCorrections: path.join(db, 'entity-corrections.json'),
    entityNotes: path.join(db, 'entity-notes.json'),
    imageRefs: path.join(db, 'image-refs.json'),
    feeds: path.join(db, 'feeds.json'),
    cache: path.join(home, 'cache'),
  };
}
