import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import type { CompoundFacts, QuarterCounter, QuarterCounts, Ticket } from '@jiayuan/contracts'
import { QUARTER_COUNTERS } from '@jiayuan/contracts'
import { ticketFiguresDelta } from '@jiayuan/domain'
import { transactRetryingConflicts, type TransactItem } from '../transact'
import type { Db } from '../client'
import { getCompound } from '../compounds'
import { keyId, keys } from '../keys'
import { batchGetAll, batchGetByKey, queryAll } from '../query-all'
import { projection } from '../projection'
import { streetOfCommunity } from '../above'

// The street's pre-aggregated rows (DOMAIN S5; access patterns OV1–OV3 in packages/db/README.md). Every writer
// adds or sets only its own fields with an UpdateItem, so events of different contexts never overwrite each
// other; a compound outside any street has no rows and every write here is then skipped.

/** Where a compound's rows live: its street (through its community), or none. */
export interface FigureRef {
  streetId: string
  compoundId: string
}

// A compound's community, and a community's street, change only by a script; a warm instance remembers them.
const streetCache = new Map<string, { streetId: string | null; communityId: string | null; until: number }>()
const STREET_CACHE_MS = 5 * 60_000

/** The compound's street, or null when its community belongs to none (read once per warm instance). */
export async function figureRefOf(db: Db, compoundId: string, now = Date.now()): Promise<FigureRef | null> {
  const hit = streetCache.get(compoundId)
  if (hit && hit.until > now) return hit.streetId ? { streetId: hit.streetId, compoundId } : null
  const compound = await getCompound(db, compoundId)
  const communityId = compound.communityId ?? null
  const streetId = communityId ? ((await streetOfCommunity(db, communityId)) ?? null) : null
  streetCache.set(compoundId, { streetId, communityId, until: now + STREET_CACHE_MS })
  return streetId ? { streetId, compoundId } : null
}

/** Forget what a warm instance remembered (tests that move a compound between streets). */
export function forgetFigureRefs(): void {
  streetCache.clear()
}

type FactFields = Omit<CompoundFacts, 'compoundId' | 'streetId' | 'updatedAt'>

function factsUpdate(db: Db, ref: FigureRef, set: Partial<FactFields>, at: string) {
  factsChanging(db, ref.streetId)
  const entries = Object.entries({ ...set, updatedAt: at }).filter(([, v]) => v !== undefined)
  const names: Record<string, string> = { '#type': 'type', '#cid': 'compoundId', '#sid': 'streetId' }
  const values: Record<string, unknown> = { ':type': 'compound_facts', ':cid': ref.compoundId, ':sid': ref.streetId }
  const sets = ['#type = :type', '#cid = :cid', '#sid = :sid']
  entries.forEach(([k, v], i) => {
    names[`#f${i}`] = k
    values[`:f${i}`] = v
    sets.push(`#f${i} = :f${i}`)
  })
  return {
    TableName: db.table,
    Key: keys.compoundFacts(ref.streetId, ref.compoundId),
    UpdateExpression: `SET ${sets.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  }
}

/** Set some of a compound's standing facts; as a transaction item, so the fact lands with the event that made it. */
export const compoundFactsUpdate = (db: Db, ref: FigureRef, set: Partial<FactFields>, at: string) => ({
  Update: factsUpdate(db, ref, set, at),
})

export async function setCompoundFacts(db: Db, ref: FigureRef, set: Partial<FactFields>, at: string): Promise<void> {
  await db.doc.send(new UpdateCommand(factsUpdate(db, ref, set, at)))
}

/** Add to counts of a fact row (open/overdue rectifications): negative deltas allowed, never below what was added. */
export function compoundFactsAdd(
  db: Db,
  ref: FigureRef,
  add: Partial<Record<'openRectifications' | 'overdueRectifications', number>>,
) {
  factsChanging(db, ref.streetId)
  const entries = Object.entries(add).filter(([, v]) => v)
  const names: Record<string, string> = { '#type': 'type', '#cid': 'compoundId', '#sid': 'streetId' }
  const values: Record<string, unknown> = { ':type': 'compound_facts', ':cid': ref.compoundId, ':sid': ref.streetId }
  const adds = entries.map(([k, v], i) => {
    names[`#a${i}`] = k
    values[`:a${i}`] = v
    return `#a${i} :a${i}`
  })
  return {
    Update: {
      TableName: db.table,
      Key: keys.compoundFacts(ref.streetId, ref.compoundId),
      UpdateExpression: `SET #type = :type, #cid = :cid, #sid = :sid` + (adds.length ? ` ADD ${adds.join(', ')}` : ''),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  }
}

