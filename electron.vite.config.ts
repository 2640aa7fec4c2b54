import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './src/shared/csp';

/** The renderer's CSP comes from the same constant web mode sends as a header. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'broadsheet-csp',
    transformIndexHtml: (html) =>
      html.replace('%CONTENT_SECURITY_POLICY%', CONTENT_SECURITY_POLICY),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          cli: resolve('src/main/cli.ts'),
          'entities-worker': resolve('src/main/library/entities/worker.ts'),
          'search-worker': resolve('src/main/library/search/worker.ts'),
          'documents-worker': resolve('src/main/library/documents/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), contentSecurityPolicy()],
    build: {
      outDir: 'out/renderer',
      // Nothing inlined as data: URLs — the CSP allows fonts and images only from 'self'.
      assetsInlineLimit: 0,
      // Minified: 1.4 MB of script is 0.56 MB, less for the page to parse before the first list.
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
