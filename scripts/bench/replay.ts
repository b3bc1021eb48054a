import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb'
import { keyId, type Db } from '@jiayuan/db'
import type { LoadStats } from './load-stats'
import { inLanes } from './raw-dynamo'

/**
 * #17's "calls alone", as the route makes them: the DynamoDB calls of one request, with their real inputs (the
 * probe keeps them), sent again with no API in between. Made-up calls of the same kind (a transaction of as many
 * fresh 720-byte items) cost DynamoDB Local half of what a claim's real items cost it (the ticket with its two
 * index entries replaced, a grid's shard of queue entries rewritten, conditions read): measured in session 43,
 * 3.0 against 6.6 ms of its CPU per request. So the floor is measured on the calls themselves.
 *
 * Reads are sent as made: they read the table as it stands. Writes must neither change what the workload reads
 * nor refuse on their second sending, so each is sent to a copy of its item in a partition of its own per lane
 * (`R<lane>#` before the partition key and the index keys: the same index writes, in partitions no route reads),
 * copied from the item as it stands before the load starts, so it is as large as the real one:
 * - a Put conditioned on the item being new (an event, a ballot version) puts a new item each time, still
 *   conditioned on being new; any other Put replaces its copy, made from the item as it stood right before the
 *   route's Put (the probe reads it then, `itemsBefore`) and put back every other time (`Sending`), so its index
 *   entries move on every sending as the route's write moves them;
 * - an Update or Delete acts on its copy, without its condition (a counter's `seq = :read` holds only once);
 * - a ConditionCheck checks its copy is there (or, for an item that did not exist, is not).
 * Lanes never share an item, so no two replayed transactions conflict, as the route's own requests in the load do
 * not (each from its own person).
 */
export interface MadeCall {
  /** The SDK command name without `Command`: `GetItem`, `TransactWriteItems`… */
  command: string
  /** Its input as the document client gave it (native values, Sets kept). */
  input: Record<string, unknown>
  /** The items its Puts replaced, as they stood right before it (`itemsBefore`). */
  before?: Item[]
}

/**
 * Where a call is sent again: its lane, a number unique to this sending, the keys (`PK|SK`) of the items that stood
 * when the copies were made, the items a Put replaced as they stood before it (by key), and `flip(key)`, true on
 * every other sending of that item in this lane. A replacing Put alternates its copy between the item as it stood
 * and as the route put it, so every sending moves the index entries the route's write moves (a claim moves the
 * ticket from the open tickets' index partition to the claimed ones').
 */
export interface Sending {
  lane: number
  n: number
  existing: ReadonlySet<string>
  before: ReadonlyMap<string, Item>
  flip(key: string): boolean
}

export type Item = Record<string, unknown>
type Op = {
  TableName?: string
  Item?: Item
  Key?: Item
  ConditionExpression?: string
  UpdateExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, unknown>
}
type TransactItem = { Put?: Op; Update?: Op; Delete?: Op; ConditionCheck?: Op }

const READS = new Set(['GetItem', 'Query', 'BatchGetItem', 'TransactGetItems'])
const WRITES = new Set(['PutItem', 'UpdateItem', 'TransactWriteItems'])
const PARTITIONS = ['PK', 'GSI1PK', 'GSI2PK'] as const

/** Whether a request's calls can be sent again this way (no Scan, BatchWrite or Delete outside a transaction). */
export function replayable(calls: readonly MadeCall[]): boolean {
  return calls.length > 0 && calls.every((c) => READS.has(c.command) || WRITES.has(c.command))
}

/** The lane's copy of an item or key: its partition keys, the table's and the indexes', moved to the lane's own. */
export function laneCopy(item: Item, lane: number): Item {
  const out: Item = { ...item }
  for (const name of PARTITIONS) if (typeof out[name] === 'string') out[name] = `R${lane}#${out[name] as string}`
  return out
}

const keyOf = (item: Item): Item => ({ PK: item.PK, SK: item.SK })

