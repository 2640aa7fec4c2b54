// What the Library's feature services share: the stores, the write guard, and change notices
// (the search index and the UI listen to them).
import { EventEmitter } from 'node:events';
import type { Article } from '../../shared/model';
import type { BodyCache } from './cache/bodies';
import type { ImageStore } from './cache/images';
import type { ArticleIndex } from './store/article-index';

export type LibraryEvent =
  | { type: 'article-changed'; id: string }
  | { type: 'article-removed'; id: string }
  /** A correction (rename, type, merge, split, hide): lists of entities are stale. */
  | { type: 'entities-changed' }
  | {
      type: 'progress';
      task: string;
      stage: string;
      done?: number;
      total?: number;
      input?: string;
    };

export interface LibraryContext {
  articles: ArticleIndex;
  bodies: BodyCache;
  images: ImageStore;
  events: LibraryEvents;
  assertWritable(): void;
  /** The stored article, or a not-found error. */
  article(id: string): Article;
}

export class LibraryEvents extends EventEmitter<{ event: [LibraryEvent] }> {
  emitEvent(event: LibraryEvent): void {
    this.emit('event', event);
  }
}
