#!/usr/bin/env node
// The `broadsheet` command: runs the built CLI door.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('broadsheet: the command is not built yet; run `npm run build` first.\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
