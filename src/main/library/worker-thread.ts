// Starting a worker thread from a built script (the app) or from a TypeScript source (tests, which
// run without a build): for a .ts script, tsx is registered inside the worker first — on Node 20,
// `execArgv: ['--import', 'tsx']` does not reach a worker's entry module.
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(script: string | URL, options: WorkerOptions = {}): Worker {
  if (!String(script).endsWith('.ts')) return new Worker(script, options);
  const href = script instanceof URL ? script.href : pathToFileURL(script).href;
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); ` +
      `return import(${JSON.stringify(href)}); });`,
    { ...options, eval: true },
  );
}
