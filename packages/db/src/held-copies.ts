import { heldAccessOf } from './access-guard'
import type { Db } from './client'

/**
 * What a warm instance holds of one kind of item, as a map per stack: keyed by the base Db, so a write route's
 * guarded Db (access-guard.ts) finds what the base's reads left, and dropped with the Db.
 */
export function heldPerInstance<V>(): (db: Db) => Map<string, V> {
  const byDb = new WeakMap<Db, Map<string, V>>()
  return (db) => {
    const base = heldAccessOf(db)?.base ?? db
    let held = byDb.get(base)
    if (!held) {
      held = new Map()
      byDb.set(base, held)
    }
    return held
  }
}