function countsUpdate(db: Db, ref: FigureRef, quarter: string, add: Partial<QuarterCounts>) {
  const entries = Object.entries(add).filter(([, v]) => v) as Array<[QuarterCounter, number]>
  const names: Record<string, string> = { '#type': 'type', '#cid': 'compoundId', '#q': 'quarter' }
  const values: Record<string, unknown> = { ':type': 'quarter_counts', ':cid': ref.compoundId, ':q': quarter }
  const adds = entries.map(([k, v], i) => {
    names[`#a${i}`] = k
    values[`:a${i}`] = v
    return `#a${i} :a${i}`
  })
  return {
    TableName: db.table,
    Key: keys.quarterCounts(ref.streetId, quarter, ref.compoundId),
    UpdateExpression: `SET #type = :type, #cid = :cid, #q = :q` + (adds.length ? ` ADD ${adds.join(', ')}` : ''),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  }
}

/**
 * How many items the street's counter totals of a quarter are split over (OV9). A compound always adds to the
 * same shard, so a shard holds the sum of its compounds' rows; 16 spread a busy street's writes (1,000
 * compounds: about 60 each) so that two events of different compounds rarely wait on one item.
 */
export const TOTAL_SHARDS = 16

/** The shard a compound's counters add to (FNV-1a of its id). */
export function shardOf(compoundId: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < compoundId.length; i++) {
    h ^= compoundId.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % TOTAL_SHARDS
}

