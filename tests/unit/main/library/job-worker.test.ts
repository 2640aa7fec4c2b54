// The parser workers' life: started by a request, kept while requests come, gone after a spell
// without any, and started again by the next one. The real documents worker, from source.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentResponse } from '../../../../src/main/library/documents/protocol';
import { JobWorker } from '../../../../src/main/library/job-worker';
import { projectRoot } from '../../../../src/main/paths';

const documents = path.join(projectRoot, 'src/main/library/documents/worker.ts');
const page = (n: number) =>
  `<html><head><title>Page ${n}</title></head><body><article><h1>Page ${n}</h1><p>${'A paragraph long enough to read as an article. '.repeat(20)}</p></article></body></html>`;
const pageJob = (n: number) => ({ job: 'page', args: [page(n), `http://127.0.0.1/${n}`] });
const title = (reply: DocumentResponse) =>
  reply.error === undefined ? (reply.result as { title: string }).title : reply.error.message;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(done: () => boolean, timeoutMs = 10_000): Promise<void> {
  for (const started = Date.now(); !done(); await sleep(20)) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
  }
}

describe('a job worker', () => {
  let worker: JobWorker<DocumentResponse> | null = null;
  afterEach(() => worker?.close());

  it('exits after the idle time, and the next request starts it again', async () => {
    worker = new JobWorker(documents, { idleMs: 300, name: 'documents worker' });
    expect(worker.threadId).toBeNull(); // nothing starts before the first request
    expect(title(await worker.send(pageJob(1)))).toBe('Page 1');
    const first = worker.threadId;
    expect(first).not.toBeNull();
    const answeredAt = Date.now();
    await until(() => worker?.threadId === null);
    expect(Date.now() - answeredAt).toBeGreaterThanOrEqual(280);
    expect(title(await worker.send(pageJob(2)))).toBe('Page 2');
    expect(worker.threadId).not.toBeNull();
    expect(worker.threadId).not.toBe(first);
  });

  it('stays while requests keep coming within the idle time', async () => {
    worker = new JobWorker(documents, { idleMs: 400, name: 'documents worker' });
    await worker.send(pageJob(0));
    const thread = worker.threadId;
    for (let n = 1; n <= 8; n++) {
      await sleep(150); // 1.2 s in all, three times the idle time
      expect(title(await worker.send(pageJob(n)))).toBe(`Page ${n}`);
      expect(worker.threadId).toBe(thread);
    }
  });

  it('answers requests sent together, each with its own reply', async () => {
    worker = new JobWorker(documents, { idleMs: 0, name: 'documents worker' });
    const replies = await Promise.all([1, 2, 3, 4].map((n) => worker!.send(pageJob(n))));
    expect(replies.map(title)).toEqual(['Page 1', 'Page 2', 'Page 3', 'Page 4']);
  });

  it('a request in flight when it is closed fails with a message saying so', async () => {
    worker = new JobWorker(documents, { idleMs: 60_000, name: 'documents worker' });
    const sent = worker.send(pageJob(1));
    await worker.close();
    await expect(sent).rejects.toThrow('The documents worker was closed.');
    expect(worker.threadId).toBeNull();
  });
});
