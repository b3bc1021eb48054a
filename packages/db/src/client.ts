import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { forgetMembershipsWrittenBy } from './membership-cache'
import { forgetRollWrittenBy } from './roll-cache'

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
  // The SDK's logger middleware builds a redacted copy of every input and output for its logger, even for the
  // default logger that prints nothing: 3–4% of the API's CPU under load (profile in bench/results/README.md).
  // Jiayuan never gives the client a logger, so the copy is never read; the document client shares this stack.
  raw.middlewareStack.remove('loggerMiddleware')
  // Every write passes here: one that touches a membership or a roll forgets this instance's copies of them
  // (membership-cache.ts, roll-cache.ts), before it is sent and again once it is answered.
  raw.middlewareStack.add(
    (next, context) => async (args) => {
      forgetMembershipsWrittenBy(raw, args.input, context.commandName)
      forgetRollWrittenBy(raw, args.input, context.commandName)
      try {
        return await next(args)
      } finally {
        forgetMembershipsWrittenBy(raw, args.input, context.commandName)
        forgetRollWrittenBy(raw, args.input, context.commandName)
      }
    },
    { step: 'initialize', name: 'jiayuanMembershipWrites' },
  )
  const doc = DynamoDBDocumentClient.from(raw, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  })
  const db = { doc, raw, table: config.tableName }
  announceDb(db)
  return db
}

const listeners = new Set<(db: Db) => void>()

/**
 * Calls `listener` with every Db created from now on, so a benchmark can probe the clients a whole local stack
 * builds for itself. Returns the unsubscribe.
 */
export function onDbCreated(listener: (db: Db) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function announceDb(db: Db): void {
  for (const listener of listeners) listener(db)
}
