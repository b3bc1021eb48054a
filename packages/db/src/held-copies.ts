import { heldAccessOf } from './access-guard'
import type { Db } from './client'

/**
 * What a warm instance holds of one kind of item, least recently used dropped first once their weight passes
 * `most` (each copy weighs 1 unless `weight` says).
 */
export interface HeldCopies<V> {
  /** The copy, if held; it becomes the most recently used. */
  get(key: string): V | undefined
  set(key: string, value: V): void
  delete(key: string): void
}

class Held<V> implements HeldCopies<V> {
  private readonly copies = new Map<string, V>()
  private total = 0
  constructor(
    private readonly most: number,
    private readonly weight: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const value = this.copies.get(key)
    if (value !== undefined) {
      this.copies.delete(key)
      this.copies.set(key, value)
    }
    return value
  }

  set(key: string, value: V): void {
    this.delete(key)
    this.copies.set(key, value)
    this.total += this.weight(value)
    for (const [oldest, copy] of this.copies) {
      if (this.total <= this.most) break
      this.copies.delete(oldest)
      this.total -= this.weight(copy)
    }
  }

  delete(key: string): void {
    const value = this.copies.get(key)
    if (value === undefined) return
    this.copies.delete(key)
    this.total -= this.weight(value)
  }
}

/** One `HeldCopies` for the whole process (what is not tied to a stack's Db). */
export function heldCopies<V>(most: number, weight: (value: V) => number = () => 1): HeldCopies<V> {
  return new Held(most, weight)
}

/**
 * One `HeldCopies` per stack: keyed by the base Db, so a write route's guarded Db (access-guard.ts) finds what the
 * base's reads left, and dropped with the Db.
 */
export function heldPerInstance<V>(most: number, weight: (value: V) => number = () => 1): (db: Db) => HeldCopies<V> {
  const byDb = new WeakMap<Db, HeldCopies<V>>()
  return (db) => {
    const base = heldAccessOf(db)?.base ?? db
    let held = byDb.get(base)
    if (!held) {
      held = new Held(most, weight)
      byDb.set(base, held)
    }
    return held
  }
}
