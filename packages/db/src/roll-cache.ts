import type { Db } from './client'
import { writtenKeys } from './written-keys'

/**
 * How long a warm instance keeps a compound's units or buildings (the roll's structure, which changes on an
 * import or a unit's edit) before reading them again. A write by this instance is seen at once (the client
 * forgets the copy, `forgetRollWrittenBy`); one by another instance within this many ms, as compound settings.
 */
export const ROLL_CACHE_MS = 5_000

/** Buildings and units (the roll partition), and grids (the compound's partition, `GRID#`). */
export type RollPart = 'B#' | 'U#' | 'GRID#'

interface Copies {
  parts: Map<string, { items: readonly Record<string, unknown>[]; readAt: number }>
  /** Forgets per compound so far: a read that began before a write never keeps what it read. */
  forgets: Map<string, number>
}
/** Per raw client, not per table name: a process that starts one local stack after another keeps none across them. */
const copies = new WeakMap<object, Copies>()
function copiesOf(client: object): Copies {
  let c = copies.get(client)
  if (!c) copies.set(client, (c = { parts: new Map(), forgets: new Map() }))
  return c
}

const ROLL_PK = /^C#(.+)#ROLL$/
const COMPOUND_PK = /^C#([^#]+)$/

/**
 * Called by the client (client.ts) before and after every command: a write that touches a compound's roll
 * partition forgets this instance's copies of that compound's units and buildings; one of a grid, its grids.
 */
export function forgetRollWrittenBy(client: object, input: unknown, commandName?: string): void {
  for (const { PK, SK } of writtenKeys(input, commandName)) {
    const roll = ROLL_PK.exec(PK)?.[1]
    if (roll !== undefined) forget(client, roll, ['B#', 'U#'])
    const compound = COMPOUND_PK.exec(PK)?.[1]
    if (compound !== undefined && SK.startsWith('GRID#')) forget(client, compound, ['GRID#'])
  }
}

function forget(client: object, compoundId: string, parts: readonly RollPart[]): void {
  const c = copiesOf(client)
  for (const part of parts) c.parts.delete(`${compoundId}|${part}`)
  c.forgets.set(compoundId, (c.forgets.get(compoundId) ?? 0) + 1)
}

/**
 * This instance's copy of one part of a compound's roll if it has one younger than `ROLL_CACHE_MS`, without
 * reading: for a caller that needs one item of it and would rather make one GetItem than read the whole part.
 */
export function peekRollPart(
  db: Db,
  compoundId: string,
  part: RollPart,
): readonly Record<string, unknown>[] | undefined {
  const hit = copiesOf(db.raw).parts.get(`${compoundId}|${part}`)
  return hit && Date.now() - hit.readAt < ROLL_CACHE_MS ? hit.items : undefined
}

/**
 * One part of a compound's roll as `read` returns it, or this instance's copy of it younger than `ROLL_CACHE_MS`.
 * The items are frozen and shared: callers map them to new objects and never change them.
 */
export async function sharedRollPart(
  db: Db,
  compoundId: string,
  part: RollPart,
  read: () => Promise<Record<string, unknown>[]>,
): Promise<readonly Record<string, unknown>[]> {
  const c = copiesOf(db.raw)
  const key = `${compoundId}|${part}`
  const hit = c.parts.get(key)
  if (hit && Date.now() - hit.readAt < ROLL_CACHE_MS) return hit.items
  const forgetsBefore = c.forgets.get(compoundId) ?? 0
  const readAt = Date.now()
  const items = Object.freeze((await read()).map((i) => Object.freeze(i)))
  if ((c.forgets.get(compoundId) ?? 0) === forgetsBefore) c.parts.set(key, { items, readAt })
  return items
}
