// The naive comparison for storage: one lowdb file holding the whole library (every store of the
// home merged into one object, and, where one JSON string can hold them, the bodies too), with one
// small change written, as lowdb is usually used. Compared with the sharded store's mark-read.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { HomeLayout } from '../../src/main/library/home';
import { percentile, timeEach } from './percentiles';

/** V8 cannot build a string over ~512 MB (2^29 - 24 characters); leave room for the rest. */
const MAX_JSON_CHARS = 400 * 1024 * 1024;

export interface NaiveStoreResult {
  /** One small change written, metadata only (articles, entities, comments, settings …). */
  metadataWriteMs: number;
  metadataMb: number;
  /** The same with every body inside, or null with the reason. */
  withBodiesWriteMs: number | null;
  withBodiesNote: string | null;
}

type Everything = Record<string, unknown> & { articles: Record<string, { read: boolean }> };

function everythingIn(layout: HomeLayout): Everything {
  const all: Everything = { articles: {} };
  for (const name of readdirSync(layout.db).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(path.join(layout.db, name), 'utf8')) as {
      articles?: Everything['articles'];
    };
    if (data.articles) Object.assign(all.articles, data.articles);
    else all[name] = data;
  }
  return all;
}

async function timeOneChange(data: Everything, dir: string, name: string): Promise<number> {
  const db = new Low<Everything>(new JSONFile(path.join(dir, name)), data);
  await db.write();
  const ids = Object.keys(data.articles).slice(0, 5);
  const times = await timeEach(ids, async (id) => {
    db.data.articles[id].read = !db.data.articles[id].read;
    await db.write();
  });
  return percentile(times, 50);
}

export async function measureNaiveStore(
  layout: HomeLayout,
  bodyBytes: number,
): Promise<NaiveStoreResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bench-lowdb-'));
  try {
    const data = everythingIn(layout);
    const metadataMb = JSON.stringify(data).length / 1e6;
    const metadataWriteMs = await timeOneChange(data, dir, 'library.json');
    if (bodyBytes + metadataMb * 1e6 > MAX_JSON_CHARS) {
      return {
        metadataWriteMs,
        metadataMb,
        withBodiesWriteMs: null,
        withBodiesNote: `bodies (${Math.round(bodyBytes / 1e6)} MB) do not fit in one JSON string (V8 max ~512 MB)`,
      };
    }
    const bodies: Record<string, { html: string; text: string }> = {};
    for (const id of Object.keys(data.articles)) {
      bodies[id] = {
        html: readFileSync(path.join(layout.bodies, `${id}.html`), 'utf8'),
        text: readFileSync(path.join(layout.bodies, `${id}.txt`), 'utf8'),
      };
    }
    const withBodiesWriteMs = await timeOneChange({ ...data, bodies }, dir, 'with-bodies.json');
    return { metadataWriteMs, metadataMb, withBodiesWriteMs, withBodiesNote: null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
