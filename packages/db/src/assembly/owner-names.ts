import { BatchGetCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb'
import type { Db } from '../client'
import { keys } from '../keys'

/** Names of a few roll owners (a proxy's principals), by ownerId: BatchGet of their roll items. */
export async function rollOwnerNames(
  db: Db,
  compoundId: string,
  ownerIds: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (let i = 0; i < ownerIds.length; i += 100) {
    let request: Record<string, unknown>[] | undefined = [...new Set(ownerIds.slice(i, i + 100))].map((id) =>
      keys.owner(compoundId, id),
    )
    while (request && request.length > 0) {
      const out: BatchGetCommandOutput = await db.doc.send(
        new BatchGetCommand({ RequestItems: { [db.table]: { Keys: request } } }),
      )
      for (const item of out.Responses?.[db.table] ?? []) names.set(String(item.ownerId), String(item.name))
      request = out.UnprocessedKeys?.[db.table]?.Keys
    }
  }
  return names
}
