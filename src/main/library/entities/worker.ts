// The entity extraction worker thread (built to out/main/entities-worker.js).
import { parentPort } from 'node:worker_threads';
import { collectWhenQuiet } from '../idle-collection';
import { extractEntities, type ExtractOptions } from './extract';

const quiet = collectWhenQuiet();

parentPort?.on('message', (m: { id: number; text: string; options?: ExtractOptions }) => {
  try {
    parentPort?.postMessage({ id: m.id, entities: extractEntities(m.text, m.options) });
  } catch (error) {
    parentPort?.postMessage({ id: m.id, error: (error as Error).message });
  }
  quiet.busy();
});
