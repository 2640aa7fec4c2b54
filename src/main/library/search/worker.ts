// The search worker thread (built to out/main/search-worker.js): the index lives here, so building,
// loading and saving it never stall the Library's thread.
import { parentPort } from 'node:worker_threads';
import { InProcessSearchIndex } from './host';
import type { SearchRequest } from './protocol';

const index = new InProcessSearchIndex();

function run(request: SearchRequest): Promise<unknown> {
  switch (request.op) {
    case 'add':
      return index.add(...request.args);
    case 'update':
      return index.update(...request.args);
    case 'remove':
      return index.remove(...request.args);
    case 'search':
      return index.search(...request.args);
    case 'fingerprints':
      return index.fingerprints();
    case 'stats':
      return index.stats();
    case 'clear':
      return index.clear();
    case 'save':
      return index.save(...request.args);
    case 'load':
      return index.load(...request.args);
    case 'export':
      return index.export();
    case 'import':
      return index.import(...request.args);
  }
}

parentPort?.on('message', (request: SearchRequest) => {
  run(request).then(
    (result) => parentPort?.postMessage({ id: request.id, result }),
    (error: Error) => parentPort?.postMessage({ id: request.id, error: error.message }),
  );
});
