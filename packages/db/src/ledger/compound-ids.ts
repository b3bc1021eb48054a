import type { Db } from '../client'
import { keys } from '../keys'
import { queryAll } from '../query-all'

/** Every compound of the deployment (access pattern 2 without the community prefix), for scheduled jobs. */
export async function listCompoundIds(db: Db): Promise<string[]> {
  const { GSI1PK } = keys.compoundIndex('', '')
  const items = await queryAll(db, {
    IndexName: 'GSI1',
    KeyConditionExpression: 'GSI1PK = :pk',
    ExpressionAttributeValues: { ':pk': GSI1PK },
  })
  return items.map((i) => String(i.compoundId))
}
