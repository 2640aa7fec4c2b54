// Temp homes for tests: real folders, removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..', '..');
export const resourcesDir = path.join(projectRoot, 'resources');
export const sharedDir = path.resolve(projectRoot, '..', 'shared');

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

export function tempDir(prefix = 'broadsheet-test-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}
