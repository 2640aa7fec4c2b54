// Kill -9 at random moments while a child process writes: the store always opens, nothing is
// reported as damaged, and every acknowledged write is there.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../../../src/main/library/library';
import { tempDir } from '../../../support/temp-home';

const ROUNDS_PER_LANE = Number(process.env.BROADSHEET_CRASH_ROUNDS ?? 110);
const LANES = 2; // two homes at once, one per core
let writer = '';

beforeAll(async () => {
  // Bundled once so each round starts in milliseconds instead of compiling TypeScript.
  writer = path.join(tempDir('broadsheet-writer-'), 'writer.mjs');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'fixtures', 'writer.ts')],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
});

interface Acks {
  comments: string[];
  articles: Map<string, string>;
  progress: number | null;
}

function runAndKill(home: string, lane: number, round: number, killAfterMs: number): Promise<Acks> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, home, String(lane), String(round)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Acks = { comments: [], articles: new Map(), progress: null };
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [, kind, label, value] = line.split(' ');
        if (kind === 'comment') acks.comments.push(label);
        if (kind === 'article') acks.articles.set(label, value);
        if (kind === 'progress') acks.progress = Number(value);
        // The clock starts at the first acknowledged write, so every round kills mid-work.
        timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited with ${code}: ${stderr}`));
      else resolve(acks);
    });
  });
}

async function lane(laneNo: number): Promise<number> {
  const home = tempDir();
  const comments = new Set<string>();
  const articles = new Map<string, string>();
  let rounds = 0;
  for (let round = 0; round < ROUNDS_PER_LANE; round++) {
    const acks = await runAndKill(home, laneNo, round, Math.floor(Math.random() * 60));
    acks.comments.forEach((c) => comments.add(c));
    acks.articles.forEach((id, label) => articles.set(label, id));

    const library = await Library.open({ home });
    try {
      expect(library.notices).toEqual([]);
      const base = library.list({ limit: 100_000 }).items.find((a) => a.title === 'Base');
      expect(base).toBeDefined();
      const stored = new Set((await library.comments.threads(base!.id)).map((c) => c.body));
      for (const label of comments) expect(stored.has(label), `comment ${label}`).toBe(true);
      for (const [label, id] of articles) {
        expect(library.get(id).title, `article ${label}`).toBe(`Article ${label}`);
        expect(await library.text(id)).toContain(`Body of ${label}.`);
      }
    } finally {
      library.close();
    }
    rounds++;
  }
  return rounds;
}

describe('durability under kill -9', () => {
  it(`never loses an acknowledged write over ${ROUNDS_PER_LANE * LANES} kills`, async () => {
    const rounds = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    const total = rounds.reduce((a, b) => a + b, 0);
    console.log(`kill -9 rounds: ${total}`);
    expect(total).toBe(ROUNDS_PER_LANE * LANES);
  }, 600_000);
});
