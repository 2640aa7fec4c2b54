// Messages between the search client and its worker: a call of one SearchIndex method, and the
// answer (its result, or the error's message).
import type { SearchIndex } from './host';

export type SearchOp = Exclude<keyof SearchIndex, 'close'>;

export type SearchRequest = {
  [K in SearchOp]: { id: number; op: K; args: Parameters<SearchIndex[K]> };
}[SearchOp];

export type SearchResponse = { id: number; result?: unknown; error?: string };
