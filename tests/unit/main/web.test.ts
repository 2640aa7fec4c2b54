// Web mode serves the page while the library is still opening; its API calls wait for the library.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../src/main/library/library';
import { startWebServer, type WebServer } from '../../../src/main/web';
import { resourcesDir, tempDir } from '../support/temp-home';

let server: WebServer | null = null;
let library: Library | null = null;
afterEach(async () => {
  await server?.close();
  library?.close();
  server = library = null;
});

describe('web mode while the library opens', () => {
  it('serves the page at once and answers API calls once the library is open', async () => {
    const rendererDir = tempDir();
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Broadsheet</title>');
    let open!: (lib: Library) => void;
    const opening = new Promise<Library>((resolve) => (open = resolve));
    server = await startWebServer({ library: opening, rendererDir });

    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Broadsheet</title>');

    let answered = false;
    const listed = fetch(`${server.origin}/api/articles.list`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ limit: 10 }),
    }).then(async (res) => ((answered = true), { status: res.status, body: await res.json() }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false); // waiting for the library, not refused

    library = await Library.open({ home: tempDir(), resourcesDir });
    open(library);
    const { status, body } = await listed;
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.result.items[0].title).toBe(library.list().items[0].title);
  });
});
