import { describe, expect, it } from 'vitest';
import { Library } from '../../../../src/main/library/library';
import { startServer } from '../../support/http-server';
import { tempDir } from '../../support/temp-home';

const filler = (n: number) =>
  `<p>Filler paragraph ${n} about tides, ferries and the weather on the estuary, long enough to count.</p>`;

describe('re-extraction', () => {
  it('keeps comments, re-anchors a moved passage, and marks a vanished one detached', async () => {
    const server = await startServer();
    let body = `${filler(1)}<p>The harbour master resigned on Friday after the storm.</p>${filler(2)}${filler(3)}`;
    server.route('/p', (_q, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(
          `<html><head><title>Tides</title></head><body><article><h1>Tides</h1>${body}</article></body></html>`,
        ),
    );
    const lib = await Library.open({ home: tempDir() });
    const article = await lib.addUrl(server.url('/p'));
    await lib.comments.add({
      articleId: article.id,
      body: 'Why?',
      quote: 'harbour master resigned',
    });
    await lib.tags.apply([article.id], ['port'], []);

    body = `${filler(3)}${filler(1)}${filler(2)}<p>After the storm, the harbour master resigned on Friday.</p>`;
    await lib.reextract(article.id);
    let [thread] = await lib.comments.threads(article.id);
    expect(thread).toMatchObject({ body: 'Why?', detached: false });
    expect(lib.get(article.id)).toMatchObject({ tags: ['port'], commentCount: 1 });

    body = `${filler(1)}${filler(2)}${filler(3)}`;
    await lib.reextract(article.id);
    [thread] = await lib.comments.threads(article.id);
    expect(thread).toMatchObject({
      body: 'Why?',
      quote: 'harbour master resigned',
      detached: true,
    });
    lib.close();
  });
});
