import { randomBytes } from 'node:crypto';

/** Ids sort by creation time and are unique enough for millions of records (48 random bits). */
export function newId(): string {
  return Date.now().toString(36).padStart(9, '0') + randomBytes(6).toString('hex');
}
