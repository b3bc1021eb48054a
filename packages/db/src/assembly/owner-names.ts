import type { Db } from '../client'
import { keys } from '../keys'
import { batchGetAll } from '../query-all'

/** Names of a few roll owners (a proxy's principals), by ownerId: BatchGet of their roll items. */
export async function rollOwnerNames(
  db: Db,
  compoundId: string,
  ownerIds: readonly string[],
): Promise<Map<string, string>> {
  const items = await batchGetAll(
    db,
    ownerIds.map((id) => keys.owner(compoundId, id)),
  )
  return new Map(items.map((item) => [String(item.ownerId), String(item.name)]))
}
