import { BroadsheetError } from '../errors';

export type CaptureProblem =
  | 'bad-url'
  | 'http-status'
  | 'dns'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'not-html'
  | 'not-article';

/** A page that could not be saved: one sentence for the person, a code for programs. */
export class CaptureError extends BroadsheetError {
  constructor(
    readonly problem: CaptureProblem,
    message: string,
  ) {
    super('capture-failed', message);
  }
}
