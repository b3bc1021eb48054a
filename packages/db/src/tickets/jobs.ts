import { QueryCommand } from '@aws-sdk/lib-dynamodb'
import type { Compound } from '@jiayuan/contracts'
import type { Db } from '../client'
import { keys } from '../keys'
import { toEntity } from '../items'

/** Every compound, for the scheduled jobs (a Query of the compounds index, never a Scan). */
export async function listCompoundsForJobs(db: Db): Promise<Compound[]> {
  const items: Record<string, unknown>[] = []
  let start: Record<string, unknown> | undefined
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.compoundIndex('', '').GSI1PK },
        ExclusiveStartKey: start,
      }),
    )
    items.push(...(out.Items ?? []))
    start = out.LastEvaluatedKey
  } while (start)
  return items.map((item) => toEntity<Compound>(item) as Compound)
}
