import { CreateTableCommand, DescribeTableCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb'
import type { Db } from './client'
import { tableSpec } from './table'

/** Creates the table from `tableSpec` when it is missing (local runs and tests; CDK does it in AWS). */
export async function ensureTable(db: Db): Promise<'created' | 'exists'> {
  try {
    await db.raw.send(new DescribeTableCommand({ TableName: db.table }))
    return 'exists'
  } catch (err) {
    if ((err as Error).name !== 'ResourceNotFoundException') throw err
  }
  const keyAttrs = [
    tableSpec.partitionKey,
    tableSpec.sortKey,
    ...tableSpec.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
  ]
  await db.raw.send(
    new CreateTableCommand({
      TableName: db.table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyAttrs.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: tableSpec.partitionKey, KeyType: 'HASH' },
        { AttributeName: tableSpec.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: tableSpec.indexes.map((i) => ({
        IndexName: i.name,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  )
  await db.raw.send(
    new UpdateTimeToLiveCommand({
      TableName: db.table,
      TimeToLiveSpecification: { AttributeName: tableSpec.ttlAttribute, Enabled: true },
    }),
  )
  return 'created'
}