/** The placeholders (`#n`, `:v`) an expression names, so the unused ones are dropped with a dropped condition. */
function keptPlaceholders(op: Op, expressions: ReadonlyArray<string | undefined>): Op {
  const used = new Set(expressions.join(' ').match(/[#:][A-Za-z0-9_]+/g) ?? [])
  const pick = <T>(map: Record<string, T> | undefined) => {
    const kept = Object.entries(map ?? {}).filter(([name]) => used.has(name))
    return kept.length > 0 ? Object.fromEntries(kept) : undefined
  }
  const out: Op = { ...op }
  delete out.ExpressionAttributeNames
  delete out.ExpressionAttributeValues
  const names = pick(op.ExpressionAttributeNames)
  const values = pick(op.ExpressionAttributeValues)
  if (names) out.ExpressionAttributeNames = names
  if (values) out.ExpressionAttributeValues = values
  return out
}

const isNewItemPut = (op: Op) => /attribute_not_exists\(\s*PK\s*\)/.test(op.ConditionExpression ?? '')

/** One transaction item as sent again (see the module's note and `Sending`). */
export function replayedItem(item: TransactItem, s: Sending): TransactItem {
  const { lane, n } = s
  if (item.Put?.Item) {
    const put = item.Put
    const copy = laneCopy(put.Item as Item, lane)
    if (isNewItemPut(put))
      return {
        Put: {
          TableName: put.TableName,
          Item: { ...copy, SK: `${String(copy.SK)}#${n}` },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      }
    const key = keyId(put.Item as Item)
    const prior = s.before.get(key)
    return { Put: { TableName: put.TableName, Item: prior && s.flip(key) ? laneCopy(prior, lane) : copy } }
  }
  if (item.Update?.Key) {
    const update = item.Update
    const op = keptPlaceholders({ ...update, Key: laneCopy(update.Key as Item, lane) }, [update.UpdateExpression])
    delete op.ConditionExpression
    return { Update: op }
  }
  if (item.Delete?.Key)
    return { Delete: { TableName: item.Delete.TableName, Key: laneCopy(item.Delete.Key as Item, lane) } }
  if (item.ConditionCheck?.Key) {
    const check = item.ConditionCheck
    const key = laneCopy(check.Key as Item, lane)
    const there = s.existing.has(keyId(check.Key as Item))
    return {
      ConditionCheck: {
        TableName: check.TableName,
        Key: key,
        ConditionExpression: there ? 'attribute_exists(PK)' : 'attribute_not_exists(PK)',
      },
    }
  }
  throw new Error(`replay: a transaction item of no known kind: ${Object.keys(item).join(',')}`)
}

/** The keys of the items a write replaces with a Put (not a new item's), for reading them before it (`itemsBefore`). */
export function replacedKeys(command: string, input: Record<string, unknown>): Item[] {
  const puts =
    command === 'PutItem'
      ? [input as Op]
      : command === 'TransactWriteItems'
        ? ((input.TransactItems as TransactItem[] | undefined) ?? []).flatMap((t) => (t.Put ? [t.Put] : []))
        : []
  return puts.filter((p) => p.Item && !isNewItemPut(p)).map((p) => keyOf(p.Item as Item))
}

/**
 * The items a write is about to replace, as they stand (consistent reads through `reader`, a client the probe is
 * not attached to): the bench's probe asks for them before letting a counted write through.
 */
export async function itemsBefore(reader: Db, command: string, input: Record<string, unknown>): Promise<Item[]> {
  const found = await Promise.all(
    replacedKeys(command, input).map((Key) =>
      reader.doc.send(new GetCommand({ TableName: reader.table, Key, ConsistentRead: true })),
    ),
  )
  return found.flatMap((out) => (out.Item ? [out.Item] : []))
}

/** The items a request's writes act on in place (all but new-item Puts), whose copies are made before the load. */
export function copiedKeys(calls: readonly MadeCall[]): Item[] {
  const keys = new Map<string, Item>()
  const add = (key: Item | undefined) => {
    if (key) keys.set(keyId(key), keyOf(key))
  }
  for (const c of calls) {
    if (c.command === 'PutItem' && !isNewItemPut(c.input as Op)) add((c.input as Op).Item)
    if (c.command === 'UpdateItem') add((c.input as Op).Key)
    if (c.command !== 'TransactWriteItems') continue
    for (const item of (c.input.TransactItems as TransactItem[] | undefined) ?? []) {
      if (item.Put && !isNewItemPut(item.Put)) add(item.Put.Item)
      add(item.Update?.Key ?? item.Delete?.Key ?? item.ConditionCheck?.Key)
    }
  }
  return [...keys.values()]
}

function send(db: Db, c: MadeCall, at: Sending): Promise<unknown> {
  const input = c.input as never
  switch (c.command) {
    case 'GetItem':
      return db.doc.send(new GetCommand(input))
    case 'Query':
      return db.doc.send(new QueryCommand(input))
    case 'BatchGetItem':
      return db.doc.send(new BatchGetCommand(input))
    case 'TransactGetItems':
      return db.doc.send(new TransactGetCommand(input))
    case 'PutItem':
      return db.doc.send(new PutCommand(replayedItem({ Put: c.input }, at).Put as never))
    case 'UpdateItem':
      return db.doc.send(new UpdateCommand(replayedItem({ Update: c.input }, at).Update as never))
    case 'TransactWriteItems': {
      const items = (c.input.TransactItems as TransactItem[]).map((t) => replayedItem(t, at))
      return db.doc.send(new TransactWriteCommand({ TransactItems: items as never }))
    }
    default:
      throw new Error(`replay: ${c.command} is not replayed`)
  }
}

let serial = 0

/**
 * Each request makes the calls of `requests[i % length]` (a route's, or a mix's in turn), one after another, with
 * at most `concurrency` in flight. Throws if any call failed: a floor measured on refused calls would be false.
 */
export async function runRawCalls(
  db: Db,
  requests: ReadonlyArray<readonly MadeCall[]>,
  amount: number,
  concurrency: number,
  dynamoPid?: number,
  /** Per request (aligned with `requests`), a call outside DynamoDB made alongside the first of its calls. */
  outside: ReadonlyArray<(() => Promise<unknown>) | undefined> = [],
): Promise<LoadStats> {
  // A request of no call (answered from the warm instance's copy) sends nothing.
  if (!requests.every((r) => r.length === 0 || replayable(r)))
    throw new Error('replay: a request made a call that cannot be sent again')
  // The copies, made before the load from the items as they stand now, or, for an item a Put of the route
  // replaced, as it stood before that Put.
  const before = new Map<string, Item>()
  for (const c of requests.flat()) for (const item of c.before ?? []) before.set(keyId(item), item)
  const existing = new Set<string>()
  for (const key of copiedKeys(requests.flat())) {
    const found =
      before.get(keyId(key)) ??
      (await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }))).Item
    if (!found) continue
    existing.add(keyId(key))
    for (let lane = 0; lane < concurrency; lane++)
      await db.doc.send(new PutCommand({ TableName: db.table, Item: laneCopy(found, lane) }))
  }
  const flipped = new Set<string>()
  const flip = (lane: number) => (key: string) => {
    const id = `${lane}|${key}`
    const now = flipped.has(id)
    if (now) flipped.delete(id)
    else flipped.add(id)
    return now
  }
  let failure: unknown
  const stats = await inLanes(
    amount,
    concurrency,
    async (i, lane) => {
      // Unique across runs: a new item put by an earlier run of the same calls is never met again.
      const n = ++serial
      const k = i % requests.length
      const alongside = outside[k]?.()
      try {
        const at: Sending = { lane, n, existing, before, flip: flip(lane) }
        for (const c of requests[k] ?? []) await send(db, c, at)
        await alongside
      } catch (err) {
        failure ??= err
        throw err
      }
    },
    dynamoPid,
  )
  if (failure) throw new Error(`replay: a call failed: ${(failure as Error).name}: ${(failure as Error).message}`)
  return stats
}
