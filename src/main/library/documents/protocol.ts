// Messages between the Library and the documents worker. Errors cross as plain data and are made
// again on this side, so a caller still gets the FeedError or CaptureError with its sentence.
import { CaptureError, type CaptureProblem } from '../capture/errors';
import { BroadsheetError, type ErrorCode } from '../errors';
import { FeedError } from '../feeds/feed-error';
import type { DocumentJob, DocumentJobs } from './jobs';

export interface DocumentRequest<K extends DocumentJob = DocumentJob> {
  id: number;
  job: K;
  args: Parameters<DocumentJobs[K]>;
}

export interface WireError {
  message: string;
  code?: ErrorCode;
  problem?: CaptureProblem;
}

export type DocumentResponse =
  { id: number; result: unknown; error?: undefined } | { id: number; error: WireError };

export function errorToWire(error: unknown): WireError {
  if (error instanceof CaptureError) return { message: error.message, problem: error.problem };
  if (error instanceof BroadsheetError) return { message: error.message, code: error.code };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function errorFromWire(wire: WireError): Error {
  if (wire.problem) return new CaptureError(wire.problem, wire.message);
  if (wire.code === 'feed-failed') return new FeedError(wire.message);
  if (wire.code) return new BroadsheetError(wire.code, wire.message);
  return new Error(wire.message);
}
