#!/usr/bin/env node
// `npm start`: build if needed and open the desktop app. Electron's binary is not part of the npm
// package; where it is missing, say how to get it instead of failing with a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
    const bin = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name);
    return existsSync(bin) ? bin : null;
  }
  if (!existsSync(pathFile)) return null;
  const bin = join(pkg, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(bin) ? bin : null;
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    [
      "Broadsheet's desktop app needs Electron's binary, which is not installed here (npm does not",
      'download it). On a machine with internet access, run `npx install-electron` once, then',
      '`npm start` again. Meanwhile, `npm run web` runs the same app in your browser.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
