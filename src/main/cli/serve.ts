// broadsheet serve: web mode on the loopback interface.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { BroadsheetError } from '../library/errors';
import { Library } from '../library/library';
import { defaultHome, rendererDir, resourcesDir, workers } from '../paths';
import { scheduleFeedRefresh } from '../feed-schedule';
import { afterStartup } from '../after-startup';
import { startWebServer } from '../web';
import { parseCount } from './articles';
import type { GlobalOptions } from './context';

export function registerServeCommand(program: Command, globals: () => GlobalOptions): void {
  program
    .command('serve')
    .description('web mode: serve the app on 127.0.0.1 and print the URL to open')
    .option('--port <n>', 'port to listen on (default: any free port)', parseCount)
    .action(async (opts: { port?: number }) => {
      if (!existsSync(path.join(rendererDir, 'index.html'))) {
        throw new BroadsheetError(
          'not-found',
          'The app is not built yet: run `npm run build` first.',
        );
      }
      const g = globals();
      const home = path.resolve(g.home ?? defaultHome());
      // The address is given out while the library opens: the page loads in the meantime.
      const opening = Library.open({ home, resourcesDir, workers });
      const server = await startWebServer({ library: opening, rendererDir, port: opts.port });
      if (g.json) process.stdout.write(`${JSON.stringify({ url: server.url, home })}\n`);
      else
        process.stdout.write(
          `Broadsheet is running. Open ${server.url}\n(library: ${home}; Ctrl+C to stop)\n`,
        );
      const library = await opening.catch(async (error: unknown) => {
        await server.close();
        throw error;
      });
      for (const notice of library.notices) process.stderr.write(`broadsheet: ${notice}\n`);
      const stopFeeds = scheduleFeedRefresh(library);
      library.search(); // follow every change from the start
      afterStartup(library);
      const stop = (): void => {
        stopFeeds();
        void server
          .close()
          .then(() => library.shutdown())
          .finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await new Promise(() => undefined); // serve until stopped
    });
}
