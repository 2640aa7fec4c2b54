// Each operation of the contract, implemented on the Library. The type makes a missing or
// mistyped handler a compile error.
import type { Api, OpName } from '../shared/api';
import type { z } from 'zod';
import type { Library } from './library/library';

type Handlers = {
  [K in OpName]: (
    library: Library,
    input: z.output<Api[K]['input']>,
  ) => Promise<z.input<Api[K]['output']>> | z.input<Api[K]['output']>;
};

export const handlers: Handlers = {
  'library.status': (lib) => lib.status(),
  'articles.list': (lib, q) => lib.list(q),
  'articles.get': (lib, { id }) => lib.get(id),
  'articles.open': (lib, { id }) => lib.open(id),
  'articles.text': (lib, { id }) => lib.text(id),
  'articles.addFile': (lib, { name, contentBase64, tags }) =>
    lib.addFileContent(name, Buffer.from(contentBase64, 'base64'), tags),
  'articles.update': (lib, { id, ...patch }) => lib.update(id, patch),
  'articles.delete': async (lib, { id }) => ({ deleted: await lib.delete(id) }),
  'comments.list': (lib, { articleId }) => lib.commentThreads(articleId),
  'comments.add': (lib, input) => lib.addComment(input),
  'settings.get': (lib) => lib.settings(),
  'settings.update': (lib, patch) => lib.updateSettings(patch),
};