/** The same additions to the compound's shard of the street's totals, or null when nothing is added. */
function totalsUpdate(db: Db, ref: FigureRef, quarter: string, add: Partial<QuarterCounts>) {
  const entries = Object.entries(add).filter(([, v]) => v) as Array<[QuarterCounter, number]>
  if (entries.length === 0) return null
  const names: Record<string, string> = { '#type': 'type', '#q': 'quarter' }
  const values: Record<string, unknown> = { ':type': 'street_totals', ':q': quarter }
  const adds = entries.map(([k, v], i) => {
    names[`#a${i}`] = k
    values[`:a${i}`] = v
    return `#a${i} :a${i}`
  })
  return {
    TableName: db.table,
    Key: keys.streetTotalsShard(ref.streetId, quarter, shardOf(ref.compoundId)),
    UpdateExpression: `SET #type = :type, #q = :q ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  }
}

/**
 * Add to a compound's counters of a quarter, as transaction items: its row (OV2) and its shard of the street's
 * totals (OV9), so both land exactly once, with the event.
 */
export function quarterCountsAdd(db: Db, ref: FigureRef, quarter: string, add: Partial<QuarterCounts>): TransactItem[] {
  const total = totalsUpdate(db, ref, quarter, add)
  return [{ Update: countsUpdate(db, ref, quarter, add) }, ...(total ? [{ Update: total }] : [])]
}

export async function addQuarterCounts(
  db: Db,
  ref: FigureRef,
  quarter: string,
  add: Partial<QuarterCounts>,
): Promise<void> {
  await transactRetryingConflicts(db, quarterCountsAdd(db, ref, quarter, add))
}

/** The street's counter totals of a quarter: the shards' sum (OV9). */
export const sumShards = (items: Array<Record<string, unknown>>): QuarterCounts =>
  Object.fromEntries(
    QUARTER_COUNTERS.map((c) => [c, items.reduce((s, i) => s + Number(i[c] ?? 0), 0)]),
  ) as QuarterCounts

/** Reads the street's counter totals of a quarter (one Query of its 16 shards). */
export async function getStreetTotals(db: Db, streetId: string, quarter: string): Promise<QuarterCounts> {
  return sumShards(
    await queryAll(db, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.streetTotalsPartition(streetId, quarter) },
    }),
  )
}

const countsOf = (item: Record<string, unknown> | undefined): QuarterCounts =>
  Object.fromEntries(QUARTER_COUNTERS.map((c) => [c, Number(item?.[c] ?? 0)])) as QuarterCounts

function factsOf(item: Record<string, unknown>): CompoundFacts {
  const { PK: _pk, SK: _sk, type: _type, ...rest } = item
  return rest as CompoundFacts
}

/** One compound's facts (none yet: only the ids). */
export async function getCompoundFacts(db: Db, ref: FigureRef): Promise<CompoundFacts> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.compoundFacts(ref.streetId, ref.compoundId) }),
  )
  return out.Item ? factsOf(out.Item) : { compoundId: ref.compoundId, streetId: ref.streetId }
}

/** One compound's counts of a quarter (all zero when nothing happened). */
export async function getQuarterCounts(db: Db, ref: FigureRef, quarter: string): Promise<QuarterCounts> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: keys.quarterCounts(ref.streetId, quarter, ref.compoundId) }),
  )
  return countsOf(out.Item)
}

/**
 * One compound's facts and its counts of some quarters (all zero where nothing happened), in the order asked:
 * one BatchGet of the facts row and each quarter's row (their unprocessed keys asked again).
 */
export async function getCompoundFigures(
  db: Db,
  ref: FigureRef,
  quarters: readonly string[],
): Promise<{ facts: CompoundFacts; counts: QuarterCounts[] }> {
  const factsKey = keys.compoundFacts(ref.streetId, ref.compoundId)
  const quarterKeys = quarters.map((q) => keys.quarterCounts(ref.streetId, q, ref.compoundId))
  const found = await batchGetByKey(db, [factsKey, ...quarterKeys])
  const factsItem = found.get(keyId(factsKey))
  return {
    facts: factsItem ? factsOf(factsItem) : { compoundId: ref.compoundId, streetId: ref.streetId },
    counts: quarterKeys.map((k) => countsOf(found.get(keyId(k)))),
  }
}

/** Every compound's facts in a street: one Query (paged by DynamoDB at 1 MB). */
export async function listCompoundFacts(db: Db, streetId: string): Promise<CompoundFacts[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.compoundFactsPartition(streetId) },
  })
  return items.map(factsOf)
}

/** The facts a console line, its order, its drills and the fact totals need (OV1, projected). */
export const CONSOLE_FACT_FIELDS = [
  'compoundId',
  'communityId',
  'compoundName',
  'communityName',
  'hasCommittee',
  'hasPartyBranch',
  'companyName',
  'grade',
  'band',
  'openRectifications',
  'companyColour',
] as const
export type ConsoleFactsRow = Pick<CompoundFacts, (typeof CONSOLE_FACT_FIELDS)[number]>

// The console's read of a street's facts, shared by the requests of one warm instance for at most a second: a
// street's standing facts change a few times a day, while its staff open the console at once (issue #19: 10 at a
// time over 1,000 compounds). A fact written through this instance drops the shared read at once; one written
// elsewhere shows within CONSOLE_FACTS_SHARED_MS. Counters are never shared (read fresh with each page).
export const CONSOLE_FACTS_SHARED_MS = 1000
const sharedFacts = new Map<string, { until: number; generation: number; rows: Promise<ConsoleFactsRow[]> }>()
const factsGenerations = new Map<string, number>()
const sharedKey = (db: Db, streetId: string) => `${db.table}|${streetId}`

/** A fact of the street is being written through this instance: its console reads the facts afresh. */
function factsChanging(db: Db, streetId: string): void {
  const key = sharedKey(db, streetId)
  factsGenerations.set(key, (factsGenerations.get(key) ?? 0) + 1)
  sharedFacts.delete(key)
}

/**
 * The street's console facts, read once and shared by this instance's requests for at most
 * CONSOLE_FACTS_SHARED_MS (requests arriving while the read is in flight wait for it instead of reading again).
 */
export function listConsoleFactsShared(db: Db, streetId: string, now = Date.now()): Promise<ConsoleFactsRow[]> {
  const key = sharedKey(db, streetId)
  const generation = factsGenerations.get(key) ?? 0
  const hit = sharedFacts.get(key)
  if (hit && hit.until > now && hit.generation === generation) return hit.rows
  const rows = listConsoleFacts(db, streetId)
  sharedFacts.set(key, { until: now + CONSOLE_FACTS_SHARED_MS, generation, rows })
  rows.catch(() => {
    if (sharedFacts.get(key)?.rows === rows) sharedFacts.delete(key)
  })
  return rows
}

/**
 * Every compound of a street with only what a console needs (one Query; about 200 bytes a compound, so a
 * street of 1,000 is one page of DynamoDB's 1 MB). The console's order is by Chinese collation of names,
 * which no key can hold, so the order and the drills are taken over these rows.
 */
export async function listConsoleFacts(db: Db, streetId: string): Promise<ConsoleFactsRow[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.compoundFactsPartition(streetId) },
    ...projection(CONSOLE_FACT_FIELDS),
  })
  return items as ConsoleFactsRow[]
}

/** Every compound's counts of a quarter in a street, by compound id: one Query, only the counters. */
export async function listQuarterCounts(
  db: Db,
  streetId: string,
  quarter: string,
): Promise<Map<string, QuarterCounts>> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.quarterCountsPartition(streetId, quarter) },
    ...projection(['compoundId', ...QUARTER_COUNTERS]),
  })
  return new Map(items.map((i) => [String(i.compoundId), countsOf(i)]))
}

/**
 * One page's counters and the street's totals of a quarter, in one BatchGetItem: the page's rows (OV2, at
 * most 84) and the 16 shards (OV9). Keys DynamoDB leaves unprocessed (throttling) are asked again.
 */
export async function getPageCountsAndTotals(
  db: Db,
  streetId: string,
  quarter: string,
  compoundIds: readonly string[],
): Promise<{ counts: Map<string, QuarterCounts>; totals: QuarterCounts }> {
  if (compoundIds.length + TOTAL_SHARDS > 100) throw new Error('getPageCountsAndTotals: at most 84 compounds a page')
  const items = await batchGetAll(
    db,
    [
      ...compoundIds.map((cid) => keys.quarterCounts(streetId, quarter, cid)),
      ...Array.from({ length: TOTAL_SHARDS }, (_, i) => keys.streetTotalsShard(streetId, quarter, i)),
    ],
    { fields: projection(['PK', 'SK', 'compoundId', ...QUARTER_COUNTERS]) },
  )
  const totalsPk = keys.streetTotalsPartition(streetId, quarter)
  const shards = items.filter((i) => i.PK === totalsPk)
  const rows = items.filter((i) => i.PK !== totalsPk)
  return { counts: new Map(rows.map((i) => [String(i.compoundId), countsOf(i)])), totals: sumShards(shards) }
}

// ---------------------------------------------------------------- the figures this module's owner writes

/** The counters that tickets and bills add to (the others belong to rectification notices). */
export const OWN_COUNTERS = [
  'ticketsClosed',
  'ticketsOnTime',
  'ratings',
  'ratingSum',
  'billedFen',
  'collectedFen',
] as const

/**
 * What a ticket's change adds to its street's counters, as transaction items to write with the ticket (none when
 * the change neither closes, reopens nor rates a closed ticket, or the compound is in no street). Reads the
 * compound's SLA table (consistent with the close) only when something is to be added.
 */
export async function ticketFigureItems(db: Db, before: Ticket, after: Ticket): Promise<TransactItem[]> {
  const wasClosed = before.status === 'closed'
  const isClosed = after.status === 'closed'
  if (!wasClosed && !isClosed) return []
  if (wasClosed && isClosed && before.rating?.score === after.rating?.score) return []
  const ref = await figureRefOf(db, after.compoundId)
  if (!ref) return []
  const { settings } = await getCompound(db, after.compoundId)
  const deltas = ticketFiguresDelta(before, after, settings.slaTable)
  return [...deltas].flatMap(([quarter, add]) => quarterCountsAdd(db, ref, quarter, add))
}

/** Where a compound's rows go, from its community when the compound is being made (before ID1 can be read). */
export async function figureRefOfCommunity(
  db: Db,
  compoundId: string,
  communityId: string | undefined,
): Promise<FigureRef | null> {
  const streetId = communityId ? await streetOfCommunity(db, communityId) : undefined
  return streetId ? { streetId, compoundId } : null
}

/**
 * Sets some facts and adds to counts of one compound's fact row in one transaction item (a transaction may touch
 * an item once, and a notice's change both moves its compound's counts and sets its company's colour there).
 */
export function compoundFactsSetAndAdd(
  db: Db,
  ref: FigureRef,
  set: Partial<FactFields>,
  add: Partial<Record<'openRectifications' | 'overdueRectifications', number>>,
  at: string,
) {
  const update = factsUpdate(db, ref, set, at)
  const adds = Object.entries(add)
    .filter(([, v]) => v)
    .map(([k, v], i) => {
      update.ExpressionAttributeNames[`#n${i}`] = k
      update.ExpressionAttributeValues[`:n${i}`] = v
      return `#n${i} :n${i}`
    })
  return {
    Update: { ...update, UpdateExpression: update.UpdateExpression + (adds.length ? ` ADD ${adds.join(', ')}` : '') },
  }
}
