// A feed that could not be read, and the limits of one: apart from parse.ts so the feed service can
// use them without loading feedsmith (see service.ts).
import { BroadsheetError } from '../errors';

export const MAX_FEED_BYTES = 10 * 1024 * 1024;
export const MAX_FEED_ITEMS = 1000;

export class FeedError extends BroadsheetError {
  constructor(message: string) {
    super('feed-failed', message);
  }
}
