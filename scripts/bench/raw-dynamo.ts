import { randomUUID } from 'node:crypto'
import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb'
import type { Db } from '@jiayuan/db'
import { cpuMark, cpuSplit } from './cpu-split'
import { statsOf, type LoadStats } from './load-stats'

export const RAW_OPS = ['GetItem', 'Query', 'PutItem', 'TransactWriteItems'] as const
export type RawOp = (typeof RAW_OPS)[number]

/**
 * The database alone, through the stack's own SDK client: the ceiling the API is measured against. Raw
 * parameters on purpose (this is the baseline, not an access pattern), in a partition of their own.
 */
const PK = `BENCH#raw-${randomUUID().slice(0, 8)}`
const PAYLOAD = '数据'.repeat(120)
/** Items in the baseline's partition: enough for a route's largest Query made raw (`runRawShapes`). */
const SEEDED = 1000

export async function seedRaw(db: Db): Promise<void> {
  for (let i = 0; i < SEEDED; i += 25) {
    await Promise.all(
      Array.from({ length: 25 }, (_, k) =>
        db.doc.send(new PutCommand({ TableName: db.table, Item: { PK, SK: `seed#${i + k}`, payload: PAYLOAD } })),
      ),
    )
  }
}

let serial = 0

/** Items the raw baseline's Query reads: one phone page. */
export const RAW_QUERY_ITEMS = 20

function rawCall(db: Db, op: RawOp): Promise<unknown> {
  const n = ++serial
  switch (op) {
    case 'GetItem':
      return db.doc.send(
        new GetCommand({ TableName: db.table, Key: { PK, SK: `seed#${n % SEEDED}` }, ConsistentRead: true }),
      )
    case 'Query':
      return db.doc.send(
        new QueryCommand({
          TableName: db.table,
          KeyConditionExpression: 'PK = :pk',
          ExpressionAttributeValues: { ':pk': PK },
          Limit: RAW_QUERY_ITEMS,
          ConsistentRead: true,
        }),
      )
    case 'PutItem':
      return db.doc.send(
        new PutCommand({
          TableName: db.table,
          Item: { PK, SK: `put#${n}`, payload: PAYLOAD },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      )
    case 'TransactWriteItems':
      // Three items, as a typical exactly-once write here: the entity, its event and a pointer.
      return db.doc.send(
        new TransactWriteCommand({
          TransactItems: ['a', 'b', 'c'].map((part) => ({
            Put: {
              TableName: db.table,
              Item: { PK, SK: `tx#${n}#${part}`, payload: PAYLOAD },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
        }),
      )
  }
}

/**
 * `requests` requests, the i-th made by `one(i, lane)` in one of `concurrency` lanes (each one request at a time):
 * their latencies, and the CPU they cost this process and DynamoDB Local (`dynamoPid`).
 */
export async function inLanes(
  requests: number,
  concurrency: number,
  one: (i: number, lane: number) => Promise<unknown>,
  dynamoPid: number | undefined,
): Promise<LoadStats> {
  const latencies: number[] = []
  let failed = 0
  let next = 0
  const cpuFrom = cpuMark(dynamoPid)
  const started = performance.now()
  const lane = async (k: number) => {
    while (next < requests) {
      const i = next++
      const t = performance.now()
      try {
        await one(i, k)
      } catch {
        failed += 1
      }
      latencies.push(performance.now() - t)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, k) => lane(k)))
  const seconds = (performance.now() - started) / 1000
  return { ...statsOf(latencies, seconds, failed), cpu: cpuSplit(cpuFrom, cpuMark(dynamoPid), requests) }
}

/** `calls` operations (cycling through `ops`) with at most `concurrency` in flight. */
export function runRaw(
  db: Db,
  ops: readonly RawOp[],
  calls: number,
  concurrency: number,
  dynamoPid?: number,
): Promise<LoadStats> {
  return inLanes(calls, concurrency, (i) => rawCall(db, ops[i % ops.length] ?? 'GetItem'), dynamoPid)
}

/** One DynamoDB call a route made, as the probe saw it: the command and, for a write, the items it touched. */
export interface CallShape {
  command: string
  items: number
}

/** `GetItem Query(723) TransactWriteItems(5)`: a read's count is the items it read, a write's the items it wrote. */
export function describeShape(shape: readonly CallShape[]): string {
  return shape.map((c) => (c.items > 1 ? `${c.command}(${c.items})` : c.command)).join(' ') || 'no call'
}

/**
 * The same kind of call as `c`, made raw in the baseline's partition: a read of a seeded item, a Query of as
 * many items as the route's read, a counter's atomic ADD, a BatchGet of three items, a new item, or a transaction of as
 * many new items as the route's.
 */
function shapedCall(db: Db, c: CallShape): Promise<unknown> {
  const n = ++serial
  switch (c.command) {
    case 'GetItem':
    case 'PutItem':
      return rawCall(db, c.command)
    case 'Query':
      return db.doc.send(
        new QueryCommand({
          TableName: db.table,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :seed)',
          ExpressionAttributeValues: { ':pk': PK, ':seed': 'seed#' },
          Limit: Math.min(SEEDED, c.items),
          ConsistentRead: true,
        }),
      )
    case 'UpdateItem':
      return db.doc.send(
        new UpdateCommand({
          TableName: db.table,
          Key: { PK, SK: `counter#${n % 10}` },
          UpdateExpression: 'ADD seq :one',
          ExpressionAttributeValues: { ':one': 1 },
          ReturnValues: 'UPDATED_NEW',
        }),
      )
    case 'BatchGetItem':
      return db.doc.send(
        new BatchGetCommand({
          RequestItems: { [db.table]: { Keys: [0, 1, 2].map((k) => ({ PK, SK: `seed#${(n + k) % SEEDED}` })) } },
        }),
      )
    case 'TransactWriteItems':
      return db.doc.send(
        new TransactWriteCommand({
          TransactItems: Array.from({ length: Math.max(1, c.items) }, (_, part) => ({
            Put: {
              TableName: db.table,
              Item: { PK, SK: `tx#${n}#${part}`, payload: PAYLOAD },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          })),
        }),
      )
    default:
      return rawCall(db, 'PutItem')
  }
}

/**
 * A route's own calls with no API in between (#17's floor): each request makes the calls the probe counted for
 * one request of the route, one after another, cycling through `shapes` (a mix); at most `concurrency` requests
 * in flight. What the route could reach on this machine if the API cost nothing.
 */
export function runRawShapes(
  db: Db,
  shapes: ReadonlyArray<readonly CallShape[]>,
  requests: number,
  concurrency: number,
  dynamoPid?: number,
): Promise<LoadStats> {
  return inLanes(
    requests,
    concurrency,
    async (i) => {
      for (const c of shapes[i % shapes.length] ?? []) await shapedCall(db, c)
    },
    dynamoPid,
  )
}
