/** The largest page the contract gives at once (ListQuery.limit in api.ts). */
export const LARGEST_PAGE = 100_000;

/**
 * The rows of a list after the `have` already loaded, up to `total`, a page of at most
 * LARGEST_PAGE at a time (a library of more than 100,000 articles takes several); stops early
 * when the library has fewer rows than `total` said.
 */
export async function loadRestOfList<T>(
  have: number,
  total: number,
  page: (offset: number, limit: number) => Promise<T[]>,
): Promise<T[]> {
  const rows: T[] = [];
  while (have + rows.length < total) {
    const items = await page(
      have + rows.length,
      Math.min(LARGEST_PAGE, total - have - rows.length),
    );
    if (items.length === 0) break;
    rows.push(...items);
  }
  return rows;
}
