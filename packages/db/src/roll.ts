import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import type { Building, Owner, Ownership, Roll, Unit } from '@jiayuan/contracts'
import type { Db } from './client'
import { keys } from './keys'
import { toEntity } from './items'
import { queryAll } from './query-all'
import { eventPut } from './events'
import { WriteRefused } from './outcomes'
import { isCancelledByCondition } from './transact'
import { peekRollPart, sharedRollPart } from './roll-cache'

type RollItem = Record<string, unknown> & { PK: string; SK: string; type: string }

function rollItems(compoundId: string, roll: Roll): RollItem[] {
  return [
    ...roll.buildings.map((b: Building) => ({ ...keys.building(compoundId, b.buildingId), type: 'building', ...b })),
    ...roll.units.map((u: Unit) => ({ ...keys.unit(compoundId, u.unitId), type: 'unit', ...u })),
    ...roll.owners.map((o: Owner) => ({ ...keys.owner(compoundId, o.ownerId), type: 'owner', ...o })),
    ...roll.ownerships.map((l: Ownership) => ({
      ...keys.ownership(compoundId, l.unitId, l.ownerId),
      type: 'ownership',
      ...l,
    })),
  ]
}

function rollOf(items: readonly Record<string, unknown>[]): Roll {
  const roll: Roll = { buildings: [], units: [], owners: [], ownerships: [] }
  for (const item of items) {
    if (item.type === 'building') roll.buildings.push(toEntity<Building>(item) as Building)
    else if (item.type === 'unit') roll.units.push(toEntity<Unit>(item) as Unit)
    else if (item.type === 'owner') roll.owners.push(toEntity<Owner>(item) as Owner)
    else if (item.type === 'ownership') roll.ownerships.push(toEntity<Ownership>(item) as Ownership)
  }
  return roll
}

/**
 * The whole roll of a compound: one paged Query of its roll partition. For what needs every unit and owner
 * (vote roll freezing, imports, reports, exports); a phone page reads `readRollPage` instead.
 */
export async function readRoll(db: Db, compoundId: string): Promise<Roll> {
  return rollOf(
    await queryAll(db, {
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': keys.rollPartition(compoundId) },
    }),
  )
}

/**
 * One page of the roll (ID4a): at most `limit` items of the roll partition after the sort key `afterSk`, in key
 * order, by one Query (`Limit` one more than the page, so the last page says so); `lastSk` is where the next
 * page starts. Import records share the partition and count towards the page but are not returned.
 */
export async function readRollPage(
  db: Db,
  compoundId: string,
  page: { afterSk?: string; limit: number },
): Promise<{ roll: Roll; lastSk: string | undefined; more: boolean }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: page.afterSk ? 'PK = :pk AND SK > :after' : 'PK = :pk',
      ExpressionAttributeValues: {
        ':pk': keys.rollPartition(compoundId),
        ...(page.afterSk ? { ':after': page.afterSk } : {}),
      },
      Limit: page.limit + 1,
    }),
  )
  const items = (out.Items ?? []).slice(0, page.limit)
  const more = (out.Items ?? []).length > page.limit || out.LastEvaluatedKey !== undefined
  const last = items[items.length - 1]
  return { roll: rollOf(items), lastSk: last ? String(last.SK) : undefined, more: more && last !== undefined }
}

const rollPart = (db: Db, compoundId: string, prefix: 'B#' | 'U#') =>
  queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
    ExpressionAttributeValues: { ':pk': keys.rollPartition(compoundId), ':p': prefix },
  })

/** The buildings of a compound alone (names for ledger lines and exports): one Query, `SK begins_with B#`. */
export async function readBuildings(db: Db, compoundId: string): Promise<Building[]> {
  return (await rollPart(db, compoundId, 'B#')).map((i) => toEntity<Building>(i) as Building)
}

/** The units of a compound alone, no owners (pickers, building totals): one paged Query, `SK begins_with U#`. */
export async function readUnits(db: Db, compoundId: string): Promise<Unit[]> {
  return (await rollPart(db, compoundId, 'U#')).map((i) => toEntity<Unit>(i) as Unit)
}

/**
 * The buildings as pages read them to label (ledger lines, ID2b): this instance's copy from the last
 * `ROLL_CACHE_MS` (roll-cache.ts), else `readBuildings`. Writers and what must be complete now read `readBuildings`.
 */
export async function sharedBuildings(db: Db, compoundId: string): Promise<Building[]> {
  const items = await sharedRollPart(db, compoundId, 'B#', () => rollPart(db, compoundId, 'B#'))
  return items.map((i) => toEntity<Building>(i) as Building)
}

/** The units as the pickers read them (`compound.units`, ID2c): this instance's copy, as `sharedBuildings`. */
export async function sharedUnits(db: Db, compoundId: string): Promise<Unit[]> {
  const items = await sharedRollPart(db, compoundId, 'U#', () => rollPart(db, compoundId, 'U#'))
  return items.map((i) => toEntity<Unit>(i) as Unit)
}

