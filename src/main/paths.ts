// Where a door finds the library home and the bundled resources.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Broadsheet';

/** The same folder Electron's userData resolves to, so the app, the CLI and web mode share it. */
export function defaultHome(): string {
  if (process.env.BROADSHEET_HOME) return path.resolve(process.env.BROADSHEET_HOME);
  const home = os.homedir();
  if (process.platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', APP_NAME);
  if (process.platform === 'win32') {
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** The folder with package.json above this module, wherever the bundler put it (src/ or out/). */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '..', '..');
  }
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
export const resourcesDir = path.join(projectRoot, 'resources');
export const rendererDir = path.join(projectRoot, 'out', 'renderer');

/** Built worker scripts (absent when running from source: then the work runs in process). */
const builtMain = path.join(projectRoot, 'out', 'main');
function built(name: string): string | null {
  const file = path.join(builtMain, name);
  return existsSync(file) ? file : null;
}
export const workers = {
  entities: built('entities-worker.js'),
  search: built('search-worker.js'),
  documents: built('documents-worker.js'),
};
