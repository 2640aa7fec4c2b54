// Schema versions of a home. Each migration moves a home from version N to N + 1.
import { BroadsheetError } from './errors';
import type { HomeLayout } from './home';

export const SCHEMA_VERSION = 1;

type Migration = (layout: HomeLayout) => Promise<void>;

/** migrations[n] upgrades a home from version n + 1 to n + 2. */
const migrations: Migration[] = [];

export async function migrate(layout: HomeLayout, from: number): Promise<number> {
  if (from > SCHEMA_VERSION) {
    throw new BroadsheetError(
      'unsupported',
      `The library at ${layout.home} was written by a newer Broadsheet (schema ${from}); update Broadsheet to open it.`,
    );
  }
  for (let version = from; version < SCHEMA_VERSION; version++) {
    await migrations[version - 1](layout);
  }
  return SCHEMA_VERSION;
}