export async function getBuilding(db: Db, compoundId: string, buildingId: string): Promise<Building | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.building(compoundId, buildingId) }))
  return toEntity<Building>(out.Item)
}

export async function getUnit(db: Db, compoundId: string, unitId: string): Promise<Unit | undefined> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.unit(compoundId, unitId) }))
  return toEntity<Unit>(out.Item)
}

/**
 * A unit as a new report checks its place against it: from this instance's warm copy of the compound's units
 * when it has one (the report form's unit picker has just read them on this instance: the local server, where one
 * process serves both; deployed, the picker is the identity function's and a report reads its unit), else one
 * GetItem. A unit missing from the copy is looked for in the table too, so one added on another instance a moment
 * ago is still found.
 */
export async function unitForPlace(db: Db, compoundId: string, unitId: string): Promise<Unit | undefined> {
  const sk = keys.unit(compoundId, unitId).SK
  const copy = peekRollPart(db, compoundId, 'U#')?.find((item) => item.SK === sk)
  if (copy) return toEntity<Unit>(copy)
  return getUnit(db, compoundId, unitId)
}

function canonical(item: Record<string, unknown>): string {
  return JSON.stringify(
    Object.keys(item)
      .sort()
      .map((k) => [k, item[k]]),
  )
}

export interface RollDiff {
  created: number
  updated: number
  unchanged: number
  writes: RollItem[]
}

/** What applying `roll` would change: items that are new or differ. Units not in the file are left alone. */
export async function diffRoll(db: Db, compoundId: string, roll: Roll): Promise<RollDiff> {
  const existing = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': keys.rollPartition(compoundId) },
  })
  const bySk = new Map(existing.map((i) => [String(i.SK), canonical(i)]))
  const diff: RollDiff = { created: 0, updated: 0, unchanged: 0, writes: [] }
  for (const item of rollItems(compoundId, roll)) {
    const before = bySk.get(item.SK)
    if (before === undefined) diff.created++
    else if (before !== canonical(item)) diff.updated++
    else {
      diff.unchanged++
      continue
    }
    diff.writes.push(item)
  }
  return diff
}

/** Batches of 25 sent this many at a time: a 2,000-unit roll (about 6,000 items) stays well inside a Lambda's time. */
const PARALLEL_BATCHES = 8

async function writeBatch(db: Db, items: RollItem[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }))
  for (let attempt = 0; pending.length > 0; attempt++) {
    const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: pending } }))
    pending = (out.UnprocessedItems?.[db.table] ?? []) as typeof pending
    if (pending.length > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)))
  }
}

/**
 * Writes the changed items in batches of 25, a few batches at a time. The file was checked whole before this
 * runs; if the process dies midway, importing the same file again writes only what is still missing.
 */
export async function applyRollDiff(
  db: Db,
  compoundId: string,
  diff: RollDiff,
  meta: { fileHash: string; actorId: string; at: string; rows: number },
): Promise<void> {
  const batches: RollItem[][] = []
  for (let i = 0; i < diff.writes.length; i += 25) batches.push(diff.writes.slice(i, i + 25))
  for (let i = 0; i < batches.length; i += PARALLEL_BATCHES) {
    await Promise.all(batches.slice(i, i + PARALLEL_BATCHES).map((b) => writeBatch(db, b)))
  }
  if (diff.writes.length === 0) return
  const event = eventPut(db, {
    compoundId,
    action: 'roll.imported',
    actorId: meta.actorId,
    at: meta.at,
    subject: meta.fileHash,
    data: { rows: meta.rows, created: diff.created, updated: diff.updated },
  })
  await db.doc.send(new PutCommand(event.Put))
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...keys.rollImport(compoundId, meta.fileHash),
        type: 'roll_import',
        fileHash: meta.fileHash,
        actorId: meta.actorId,
        at: meta.at,
        rows: meta.rows,
      },
    }),
  )
}

/**
 * One unit corrected by hand, with its event (who, why, before and after) in the same transaction. The write
 * holds only if the unit is as the caller read it; otherwise `UnitChanged`.
 */
export async function updateUnit(
  db: Db,
  compoundId: string,
  before: Unit,
  after: Unit,
  actor: { userId: string; reason: string; at: string },
): Promise<Unit> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.unit(compoundId, after.unitId), type: 'unit', ...after },
              ConditionExpression: '#area = :area AND areaSource = :src AND #status = :status AND kind = :kind',
              ExpressionAttributeNames: { '#area': 'area', '#status': 'status' },
              ExpressionAttributeValues: {
                ':area': before.area,
                ':src': before.areaSource,
                ':status': before.status,
                ':kind': before.kind,
              },
            },
          },
          eventPut(db, {
            compoundId,
            action: 'roll.unit_updated',
            actorId: actor.userId,
            at: actor.at,
            subject: after.unitId,
            reason: actor.reason,
            data: { before, after },
          }),
        ],
      }),
    )
  } catch (err) {
    if (isCancelledByCondition(err)) throw new WriteRefused('UnitChanged', { unitId: after.unitId })
    throw err
  }
  return after
}
