import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { announceDb } from './instrument'

export interface DbConfig {
  tableName: string
  region: string
  /** DynamoDB Local's address; absent in AWS. */
  endpoint?: string
}

export interface Db {
  doc: DynamoDBDocumentClient
  raw: DynamoDBClient
  table: string
}

export function createDb(config: DbConfig): Db {
  const raw = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? { endpoint: config.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  })
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  })
  const db = { doc, raw, table: config.tableName }
  announceDb(db)
  return db
}
