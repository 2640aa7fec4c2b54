// Atomic, durable file replacement: a reader sees the old file or the new one, never a mix, and once
// writeDurable() resolves the new content survives a crash or power loss.
import { promises as fs, constants } from 'node:fs';
import path from 'node:path';

let counter = 0;

async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open directories for fsync; rename there is already durable enough.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

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
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, file);
  await fsyncDir(dir);
}
