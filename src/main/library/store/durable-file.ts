// Atomic, durable file replacement: a reader sees the old file or the new one, never a mix, and once
// writeDurable() resolves the new content survives a crash or power loss.
import { promises as fs, constants } from 'node:fs';
import path from 'node:path';

let counter = 0;

async function fsyncDirNow(dir: string): Promise<void> {
  // Windows cannot open directories for fsync; rename there is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

interface DirSync {
  running: Promise<void>;
  /** Callers that came while `running` was in flight: one more fsync, started after it, covers all. */
  next: Promise<void> | null;
}
const dirSyncs = new Map<string, DirSync>();

function startDirSync(dir: string): Promise<void> {
  const state: DirSync = { running: fsyncDirNow(dir), next: null };
  dirSyncs.set(dir, state);
  void state.running
    .catch(() => undefined)
    .then(() => {
      if (dirSyncs.get(dir) === state && state.next === null) dirSyncs.delete(dir);
    });
  return state.running;
}

/**
 * Makes the names created in `dir` so far durable. Group commit: a feed's items are saved together,
 * and each new file would otherwise cost its own directory fsync.
 */
export function fsyncDir(dir: string): Promise<void> {
  const state = dirSyncs.get(dir);
  if (!state) return startDirSync(dir);
  // The fsync in flight may have started before this caller's rename: the next one covers it.
  state.next ??= state.running.catch(() => undefined).then(() => startDirSync(dir));
  return state.next;
}

/** Folders known to exist, so a burst of new files does not ask for each one. */
const madeDirs = new Set<string>();

export function backupPath(file: string): string {
  return `${file}.bak`;
}

/**
 * Replace `file` with `data`: write a temp file, fsync it, keep the previous version as `file.bak`
 * (a hard link, so no copy), rename the temp file over `file`, fsync the folder.
 */
export async function writeDurable(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await keepPrevious(file);
  await fs.rename(tmp, file);
  await fsyncDir(dir);
}

async function keepPrevious(file: string): Promise<void> {
  const bakTmp = `${backupPath(file)}.tmp`;
  await fs.rm(bakTmp, { force: true });
  try {
    await fs.link(file, bakTmp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // first write: nothing to keep
    // File systems without hard links: fall back to a copy.
    await fs.copyFile(file, bakTmp);
  }
  await fs.rename(bakTmp, backupPath(file));
}

/** Write a file that is never rewritten in place (cache bodies, images): temp + fsync + rename. */
export async function writeOnce(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  if (!madeDirs.has(dir)) {
    await fs.mkdir(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  const handle = await fs.open(tmp, 'w').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    await fs.mkdir(dir, { recursive: true }); // removed since (a test's temp home, a reset)
    return fs.open(tmp, 'w');
  });
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  await fsyncDir(dir);
}
