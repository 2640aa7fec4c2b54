// One error type for everything the Library refuses: a stable code for programs, one sentence for people.

export type ErrorCode =
  | 'invalid-input'
  | 'unknown-operation'
  | 'not-found'
  | 'unsupported'
  | 'empty'
  | 'too-large'
  | 'not-text'
  | 'locked'
  | 'read-only'
  | 'capture-failed'
  | 'feed-failed'
  | 'internal';

export class BroadsheetError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BroadsheetError';
  }
}

export function notFound(what: string, id: string): BroadsheetError {
  return new BroadsheetError('not-found', `No ${what} with id "${id}".`);
}
