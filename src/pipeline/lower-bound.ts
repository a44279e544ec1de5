/**
 * Binary search over a sorted list: the one place the pipeline finds "the first token at or after
 * this offset" (quotes, speakers) and "the first position at or after this index".
 */

/**
 * Index of the first item whose `key` is >= `x`, in `items` sorted by that key; `items.length`
 * when there is none.
 */
export function lowerBound<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
