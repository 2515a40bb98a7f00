/**
 * An aggregate that read only part of the matching events says so without changing its type: the
 * array carries a non-enumerable `truncated` flag, which callers that compare or print it ignore.
 */

const FLAG = 'truncated';

/** Marks `rows` as computed from part of the matching events (when `truncated` is true) and returns them. */
export function markTruncated<T>(rows: T[], truncated: boolean): T[] {
  if (truncated) Object.defineProperty(rows, FLAG, { value: true, enumerable: false });
  return rows;
}

/** True when an aggregate's rows were marked by `markTruncated`. */
export function wasTruncated(rows: readonly unknown[]): boolean {
  return (rows as unknown as Record<string, unknown>)[FLAG] === true;
}
