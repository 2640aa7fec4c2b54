// The documents worker thread (built to out/main/documents-worker.js): feed parsing and HTML to
// document conversion, so a refresh or a capture does not stall the Library's thread.
import { parentPort } from 'node:worker_threads';
import { collectWhenQuiet } from '../idle-collection';
import { documentJobs } from './jobs';
import { errorToWire, type DocumentRequest, type DocumentResponse } from './protocol';

const quiet = collectWhenQuiet();

parentPort?.on('message', (m: DocumentRequest) => {
  let response: DocumentResponse;
  try {
    const run = documentJobs[m.job] as (...args: unknown[]) => unknown;
    response = { id: m.id, result: run(...m.args) };
  } catch (error) {
    response = { id: m.id, error: errorToWire(error) };
  }
  parentPort?.postMessage(response);
  quiet.busy();
});
