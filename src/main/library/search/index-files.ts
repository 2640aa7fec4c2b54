// The search index on disk: the engine's exported parts, packed into files of up to 16 MB in a
// folder of their own (one "generation"), and `current.json` naming the generation with each
// file's size and SHA-256. A save writes a whole new generation and then replaces current.json
// atomically, so a crash leaves the previous index or the new one, never a mix; a damaged or
// foreign file fails the checksum and the index is rebuilt instead of loaded.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeOnce } from '../store/durable-file';
import { ENGINE_VERSION, SearchEngine } from './engine';

const FORMAT = 1;
const PART_BYTES = 16 * 1024 * 1024;
const CURRENT = 'current.json';
const GENERATION = /^index-[a-z0-9-]+$/;

interface PartEntry {
  file: string;
  bytes: number;
  sha256: string;
}
interface Current {
  format: number;
  engine: number;
  generation: string;
  savedAt: string;
  parts: PartEntry[];
}

export interface SaveInfo {
  bytes: number;
  files: number;
  ms: number;
}

export type LoadResult = { engine: SearchEngine } | { engine: null; reason: string };

let counter = 0;

export async function saveIndex(engine: SearchEngine, dir: string): Promise<SaveInfo> {
  const started = performance.now();
  const generation = `index-${Date.now().toString(36)}-${process.pid}-${counter++}`;
  const genDir = path.join(dir, generation);
  await fs.mkdir(genDir, { recursive: true });
  const parts: PartEntry[] = [];
  let lines: string[] = [];
  let size = 0;
  const flush = async () => {
    if (!lines.length) return;
    const data = Buffer.from(lines.join(''), 'utf8');
    lines = [];
    size = 0;
    const file = `part-${String(parts.length).padStart(4, '0')}.jsonl`;
    await writeOnce(path.join(genDir, file), data);
    parts.push({
      file,
      bytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
  };
  try {
    // One line per part: "name<TAB>json" (JSON never holds a raw tab or newline).
    await engine.exportTo(async (name, data) => {
      lines.push(`${name}\t${data}\n`);
      size += data.length;
      if (size >= PART_BYTES) await flush();
    });
    await flush();
    const current: Current = {
      format: FORMAT,
      engine: ENGINE_VERSION,
      generation,
      savedAt: new Date().toISOString(),
      parts,
    };
    await writeOnce(path.join(dir, CURRENT), JSON.stringify(current));
  } catch (error) {
    await fs.rm(genDir, { recursive: true, force: true });
    throw error;
  }
  await removeOtherGenerations(dir, generation);
  return {
    bytes: parts.reduce((sum, p) => sum + p.bytes, 0),
    files: parts.length,
    ms: Math.round(performance.now() - started),
  };
}

async function removeOtherGenerations(dir: string, keep: string): Promise<void> {
  for (const name of await fs.readdir(dir)) {
    if (name !== keep && GENERATION.test(name)) {
      await fs.rm(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

function parseCurrent(raw: string): Current {
  const c = JSON.parse(raw) as Partial<Current>;
  if (c.format !== FORMAT) throw new Error(`unknown index format ${c.format}`);
  if (c.engine !== ENGINE_VERSION) throw new Error(`index from engine version ${c.engine}`);
  if (typeof c.generation !== 'string' || !GENERATION.test(c.generation)) {
    throw new Error('bad generation');
  }
  if (!Array.isArray(c.parts)) throw new Error('no parts');
  return c as Current;
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/** The file's bytes in `buffer`, or an error if it does not hold exactly `bytes`. */
async function readExactly(file: string, buffer: Buffer, bytes: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size !== bytes) throw new Error(`${path.basename(file)} is damaged`);
    let read = 0;
    while (read < bytes) {
      const { bytesRead } = await handle.read(buffer, read, bytes - read, read);
      if (!bytesRead) throw new Error(`${path.basename(file)} is short`);
      read += bytesRead;
    }
    return buffer.subarray(0, bytes);
  } finally {
    await handle.close();
  }
}

/**
 * The saved index as a new engine, or why it cannot be used (none saved, another version, a
 * damaged file). `pause` runs between files so that queries are answered meanwhile.
 */
export async function loadIndex(dir: string, pause: () => Promise<void>): Promise<LoadResult> {
  let current: Current;
  try {
    current = parseCurrent(await fs.readFile(path.join(dir, CURRENT), 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { engine: null, reason: missing ? 'none' : `unreadable: ${(error as Error).message}` };
  }
  try {
    const engine = new SearchEngine();
    // One read buffer for every file, and a string per line only: a whole file as a string, and
    // a fresh buffer per file, left holes in the heap that stayed resident (~100 MB at 100k).
    const largest = Math.max(0, ...current.parts.map((p) => p.bytes));
    const buffer = Buffer.allocUnsafeSlow(Number.isSafeInteger(largest) ? largest : 0);
    for (const part of current.parts) {
      const file = path.join(dir, current.generation, path.basename(part.file));
      const data = await readExactly(file, buffer, part.bytes);
      const sha = createHash('sha256').update(data).digest('hex');
      if (sha !== part.sha256) throw new Error(`${part.file} is damaged`);
      for (let at = 0; at < data.length;) {
        let end = data.indexOf(NEWLINE, at);
        if (end < 0) end = data.length;
        const tab = data.indexOf(TAB, at);
        if (tab <= at || tab >= end) throw new Error(`${part.file}: malformed line`);
        engine.importPart(data.toString('utf8', at, tab), data.toString('utf8', tab + 1, end));
        at = end + 1;
      }
      await pause();
    }
    engine.finishImport();
    return { engine };
  } catch (error) {
    return { engine: null, reason: `damaged: ${(error as Error).message}` };
  }
}
