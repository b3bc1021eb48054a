/**
 * Runs `each` over `items`, `size` at a time: the scheduled sweeps walk every compound this way, so a table of
 * hundreds of compounds is swept in a fraction of the time one after another would take, without opening a
 * request per compound at once.
 */
export async function inBatches<T>(items: readonly T[], size: number, each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each))
}

/** Compounds a sweep works on at once. */
export const COMPOUNDS_AT_ONCE = 8
